import type { ChecklistStatus, Leefgebied } from "@/lib/db/generated/enums";
import { dagenTussen, plusDagen, type Kalenderdatum } from "@/lib/tijd";

/** Pure rules for what the gemeente sees of a trajectory's progress. Dates "YYYY-MM-DD". */

/** The window over which contact frequency and intensity are measured. */
export const CONTACT_VENSTER_DAGEN = 90;

export interface ContactSamenvatting {
  laatsteContact: Kalenderdatum | null;
  /** Contacts that took place in the last 90 days. */
  aantal: number;
  /** Minutes of those contacts (intensity). */
  minuten: number;
  /** Contacts per month over the window, one decimal. */
  perMaand: number;
}

/**
 * Frequency and intensity over the last 90 days, from the contacts that took
 * place; `laatsteContact` is the latest ever (it may lie before the window).
 */
export function contactSamenvatting(
  contacten: readonly { datum: Kalenderdatum; duurMinuten: number | null }[],
  laatsteContact: Kalenderdatum | null,
  vandaag: Kalenderdatum,
): ContactSamenvatting {
  const vanaf = plusDagen(vandaag, -CONTACT_VENSTER_DAGEN);
  const inVenster = contacten.filter((c) => c.datum > vanaf && c.datum <= vandaag);
  const laatste = [laatsteContact, ...inVenster.map((c) => c.datum)].filter((d): d is Kalenderdatum => Boolean(d) && d! <= vandaag).sort().at(-1) ?? null;
  const aantal = inVenster.length;
  return {
    laatsteContact: laatste,
    aantal,
    minuten: inVenster.reduce((s, c) => s + (c.duurMinuten ?? 0), 0),
    perMaand: Math.round((aantal / (CONTACT_VENSTER_DAGEN / 30)) * 10) / 10,
  };
}

export interface OpstartVoortgang {
  /** Required items that are arranged or not applicable. */
  klaar: number;
  totaal: number;
  procent: number;
}

/** A required item in one of these is done (arranged, or not applicable). */
export const KLAAR_STATUSSEN: readonly ChecklistStatus[] = ["GEREGELD", "NVT"];
/** A required item in one of these is an open point the consulent sees by name. */
export const OPEN_STATUSSEN: readonly ChecklistStatus[] = ["OPEN", "BEZIG"];
/** At most this many open points are named. */
export const MAX_OPEN_PUNTEN = 10;

export function opstartVoortgang(items: readonly { status: ChecklistStatus; verplicht: boolean }[]): OpstartVoortgang {
  const verplicht = items.filter((i) => i.verplicht);
  return opstartVoortgangUit(verplicht.filter((i) => KLAAR_STATUSSEN.includes(i.status)).length, verplicht.length);
}

/** The same from the counts: `klaar` of `totaal` required items (the voortgang list counts them in SQL). */
export function opstartVoortgangUit(klaar: number, totaal: number): OpstartVoortgang {
  return { klaar, totaal, procent: totaal ? Math.round((klaar / totaal) * 100) : 0 };
}

/** The titles of the required items still open, in the order given (deadline first), at most MAX_OPEN_PUNTEN. */
export function openChecklistPunten(items: readonly { status: ChecklistStatus; verplicht: boolean; titel: string }[]): string[] {
  return items.filter((i) => i.verplicht && OPEN_STATUSSEN.includes(i.status)).map((i) => i.titel).slice(0, MAX_OPEN_PUNTEN);
}

export interface ScoreMetVerschil {
  leefgebied: Leefgebied;
  score: number;
  vorige: number | null;
  /** score − vorige; null when there is no earlier score. */
  verschil: number | null;
  op: Kalenderdatum;
}

/**
 * The latest score per leefgebied and its change since the score before it,
 * from the recorded meetmomenten (any order).
 */
export function scoresMetVerschil(meetmomenten: readonly { afgenomenOp: Kalenderdatum; scores: readonly { leefgebied: Leefgebied; score: number }[] }[]): ScoreMetVerschil[] {
  const perGebied = new Map<Leefgebied, { op: Kalenderdatum; score: number }[]>();
  for (const m of meetmomenten) {
    for (const s of m.scores) {
      const lijst = perGebied.get(s.leefgebied) ?? [];
      lijst.push({ op: m.afgenomenOp, score: s.score });
      perGebied.set(s.leefgebied, lijst);
    }
  }
  return [...perGebied.entries()].map(([leefgebied, lijst]) => {
    lijst.sort((a, b) => (a.op < b.op ? 1 : a.op > b.op ? -1 : 0));
    const [laatste, vorige] = lijst;
    return { leefgebied, score: laatste!.score, vorige: vorige?.score ?? null, verschil: vorige ? laatste!.score - vorige.score : null, op: laatste!.op };
  });
}

/** Days since the last contact, for "te lang geen contact" (null: never). */
export function dagenSindsContact(laatste: Kalenderdatum | null, vandaag: Kalenderdatum): number | null {
  return laatste ? dagenTussen(laatste, vandaag) : null;
}
