import Link from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import { Paginering } from "@/components/ui/paginering";
import type { Fase } from "@/lib/db/generated/enums";
import { FASE_LABELS, FASE_VOLGORDE } from "@/lib/inburgeraar/labels";
import type { OverdrachtItem } from "@/components/overdracht/overdracht-lijst";
import type { recenteRapportages } from "@/lib/rapportage/queries";
import { paden } from "@/lib/routes";
import { formatDatum } from "@/lib/tijd";
import { BREDE_INTAKE_NORM_DAGEN } from "@/lib/tijdige-start/rules";
import type { GemeenteMarker, getVoortgang, VoortgangFilters } from "@/lib/voortgang/queries";
import { VoortgangLijst } from "./voortgang-lijst";
import { voortgangKaarten } from "./voortgang-weergave";

export type VoortgangSearchParams = { zoek?: string; gemeente?: string; fase?: string; toestemming?: string; intake?: string; sortering?: string; pagina?: string };

export function parseVoortgangFilters(sp: VoortgangSearchParams): VoortgangFilters {
  return {
    zoek: sp.zoek?.slice(0, 100) || undefined,
    gemeenteId: sp.gemeente?.slice(0, 40) || undefined,
    fase: FASE_VOLGORDE.includes(sp.fase as Fase) ? (sp.fase as Fase) : undefined,
    toestemming: sp.toestemming === "met" || sp.toestemming === "zonder" ? sp.toestemming : undefined,
    intakeTeLaat: sp.intake === "1",
    sortering: sp.sortering === "naam" ? "naam" : "aandacht",
    pagina: Number.parseInt(sp.pagina ?? "1", 10) || 1,
  };
}

