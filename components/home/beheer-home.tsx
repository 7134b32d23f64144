import { GebruikerActies } from "@/components/beheer/gebruiker-acties";
import { GebruikerForm } from "@/components/beheer/gebruiker-form";
import { SessieInstellingenForm } from "@/components/beheer/sessie-instellingen-form";
import { ROL_LABELS } from "@/components/shell/nav";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import type { gebruikerKeuzes, listGebruikers } from "@/lib/gebruiker/queries";
import { formatDatum } from "@/lib/tijd";

export function BeheerHome({
  organisatieNaam,
  eigenId,
  gebruikers,
  keuzes,
  sessies,
}: {
  organisatieNaam: string;
  /** The beheerder's own account cannot be switched off from here. */
  eigenId: string;
  gebruikers: Awaited<ReturnType<typeof listGebruikers>>;
  keuzes: Awaited<ReturnType<typeof gebruikerKeuzes>>;
  /** The organisation's session timeouts (issue 12). */
  sessies?: { sessieInactiefMinuten: number; sessieMaxUren: number; sessieVersion: number };
}) {
  return (
    <>
      <PageHeader title="Gebruikers" description={`Accounts van ${organisatieNaam}.`} />
      <Card className="mb-6">
        <details open={gebruikers.length < 3}>
          <summary className="min-h-11 cursor-pointer py-2 text-xl font-semibold text-merk-800">Nieuw account aanmaken</summary>
          <div className="pt-4">
            <GebruikerForm teams={keuzes.teams} gemeenten={keuzes.gemeenten} />
          </div>
        </details>
      </Card>
      {sessies ? (
        <Card className="mb-6">
          <details>
            <summary className="min-h-11 cursor-pointer py-2 text-xl font-semibold text-merk-800">Sessies: automatisch uitloggen</summary>
            <div className="pt-4">
              <SessieInstellingenForm s={sessies} />
            </div>
          </details>
        </Card>
      ) : null}
      <h2 className="mb-3 text-xl font-semibold">Alle accounts ({gebruikers.length})</h2>
      <ul className="flex flex-col gap-3">
        {gebruikers.map((g) => (
          <li key={g.id} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:flex-row lg:items-center lg:justify-between">
            <div>
              <p className="font-semibold">
                {g.naam} {!g.actief ? <Badge tone="fout">Uitgeschakeld</Badge> : null}
              </p>
              <p className="text-sm text-slate-700">
                {g.email} · {ROL_LABELS[g.rol]}
                {g.team ? ` · ${g.team.naam}` : ""}
                {g.gemeenten.length > 0 ? ` · ${g.gemeenten.map((x) => x.gemeente.naam).join(", ")}` : ""}
              </p>
              <p className="text-sm text-slate-600">
                {g.laatstIngelogdOp ? `Laatst ingelogd ${formatDatum(g.laatstIngelogdOp)}` : "Nog nooit ingelogd"}
              </p>
            </div>
            <GebruikerActies id={g.id} naam={g.naam} actief={g.actief} isZelf={g.id === eigenId} />
          </li>
        ))}
      </ul>
    </>
  );
}
