import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import type { Fase } from "@/lib/db/generated/enums";
import { FASE_LABELS, FASE_VOLGORDE } from "@/lib/inburgeraar/labels";
import type { TeamLijstFilters, TeamLijstRij } from "@/lib/team/inburgeraars";
import { TeamLijstRijen } from "./team-lijst-rijen";
import { teamKaarten } from "./team-weergave";

/** A plain GET form: the filters live in the URL and the server pages the list. */
export function TeamLijstFilterForm({
  waarden,
  keuzes,
}: {
  waarden: TeamLijstFilters;
  /** null: too many gemeenten to list; the filter is then a field for part of the name. */
  keuzes: { gemeenten: { id: string; naam: string }[] | null };
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
      {keuzes.gemeenten ? (
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
      ) : (
        <div className="flex flex-col gap-1">
          <label htmlFor="gemeentenaam" className="font-medium">
            Gemeente <span className="font-normal text-slate-700">(naam)</span>
          </label>
          <Input id="gemeentenaam" name="gemeentenaam" type="search" maxLength={100} defaultValue={waarden.gemeenteNaam ?? ""} />
        </div>
      )}
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

/**
 * The team's inburgeraars with who guides them and what needs attention: one
 * list, cards on a phone and rows under column headers on a wide screen
 * (team-lijst-rijen.tsx), given only what it shows.
 */
export function TeamLijst({ rijen }: { rijen: TeamLijstRij[] }) {
  return <TeamLijstRijen rijen={teamKaarten(rijen)} />;
}
