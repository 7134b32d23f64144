import type { BelUitkomst } from "@/lib/db/generated/enums";
import { dagenTussen, plusDagen, type Kalenderdatum } from "@/lib/tijd";

/**
 * The bellijst (Groningen: people without a maatje are called every three
 * months, report §4.2). Pure; lib/bellijst/queries.ts expresses the same rule
 * in SQL so the list can be paged there.
 *
 * Who is on it: people in the begeleidingsfase or afronding who
 * - have no maatje: called every interval, counted from the last call from the
 *   bellijst (or the start of their trajectory when never called);
 * - have a maatje but nobody had contact with them for an interval: counted from
 *   the last contact, the last call, or the start.
 * Logging a call, whatever its outcome, restarts the clock: they are off the
 * list until the next interval. Three times "niet bereikt" in a row is raised
 * to the begeleider.
 */

export const BELLIJST_STANDAARD_DAGEN = 90;
export const NIET_BEREIKT_GRENS = 3;

export const BEL_UITKOMST_LABELS: Record<BelUitkomst, string> = {
  BEREIKT: "Bereikt",
  NIET_BEREIKT: "Niet bereikt",
  VERVOLG_NODIG: "Bereikt, vervolg nodig",
};

export function bellijstInterval(gemeenteInterval: number | null | undefined): number {
  return gemeenteInterval ?? BELLIJST_STANDAARD_DAGEN;
}

export interface BelFeiten {
  heeftMaatje: boolean;
  /** Start of the trajectory: the BRP date, else the registration date. */
  begin: Kalenderdatum;
  laatsteContact: Kalenderdatum | null;
  laatsteBel: Kalenderdatum | null;
  intervalDagen: number;
}

const laatste = (...datums: (Kalenderdatum | null)[]) => datums.filter((d): d is Kalenderdatum => d !== null).sort().at(-1)!;

/** The day the interval counts from. */
export function belKlok(f: BelFeiten): Kalenderdatum {
  return f.heeftMaatje ? laatste(f.begin, f.laatsteContact, f.laatsteBel) : laatste(f.begin, f.laatsteBel);
}

export interface BelOordeel {
  opLijst: boolean;
  /** The day the person is (or was) due for a call. */
  belDatum: Kalenderdatum;
  /** Days past that day (0 on the day itself); negative when not yet due. */
  dagenTeLaat: number;
  reden: "GEEN_MAATJE" | "GEEN_CONTACT";
}

export function beoordeelBel(f: BelFeiten, vandaag: Kalenderdatum): BelOordeel {
  const belDatum = plusDagen(belKlok(f), f.intervalDagen);
  const dagenTeLaat = dagenTussen(belDatum, vandaag);
  return { opLijst: dagenTeLaat >= 0, belDatum, dagenTeLaat, reden: f.heeftMaatje ? "GEEN_CONTACT" : "GEEN_MAATJE" };
}

/**
 * Raised to the begeleider: the last three calls were all "niet bereikt" and
 * nobody had contact since the last of them.
 */
export function moetNaarBegeleider(
  pogingenNieuwsteEerst: readonly { uitkomst: BelUitkomst; op: Kalenderdatum }[],
  laatsteContact: Kalenderdatum | null,
): boolean {
  const reeks = pogingenNieuwsteEerst.slice(0, NIET_BEREIKT_GRENS);
  if (reeks.length < NIET_BEREIKT_GRENS || reeks.some((p) => p.uitkomst !== "NIET_BEREIKT")) return false;
  return !laatsteContact || laatsteContact < reeks[0]!.op;
}
