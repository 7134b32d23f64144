import type { VrijwilligerStatus, VrijwilligerTaak } from "@/lib/db/generated/enums";
import { dagenTussen, plusMaanden, type Kalenderdatum } from "@/lib/tijd";

/**
 * Volunteers: when a VOG is valid, when to warn, and whether someone may be
 * suggested for work with an inburgeraar. Pure.
 */

/** A VOG for work with vulnerable people is asked again after three years (the organisation's rule). */
export const VOG_GELDIG_MAANDEN = 36;
/** The teamleider is warned this many days before a VOG expires. */
export const VOG_WAARSCHUWING_DAGEN = 60;

export type VogStatus = "GEEN" | "VERLOPEN" | "VERLOOPT_BINNENKORT" | "GELDIG";

export interface VogOordeel {
  status: VogStatus;
  /** The first day the VOG no longer counts; null without a VOG. */
  verlooptOp: Kalenderdatum | null;
  /** Days until it expires (negative: days since). */
  dagenTotVerlopen: number | null;
}

export function vogOordeel(vogDatum: Kalenderdatum | null, vandaag: Kalenderdatum): VogOordeel {
  if (!vogDatum) return { status: "GEEN", verlooptOp: null, dagenTotVerlopen: null };
  const verlooptOp = plusMaanden(vogDatum, VOG_GELDIG_MAANDEN);
  const dagen = dagenTussen(vandaag, verlooptOp);
  const status: VogStatus = dagen <= 0 ? "VERLOPEN" : dagen <= VOG_WAARSCHUWING_DAGEN ? "VERLOOPT_BINNENKORT" : "GELDIG";
  return { status, verlooptOp, dagenTotVerlopen: dagen };
}

export const VRIJWILLIGER_STATUS_LABELS: Record<VrijwilligerStatus, string> = {
  ACTIEF: "Actief",
  GEPAUZEERD: "Gepauzeerd",
  GESTOPT: "Gestopt",
};

export const VRIJWILLIGER_TAAK_LABELS: Record<VrijwilligerTaak, string> = {
  MAATJE: "Maatje",
  KANTOOR: "Kantoorvrijwilliger (spreekuur)",
  TOLK: "Tolk",
  BUDGETCOACH: "Budgetcoach",
  ADMINISTRATIEF: "Administratief begeleider",
};

export type NietInzetbaarReden = "GEPAUZEERD" | "GESTOPT" | "GEEN_VOG" | "VOG_VERLOPEN" | "ACCOUNT_UIT" | "GEEN_MAATJE_TAAK" | "VOL";

export const NIET_INZETBAAR_TEKST: Record<NietInzetbaarReden, string> = {
  GEPAUZEERD: "gepauzeerd",
  GESTOPT: "gestopt",
  GEEN_VOG: "geen VOG bekend",
  VOG_VERLOPEN: "VOG verlopen",
  ACCOUNT_UIT: "account uitgeschakeld",
  GEEN_MAATJE_TAAK: "doet geen maatjeswerk",
  VOL: "geen plek meer",
};

/**
 * Reasons that need an explicit, audited exception before this volunteer can
 * become someone's maatje (paused, stopped, no valid VOG). A full volunteer or
 * a disabled account is refused outright; see `blokkerendeRedenen`.
 */
export const UITZONDERING_MOGELIJK: readonly NietInzetbaarReden[] = ["GEPAUZEERD", "GESTOPT", "GEEN_VOG", "VOG_VERLOPEN", "GEEN_MAATJE_TAAK"];

export interface InzetFeiten {
  accountActief: boolean;
  status: VrijwilligerStatus;
  taken: readonly VrijwilligerTaak[];
  vogDatum: Kalenderdatum | null;
  maxMaatjes: number;
  aantalMaatjes: number;
}

/** Why this volunteer is not suggested as a maatje; empty = may be suggested. */
export function nietInzetbaarRedenen(f: InzetFeiten, vandaag: Kalenderdatum): NietInzetbaarReden[] {
  const redenen: NietInzetbaarReden[] = [];
  if (!f.accountActief) redenen.push("ACCOUNT_UIT");
  if (f.status === "GEPAUZEERD") redenen.push("GEPAUZEERD");
  if (f.status === "GESTOPT") redenen.push("GESTOPT");
  const vog = vogOordeel(f.vogDatum, vandaag).status;
  if (vog === "GEEN") redenen.push("GEEN_VOG");
  if (vog === "VERLOPEN") redenen.push("VOG_VERLOPEN");
  if (!f.taken.includes("MAATJE")) redenen.push("GEEN_MAATJE_TAAK");
  if (vrijePlekken(f.maxMaatjes, f.aantalMaatjes) === 0) redenen.push("VOL");
  return redenen;
}

/** The reasons no exception can overrule. */
export function blokkerendeRedenen(redenen: readonly NietInzetbaarReden[]): NietInzetbaarReden[] {
  return redenen.filter((r) => !UITZONDERING_MOGELIJK.includes(r));
}

export function vrijePlekken(maxMaatjes: number, aantalMaatjes: number): number {
  return Math.max(0, maxMaatjes - aantalMaatjes);
}

/** Language names as people type them ("dari", " Farsi ") compared the same way. */
export function taalSleutel(taal: string): string {
  return taal.trim().toLocaleLowerCase("nl");
}

/** A list of languages typed with commas, deduplicated, in the spelling first given. */
export function normaliseerTalen(talen: readonly string[]): string[] {
  const gezien = new Set<string>();
  const uit: string[] = [];
  for (const t of talen.flatMap((x) => x.split(","))) {
    const naam = t.trim().replace(/\s+/g, " ");
    if (!naam || gezien.has(taalSleutel(naam))) continue;
    gezien.add(taalSleutel(naam));
    uit.push(naam.charAt(0).toLocaleUpperCase("nl") + naam.slice(1));
  }
  return uit;
}
