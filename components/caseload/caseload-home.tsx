import type { ReactNode } from "react";
import { CaseloadFilters } from "@/components/caseload/caseload-filters";
import { CaseloadLijst } from "@/components/caseload/caseload-lijst";
import { naarKaarten } from "@/components/caseload/caseload-weergave";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Paginering } from "@/components/ui/paginering";
import type { caseloadGemeenten, CaseloadFilters as Filters, CaseloadRij } from "@/lib/caseload/queries";
import { FASE_VOLGORDE } from "@/lib/inburgeraar/labels";
import { paden } from "@/lib/routes";
import type { Fase } from "@/lib/db/generated/enums";
import { OverdrachtLijst, type OverdrachtItem } from "@/components/overdracht/overdracht-lijst";

/** Up to this many people the list comes before the filters (a volunteer has one to three maatjes). */
const WEINIG = 10;

export type CaseloadSearchParams = { zoek?: string; fase?: string; gemeente?: string; aandacht?: string; pagina?: string };

export function parseCaseloadFilters(sp: CaseloadSearchParams): Filters & { pagina: number } {
  const pagina = Number.parseInt(sp.pagina ?? "1", 10);
  return {
    pagina: Number.isSafeInteger(pagina) && pagina > 0 && pagina < 100_000 ? pagina : 1,
    zoek: sp.zoek?.slice(0, 100) || undefined,
    fase: FASE_VOLGORDE.includes(sp.fase as Fase) ? (sp.fase as Fase) : undefined,
    gemeenteId: sp.gemeente?.slice(0, 40) || undefined,
    alleenAandacht: sp.aandacht === "1",
  };
}

/** "Mijn inburgeraars" or, for a volunteer, "Mijn maatjes": what the route loaded. */
export function CaseloadHome({
  rows,
  totaal = rows.length,
  pagina = 1,
  paginas = 1,
  gemeenten,
  filters,
  isMaatjes,
  kanAanmelden,
  zoekOpVNummer,
  kanLoggen = false,
  overdrachten = [],
  signalen = null,
}: {
  rows: CaseloadRij[];
  /** Everyone in the caseload with these filters; more than one page only for an organisation-wide scope. */
  totaal?: number;
  pagina?: number;
  paginas?: number;
  gemeenten: Awaited<ReturnType<typeof caseloadGemeenten>>;
  filters: Filters;
  isMaatjes: boolean;
  kanAanmelden: boolean;
  /** The user may see (and so search by) V-nummers. */
  zoekOpVNummer: boolean;
  /** Contacts can be logged from the cards ("Contact vastleggen", unlogged afspraken, groepscontact). */
  kanLoggen?: boolean;
  /** Overdrachten addressed to this user and not yet acknowledged: shown first. */
  overdrachten?: OverdrachtItem[];
  /** Open signals, most urgent first (components/signaal/open-signalen). */
  signalen?: ReactNode;
}) {
  const isVrijwilliger = isMaatjes;
  const aandacht = rows.filter((r) => r.aandacht.length > 0).length;
  const isGefilterd = Boolean(filters.zoek || filters.fase || filters.gemeenteId || filters.alleenAandacht);
  const weinig = !isGefilterd && rows.length <= WEINIG;
  return (
    <>
      <PageHeader
        title={isVrijwilliger ? "Mijn maatjes" : "Mijn inburgeraars"}
        description={`${totaal} ${totaal === 1 ? "persoon" : "personen"}${aandacht ? `, ${aandacht} ${paginas > 1 ? "op deze pagina " : ""}met aandachtspunten` : ""}.`}
        actions={
          <>
            {kanLoggen && rows.length > 1 ? (
              <ButtonLink href={paden.groepscontact()} variant="secundair">
                Groepscontact vastleggen
              </ButtonLink>
            ) : null}
            {kanAanmelden ? <ButtonLink href="/inburgeraars/nieuw">Iemand aanmelden</ButtonLink> : null}
          </>
        }
      />
      {overdrachten.length ? (
        <section aria-labelledby="overdrachten-voor-jou" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="overdrachten-voor-jou" className="mb-2 text-lg font-semibold">
            Overdrachten voor jou ({overdrachten.length})
          </h2>
          <OverdrachtLijst items={overdrachten} leeg="" />
        </section>
      ) : null}
      {/* Below what was handed to you: an overdracht is read once, open signals stay until followed up. */}
      {signalen}
      {weinig ? null : <CaseloadFilters gemeenten={gemeenten} waarden={filters} metVNummer={zoekOpVNummer} />}
      <CaseloadLijst
        rows={naarKaarten(rows, kanLoggen)}
        kanLoggen={kanLoggen}
        titel={isVrijwilliger ? "Mijn maatjes" : "Mijn inburgeraars"}
        leeg={
          isGefilterd
            ? "Niemand gevonden met deze filters."
            : isVrijwilliger
              ? "Je hebt nog geen maatje. Je teamleider koppelt je aan iemand."
              : "Er is nog niemand aan jou toegewezen."
        }
      />
      <Paginering
        pagina={pagina}
        paginas={paginas}
        pad={paden.home()}
        params={{ zoek: filters.zoek, fase: filters.fase, gemeente: filters.gemeenteId, aandacht: filters.alleenAandacht ? "1" : undefined }}
      />
      {weinig && rows.length > 0 ? (
        // With a handful of people the list comes first; search and filters wait below, folded.
        <details className="mt-4">
          <summary className="flex min-h-11 cursor-pointer items-center font-medium text-merk-700">Zoeken en filteren</summary>
          <CaseloadFilters gemeenten={gemeenten} waarden={filters} metVNummer={zoekOpVNummer} />
        </details>
      ) : null}
    </>
  );
}