/** The consulent's start page: open overdrachten and new reports, the tijdige-start marker per gemeente, and everyone's voortgang. */
export function VoortgangHome({
  searchParams,
  filters,
  lijst,
  markers,
  gemeenten,
  overdrachten,
  rapportages,
}: {
  searchParams: VoortgangSearchParams;
  filters: VoortgangFilters;
  lijst: Awaited<ReturnType<typeof getVoortgang>>;
  markers: GemeenteMarker[];
  gemeenten: { id: string; naam: string }[];
  overdrachten: OverdrachtItem[];
  rapportages: Awaited<ReturnType<typeof recenteRapportages>>;
}) {
  const open = { teOntvangen: overdrachten };
  return (
    <>
      <PageHeader title="Voortgang" description="Iedereen in jouw gemeenten. Wat de inburgeraar niet wil delen, zie je niet: daar staat “geen toestemming”." />

      {open.teOntvangen.length || rapportages.length ? (
        <div className="mb-6 grid gap-4 md:grid-cols-2">
          {open.teOntvangen.length ? (
            <section aria-labelledby="overdrachten-voor-mij" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
              <h2 id="overdrachten-voor-mij" className="font-semibold">
                Overdrachten voor jou ({open.teOntvangen.length})
              </h2>
              <ul className="mt-2 flex flex-col gap-1">
                {open.teOntvangen.slice(0, 5).map((o) => (
                  <li key={o.id}>
                    <Link href={paden.overdracht(o.id)} className="text-merk-700 underline">
                      {o.inburgeraar.voornaam} {o.inburgeraar.achternaam}
                    </Link>{" "}
                    <span className="text-sm text-slate-700">van {o.van.naam}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {rapportages.length ? (
            <section aria-labelledby="nieuwe-rapportages" className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 id="nieuwe-rapportages" className="font-semibold">
                Gedeelde voortgangsrapportages
              </h2>
              <ul className="mt-2 flex flex-col gap-1">
                {rapportages.slice(0, 5).map((r) => (
                  <li key={r.id}>
                    <Link href={paden.rapportage(r.id)} className="text-merk-700 underline">
                      {r.inburgeraar.voornaam} {r.inburgeraar.achternaam}
                    </Link>{" "}
                    <span className="text-sm text-slate-700">
                      versie {r.versie}, {formatDatum(r.gedeeldOp)}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      ) : null}

      <section aria-labelledby="tijdige-start" className="mb-6">
        <h2 id="tijdige-start" className="mb-2 text-xl font-semibold">
          Tijdige start per gemeente
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {markers.map((m) => (
            <li key={m.gemeenteId} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="marker-gemeente">
              <p className="font-semibold">{m.gemeente}</p>
              <p className="text-sm text-slate-700">{m.lopend} lopende trajecten na de aanmelding</p>
              <ul className="mt-2 text-sm">
                <li>Op tijd gestart: {m.opTijd}</li>
                <li>
                  Te laat gestart: {m.gat}
                  {m.mediaanGatDagen !== null ? ` (meestal ${m.mediaanGatDagen} dagen ertussen)` : ""}
                </li>
                <li>Brede intake na meer dan {BREDE_INTAKE_NORM_DAGEN} dagen: {m.bredeIntakeTeLaat}</li>
                <li className="text-slate-600">Nog niet te zeggen of geen toestemming: {m.onbekend}</li>
              </ul>
            </li>
          ))}
        </ul>
      </section>

      <form method="get" role="search" aria-label="Zoeken en filteren" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
        <div className="flex flex-col gap-1 lg:col-span-2">
          <label htmlFor="zoek" className="font-medium">
            Zoek op naam
          </label>
          <Input id="zoek" name="zoek" type="search" maxLength={100} defaultValue={filters.zoek ?? ""} />
        </div>
        {gemeenten.length > 1 ? (
          <div className="flex flex-col gap-1">
            <label htmlFor="gemeente" className="font-medium">
              Gemeente
            </label>
            <Select id="gemeente" name="gemeente" defaultValue={filters.gemeenteId ?? ""}>
              <option value="">Alle</option>
              {gemeenten.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.naam}
                </option>
              ))}
            </Select>
          </div>
        ) : null}
        <div className="flex flex-col gap-1">
          <label htmlFor="fase" className="font-medium">
            Fase
          </label>
          <Select id="fase" name="fase" defaultValue={filters.fase ?? ""}>
            <option value="">Alle lopende</option>
            {FASE_VOLGORDE.map((f) => (
              <option key={f} value={f}>
                {FASE_LABELS[f]}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="toestemming" className="font-medium">
            Toestemming
          </label>
          <Select id="toestemming" name="toestemming" defaultValue={filters.toestemming ?? ""}>
            <option value="">Iedereen</option>
            <option value="met">Voortgang gedeeld</option>
            <option value="zonder">Niet gedeeld</option>
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="sortering" className="font-medium">
            Sorteer op
          </label>
          <Select id="sortering" name="sortering" defaultValue={filters.sortering ?? "aandacht"}>
            <option value="aandacht">Langst wachtend op intake</option>
            <option value="naam">Achternaam</option>
          </Select>
        </div>
        <div className="flex flex-wrap items-center gap-3 lg:col-span-6">
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="intake" value="1" defaultChecked={filters.intakeTeLaat} className="size-5" />
            Alleen wie te lang wacht op de brede intake
          </label>
          <Button type="submit" variant="secundair">
            Toon
          </Button>
        </div>
      </form>

      <p className="mb-2 text-slate-700" aria-live="polite">
        {lijst.totaal} {lijst.totaal === 1 ? "persoon" : "personen"}
        {lijst.paginas > 1 ? `, pagina ${lijst.pagina} van ${lijst.paginas}` : ""}
      </p>
      {lijst.rijen.length === 0 ? (
        <EmptyState>Niemand gevonden met deze filters.</EmptyState>
      ) : (
        <VoortgangLijst rijen={voortgangKaarten(lijst.rijen)} />
      )}
      <Paginering pagina={lijst.pagina} paginas={lijst.paginas} pad={paden.home()} params={{ ...searchParams, pagina: undefined }} />
    </>
  );
}
