import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { MeldForm } from "@/components/signaal/meld-form";
import { OntvangstLijst } from "@/components/signaal/ontvangst-lijst";
import { SignaalBadges } from "@/components/signaal/signaal-badges";
import { Card, EmptyState } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { paden } from "@/lib/routes";
import { CATEGORIE_LABELS } from "@/lib/signaal/labels";
import { getDossierSignalen } from "@/lib/signaal/queries";
import { formatDatum } from "@/lib/tijd";

export const metadata: Metadata = { title: "Signalen" };

/**
 * The dossier's signals. A begeleider or teamleider sees them all and opens
 * one to follow it up; a maatje sees only their own reports as "received,
 * picked up by" (lib/authz/signaal.ts decides; the query selects only that).
 */
export default async function SignalenPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("signaal:melden");
  const { id } = await params;
  const data = await ofNietGevonden(getDossierSignalen(user, id));
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Zorg melden</h2>
        <MeldForm inburgeraarId={id} naam={data.naam} />
        {data.zicht === "ontvangst" ? <OntvangstLijst meldingen={data.rijen} /> : null}
      </Card>
      {data.zicht === "volledig" ? (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Signalen</h2>
          {data.rijen.length === 0 ? (
            <EmptyState>Er zijn geen signalen.</EmptyState>
          ) : (
            <ul className="flex flex-col gap-2">
              {data.rijen.map((s) => (
                <li key={s.id} className="rounded-md border border-slate-200 p-3">
                  <p className="flex flex-wrap items-center gap-2">
                    <Link href={paden.signaal(s.id)} className="font-medium text-merk-700 underline underline-offset-2">
                      {CATEGORIE_LABELS[s.categorie]}
                    </Link>
                    <SignaalBadges ernst={s.ernst} status={s.status} meldcode={s.meldcode} />
                  </p>
                  <p className="text-sm text-slate-700">
                    Gemeld door {s.gemeldDoor} op {formatDatum(s.gemeldOp)}
                    {s.opgepaktDoor ? ` · opgepakt door ${s.opgepaktDoor}` : " · nog niet opgepakt"}
                    {s.gedeeld ? " · gedeeld met de consulent" : ""}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      ) : null}
    </div>
  );
}
