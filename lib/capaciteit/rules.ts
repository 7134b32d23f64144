/**
 * Capacity and ratios (report §3.2 could not measure these): per person their
 * caseload, hours and overdue contacts; per team and gemeente the inburgeraars
 * per paid begeleider fte and per active volunteer. Pure: the query gathers the
 * counts, these rules total and divide them.
 *
 * A person who works in several gemeenten counts in each of them for an equal
 * share (fte 0.8 over two gemeenten: 0.4 each; a volunteer: 0.5 each), so the
 * gemeente totals add up to the organisation's. Someone without gemeenten counts
 * only in the organisation total (and their team).
 */

export interface PersoonCapaciteit {
  id: string;
  naam: string;
  /** Teamleiders are listed with their own caseload but their fte is not "paid begeleider" fte. */
  soort: "BEGELEIDER" | "VRIJWILLIGER" | "TEAMLEIDER";
  teamId: string | null;
  gemeenteIds: readonly string[];
  /** Paid begeleiders: fte; null when not filled in (counts as 0, flagged). */
  fte: number | null;
  /** Volunteers: active status and account; begeleiders: account active. */
  isActief: boolean;
  actieveInburgeraars: number;
  minutenLaatste4Weken: number;
  achterstalligeContacten: number;
}

export interface Groep {
  id: string;
  naam: string;
  /** Active inburgeraars (not afgesloten) in this team or gemeente. */
  inburgeraars: number;
}

export interface Totaal {
  id: string;
  naam: string;
  inburgeraars: number;
  fte: number;
  actieveVrijwilligers: number;
  perFte: number | null;
  perVrijwilliger: number | null;
  /** Begeleiders without an fte in this group: the ratio is then too optimistic. */
  fteOntbreekt: number;
}

/** a / b rounded to one decimal; null when there is nothing to divide by. */
export function verhouding(a: number, b: number): number | null {
  if (b <= 0) return null;
  return Math.round((a / b) * 10) / 10;
}

const rond = (n: number) => Math.round(n * 100) / 100;

function totaal(groep: Groep, leden: { p: PersoonCapaciteit; deel: number }[]): Totaal {
  let fte = 0;
  let vrijwilligers = 0;
  let fteOntbreekt = 0;
  for (const { p, deel } of leden) {
    if (!p.isActief) continue;
    if (p.soort === "BEGELEIDER") {
      if (p.fte === null) fteOntbreekt++;
      else fte += p.fte * deel;
    } else if (p.soort === "VRIJWILLIGER") vrijwilligers += deel;
  }
  fte = rond(fte);
  vrijwilligers = rond(vrijwilligers);
  return {
    ...groep,
    fte,
    actieveVrijwilligers: vrijwilligers,
    perFte: verhouding(groep.inburgeraars, fte),
    perVrijwilliger: verhouding(groep.inburgeraars, vrijwilligers),
    fteOntbreekt,
  };
}

export function capaciteitTotalen(
  personen: readonly PersoonCapaciteit[],
  organisatie: Groep,
  teams: readonly Groep[],
  gemeenten: readonly Groep[],
): { organisatie: Totaal; teams: Totaal[]; gemeenten: Totaal[] } {
  return {
    organisatie: totaal(organisatie, personen.map((p) => ({ p, deel: 1 }))),
    teams: teams.map((t) => totaal(t, personen.filter((p) => p.teamId === t.id).map((p) => ({ p, deel: 1 })))),
    gemeenten: gemeenten.map((g) =>
      totaal(
        g,
        personen.filter((p) => p.gemeenteIds.includes(g.id)).map((p) => ({ p, deel: 1 / p.gemeenteIds.length })),
      ),
    ),
  };
}

/** Hours with one decimal, from minutes. */
export function uren(minuten: number): number {
  return Math.round((minuten / 60) * 10) / 10;
}
