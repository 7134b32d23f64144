import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { DeelRapportageForm } from "@/components/rapportage/deel-form";
import { RapportageWeergave } from "@/components/rapportage/rapportage-weergave";
import { ButtonLink } from "@/components/ui/button";
import { Alert, Card, EmptyState } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { SECTIE_TITELS } from "@/lib/rapportage/inhoud";
import { rapportageVersies, rapportageVoorbereiding } from "@/lib/rapportage/queries";
import { paden } from "@/lib/routes";
import { formatDatumTijd } from "@/lib/tijd";

export const metadata: Metadata = { title: "Voortgangsrapportage" };

type Versie = Awaited<ReturnType<typeof rapportageVersies>>[number];

function Versies({ versies }: { versies: Versie[] }) {
  if (versies.length === 0) return <EmptyState>Er is nog geen voortgangsrapportage gedeeld.</EmptyState>;
  return (
    <ul className="flex flex-col gap-2">
      {versies.map((v) => (
        <li key={v.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 p-3">
          <span>
            <Link href={paden.rapportage(v.id)} className="font-medium text-merk-700 underline-offset-4 hover:underline">
              Versie {v.versie}
            </Link>
            <span className="block text-sm text-slate-700">
              Gedeeld op {formatDatumTijd(v.gedeeldOp)} door {v.gedeeldDoor.naam}
            </span>
          </span>
          <a href={paden.rapportagePdf(v.id)} className="text-merk-700 underline">
            Pdf
          </a>
        </li>
      ))}
    </ul>
  );
}

export default async function RapportagePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("rapportage:lezen");
  const { id } = await params;
  if (!can(user, "rapportage:delen")) {
    const versies = await ofNietGevonden(rapportageVersies(user, id));
    return (
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Gedeelde voortgangsrapportages</h2>
        <Versies versies={versies} />
      </Card>
    );
  }
  const r = await ofNietGevonden(rapportageVoorbereiding(user, id));
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <h2 className="text-lg font-semibold">Voortgangsrapportage</h2>
        <p className="mb-4 text-slate-700">
          Wegwijs maakt de rapportage uit wat er al is vastgelegd. Je hoeft niets te schrijven. Lees hem na en deel hem met de consulent, bijvoorbeeld vóór de brede intake.
        </p>
        {!r.magDelen ? (
          <Alert tone="fout">
            De persoon gaf geen toestemming om de voortgang met de consulent te delen. Je kunt deze rapportage dus niet delen.{" "}
            <Link href={paden.dossierTab(id, "toestemming")} className="underline">
              Toestemming vastleggen
            </Link>
          </Alert>
        ) : null}
        <div className="mt-4 rounded-md border border-slate-200 p-4">
          <RapportageWeergave inhoud={r.inhoud} toelichting={null} />
        </div>
        {r.nietGedeeld.length && r.magDelen ? (
          <p className="mt-3 text-sm text-slate-700">
            Niet in de rapportage, want daarvoor is geen toestemming: {r.nietGedeeld.map((s) => SECTIE_TITELS[s].toLowerCase()).join(", ")}.
          </p>
        ) : null}
        {r.magDelen ? (
          <div className="mt-4">
            <DeelRapportageForm inburgeraarId={id} />
          </div>
        ) : null}
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Eerder gedeeld</h2>
        <Versies versies={r.versies} />
      </Card>
      <div>
        <ButtonLink href={paden.dossier(id)} variant="secundair">
          Terug naar het overzicht
        </ButtonLink>
      </div>
    </div>
  );
}
