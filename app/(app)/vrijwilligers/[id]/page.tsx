import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { VrijwilligerProfielForm } from "@/components/vrijwilliger/profiel-form";
import { VogBadge } from "@/components/vrijwilliger/vog-badge";
import { Card, PageHeader } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import type { Doelgroep, VrijwilligerTaak } from "@/lib/db/generated/enums";
import { paden } from "@/lib/routes";
import { formatDatum, formatKalenderdatum } from "@/lib/tijd";
import { VRIJWILLIGER_STATUS_LABELS } from "@/lib/vrijwilliger/rules";
import { getVrijwilligerProfiel } from "@/lib/vrijwilliger/queries";

export const metadata: Metadata = { title: "Vrijwilliger" };

export default async function VrijwilligerPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("vrijwilliger:beheren");
  const { id } = await params;
  const v = await ofNietGevonden(getVrijwilligerProfiel(user, id));
  const p = v.profiel;
  return (
    <>
      <PageHeader
        title={v.naam}
        description={`${VRIJWILLIGER_STATUS_LABELS[p.status]}${p.statusSinds && p.status !== "ACTIEF" ? ` sinds ${formatKalenderdatum(p.statusSinds)}` : ""}${p.statusReden ? ` (${p.statusReden})` : ""} · ${v.aantalMaatjes} van ${p.maxMaatjes} maatjes${v.team ? ` · ${v.team}` : ""}`}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card>
            <h2 className="mb-4 text-xl font-semibold">Profiel</h2>
            <VrijwilligerProfielForm
              gebruikerId={v.id}
              gemeenten={v.keuzes.gemeenten}
              gemeenteIds={v.gemeenteIds}
              p={{ ...p, taken: p.taken as VrijwilligerTaak[], voorkeurDoelgroepen: p.voorkeurDoelgroepen as Doelgroep[] }}
            />
          </Card>
        </div>
        <div className="flex flex-col gap-6">
          <Card>
            <h2 className="mb-2 text-lg font-semibold">VOG</h2>
            <VogBadge vog={p.vog} />
          </Card>
          {v.maatjes.length > 0 ? (
            <Card>
              <h2 className="mb-2 text-lg font-semibold">Maatje van</h2>
              <ul className="flex flex-col gap-1">
                {v.maatjes.map((m) => (
                  <li key={m.id}>
                    <Link href={paden.dossier(m.id)} className="text-merk-700 underline">
                      {m.naam}
                    </Link>{" "}
                    <span className="text-sm text-slate-700">sinds {formatDatum(m.sinds)}</span>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
