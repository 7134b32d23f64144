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

/** What the totals of a team or gemeente need of a person: the rest of PersoonCapaciteit is per-person only. */
export type LidCapaciteit = Pick<PersoonCapaciteit, "soort" | "teamId" | "gemeenteIds" | "fte" | "isActief">;

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

function totaal(groep: Groep, leden: { p: LidCapaciteit; deel: number }[]): Totaal {
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
  personen: readonly LidCapaciteit[],
  organisatie: Groep,
  teams: readonly Groep[],
  gemeenten: readonly Groep[],
): { organisatie: Totaal; teams: Totaal[]; gemeenten: Totaal[] } {
  // Members per team and per gemeente in one pass: a national organisation has thousands of staff and
  // hundreds of gemeenten, too many to filter everyone once per gemeente.
  const perTeam = new Map<string, { p: LidCapaciteit; deel: number }[]>();
  const perGemeente = new Map<string, { p: LidCapaciteit; deel: number }[]>();
  const voeg = (m: Map<string, { p: LidCapaciteit; deel: number }[]>, sleutel: string, lid: { p: LidCapaciteit; deel: number }) => {
    const leden = m.get(sleutel);
    if (leden) leden.push(lid);
    else m.set(sleutel, [lid]);
  };
  for (const p of personen) {
    if (p.teamId !== null) voeg(perTeam, p.teamId, { p, deel: 1 });
    const gemeenteIds = new Set(p.gemeenteIds);
    for (const id of gemeenteIds) voeg(perGemeente, id, { p, deel: 1 / p.gemeenteIds.length });
  }
  return {
    organisatie: totaal(organisatie, personen.map((p) => ({ p, deel: 1 }))),
    teams: teams.map((t) => totaal(t, perTeam.get(t.id) ?? [])),
    gemeenten: gemeenten.map((g) => totaal(g, perGemeente.get(g.id) ?? [])),
  };
}

/**
 * Where capacity is shortest first: inburgeraars without any paid begeleider fte, then the most
 * inburgeraars per fte; ties by name. A national organisation's page shows the first of these
 * instead of hundreds of gemeenten (decision 030).
 */
export function drukstEerst(totalen: readonly Totaal[]): Totaal[] {
  const gewicht = (t: Totaal) => (t.perFte === null ? (t.inburgeraars > 0 ? Number.POSITIVE_INFINITY : -1) : t.perFte);
  return [...totalen].sort((a, b) => gewicht(b) - gewicht(a) || b.inburgeraars - a.inburgeraars || a.naam.localeCompare(b.naam, "nl"));
}

/** Hours with one decimal, from minutes. */
export function uren(minuten: number): number {
  return Math.round((minuten / 60) * 10) / 10;
}
