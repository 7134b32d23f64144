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

export function opstartVoortgang(items: readonly { status: ChecklistStatus; verplicht: boolean }[]): OpstartVoortgang {
  const verplicht = items.filter((i) => i.verplicht);
  const klaar = verplicht.filter((i) => i.status === "GEREGELD" || i.status === "NVT").length;
  return { klaar, totaal: verplicht.length, procent: verplicht.length ? Math.round((klaar / verplicht.length) * 100) : 0 };
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
