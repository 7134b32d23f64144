import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { FaseBadge } from "@/components/ui/fase-badge";
import { Input, Select } from "@/components/ui/field";
import type { Fase } from "@/lib/db/generated/enums";
import { FASE_LABELS, FASE_VOLGORDE } from "@/lib/inburgeraar/labels";
import type { TeamLijstFilters, TeamLijstRij } from "@/lib/team/inburgeraars";

/** A plain GET form: the filters live in the URL and the server pages the list. */
export function TeamLijstFilterForm({
  waarden,
  keuzes,
}: {
  waarden: TeamLijstFilters;
  keuzes: { gemeenten: { id: string; naam: string }[] };
}) {
  return (
    <form method="get" role="search" aria-label="Zoeken en filteren" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
      <div className="flex flex-col gap-1 sm:col-span-2">
        <label htmlFor="zoek" className="font-medium">
          Zoek op naam of V-nummer
        </label>
        <Input id="zoek" name="zoek" type="search" maxLength={100} defaultValue={waarden.zoek ?? ""} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="fase" className="font-medium">
          Fase
        </label>
        <Select id="fase" name="fase" defaultValue={waarden.fase ?? ""}>
          <option value="">Alle lopende</option>
          {FASE_VOLGORDE.map((f) => (
            <option key={f} value={f}>
              {FASE_LABELS[f]}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="gemeente" className="font-medium">
          Gemeente
        </label>
        <Select id="gemeente" name="gemeente" defaultValue={waarden.gemeenteId ?? ""}>
          <option value="">Alle gemeenten</option>
          {keuzes.gemeenten.map((g) => (
            <option key={g.id} value={g.id}>
              {g.naam}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="door" className="font-medium">
          Begeleid door <span className="font-normal text-slate-700">(naam)</span>
        </label>
        <Input id="door" name="door" type="search" maxLength={100} defaultValue={waarden.door ?? ""} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="zonder" className="font-medium">
          Toon alleen
        </label>
        <Select id="zonder" name="zonder" defaultValue={waarden.zonder ?? ""}>
          <option value="">Iedereen</option>
          <option value="begeleider">Zonder begeleider</option>
          <option value="maatje">Zonder maatje</option>
        </Select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="sortering" className="font-medium">
          Sorteer op
        </label>
        <Select id="sortering" name="sortering" defaultValue={waarden.sortering ?? "aandacht"}>
          <option value="aandacht">Aandacht eerst</option>
          <option value="naam">Achternaam</option>
          <option value="contact">Langst geen contact</option>
        </Select>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="contact" value="1" defaultChecked={waarden.teLangGeenContact} className="size-5" />
          Te lang geen contact
        </label>
        <Button type="submit" variant="secundair">
          Toon
        </Button>
      </div>
    </form>
  );
}

function Aandacht({ r }: { r: TeamLijstRij }) {
  if (r.aandacht.length === 0) return <span className="text-slate-700">Alles op schema</span>;
  return (
    <ul className="flex flex-col gap-1">
      {r.aandacht.map((a) => (
        <li key={a.soort + a.tekst} className="flex items-start gap-1.5 text-sm">
          <span aria-hidden="true" className="mt-1.5 inline-block size-2 shrink-0 rounded-full bg-amber-600" />
          {a.tekst}
        </li>
      ))}
    </ul>
  );
}

/** The team's inburgeraars with who guides them and what needs attention: cards on a phone, a table on a wide screen. */
export function TeamLijst({ rijen }: { rijen: TeamLijstRij[] }) {
  if (rijen.length === 0) return <EmptyState>Niemand gevonden met deze filters.</EmptyState>;
  return (
    <>
      <ul className="flex flex-col gap-3 lg:hidden">
        {rijen.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex items-start justify-between gap-2">
              <Link href={`/inburgeraars/${r.id}`} className="text-lg font-semibold text-merk-700 underline-offset-4 hover:underline">
                {r.naam}
              </Link>
              <FaseBadge fase={r.fase as Fase} />
            </div>
            <p className="text-sm text-slate-700">
              {r.gemeente} · {r.begeleider ? `begeleider ${r.begeleider}` : "geen begeleider"}
              {r.maatje ? ` · maatje ${r.maatje}` : ""}
            </p>
            <div className="mt-2">
              <Aandacht r={r} />
            </div>
          </li>
        ))}
      </ul>
      <table className="hidden w-full border-collapse overflow-hidden rounded-lg bg-white text-left shadow-sm lg:table">
        <caption className="sr-only">Inburgeraars met begeleider, maatje en aandachtspunten</caption>
        <thead className="bg-slate-100 text-sm text-slate-700">
          <tr>
            <th scope="col" className="p-3">Naam</th>
            <th scope="col" className="p-3">Fase</th>
            <th scope="col" className="p-3">Gemeente</th>
            <th scope="col" className="p-3">Begeleider</th>
            <th scope="col" className="p-3">Maatje</th>
            <th scope="col" className="p-3">Aandacht</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.id} className="border-t border-slate-200 align-top">
              <td className="p-3">
                <Link href={`/inburgeraars/${r.id}`} className="font-medium text-merk-700 underline-offset-4 hover:underline">
                  {r.naam}
                </Link>
              </td>
              <td className="p-3">
                <FaseBadge fase={r.fase as Fase} />
              </td>
              <td className="p-3">{r.gemeente}</td>
              <td className="p-3">{r.begeleider ?? "—"}</td>
              <td className="p-3">{r.maatje ?? "—"}</td>
              <td className="p-3">
                <Aandacht r={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
