import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MeetmomentForm } from "@/components/plan/meetmoment-form";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { getMeetmomentFormulier } from "@/lib/plan/queries";
import { meetmomentNaam } from "@/lib/plan/rules";
import { paden } from "@/lib/routes";
import { formatKalenderdatum } from "@/lib/tijd";

export const metadata: Metadata = { title: "Meetmoment vastleggen" };

export default async function MeetmomentPage({ params }: { params: Promise<{ id: string; maand: string }> }) {
  const user = await requireUser("meetmoment:vastleggen");
  const { id, maand } = await params;
  if (!/^\d{1,3}$/.test(maand)) notFound();
  const f = await ofNietGevonden(getMeetmomentFormulier(user, id, Number(maand)));
  const naam = meetmomentNaam(f.maand);
  const isCorrectie = f.version > 0;
  return (
    <Card>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 className="text-xl font-semibold">{isCorrectie ? `${naam} corrigeren` : `${naam} vastleggen`}</h2>
          <p className="text-slate-700">
            Gepland op {formatKalenderdatum(f.rij.geplandOp)}. Doe het samen met {f.inburgeraar.voornaam}: vraag bij elk leefgebied ook hoe het volgens {f.inburgeraar.voornaam} gaat.
          </p>
        </div>
        <ButtonLink href={paden.plan(id)} variant="stil">
          Terug naar het plan
        </ButtonLink>
      </div>
      {f.rij.status === "LATER" && !isCorrectie ? (
        <p>Dit meetmoment is pas later. Leg het vast als het zover is.</p>
      ) : (
        <MeetmomentForm
          inburgeraarId={id}
          voornaam={f.inburgeraar.voornaam}
          maand={f.maand}
          version={f.version}
          datum={f.afgenomenOp ?? f.vandaag}
          vandaag={f.vandaag}
          notitie={f.notitie}
          leefgebieden={f.leefgebieden}
          streefScores={f.streefScores}
          huidig={f.huidig}
          vorige={f.vorige ? { naam: meetmomentNaam(f.vorige.maand), scores: f.vorige.scores } : null}
          knop={isCorrectie ? "Correctie opslaan" : `${naam} opslaan`}
        />
      )}
    </Card>
  );
}
