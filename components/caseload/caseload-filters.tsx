import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import type { Fase } from "@/lib/db/generated/enums";
import { FASE_LABELS, FASE_VOLGORDE } from "@/lib/inburgeraar/labels";

/** A plain GET form: filters live in the URL, so they survive a reload and can be shared. */
export function CaseloadFilters({
  gemeenten,
  waarden,
  metVNummer = true,
}: {
  gemeenten: { id: string; naam: string }[];
  /** Only who may see V-nummers can search by one. */
  metVNummer?: boolean;
  waarden: { zoek?: string; fase?: Fase; gemeenteId?: string; alleenAandacht?: boolean };
}) {
  return (
    <form method="get" role="search" aria-label="Zoeken en filteren" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
      <div className="flex flex-col gap-1 lg:col-span-2">
        <label htmlFor="zoek" className="font-medium">
          {metVNummer ? "Zoek op naam of V-nummer" : "Zoek op naam"}
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
      {gemeenten.length > 1 ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="gemeente" className="font-medium">
            Gemeente
          </label>
          <Select id="gemeente" name="gemeente" defaultValue={waarden.gemeenteId ?? ""}>
            <option value="">Alle gemeenten</option>
            {gemeenten.map((g) => (
              <option key={g.id} value={g.id}>
                {g.naam}
              </option>
            ))}
          </Select>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-3 lg:col-span-2">
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="aandacht" value="1" defaultChecked={waarden.alleenAandacht} className="size-5" />
          Alleen wie aandacht nodig heeft
        </label>
        <Button type="submit" variant="secundair">
          Toon
        </Button>
      </div>
    </form>
  );
}
