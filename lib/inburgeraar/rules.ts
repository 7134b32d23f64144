import type { Verblijfsvergunning } from "@/lib/db/generated/enums";
import { dateKolomNaarKalenderdatum, plusMaanden, type Kalenderdatum } from "@/lib/tijd";

/**
 * Pure rules about the inburgeraar: BSN check, the legal right to
 * maatschappelijke begeleiding (art. 13 Wet inburgering 2021), the end date of
 * the trajectory. No I/O. Name matching for duplicates is in ./naam-matching.ts.
 */

export {
  DOELGROEP_LABELS,
  FASE_LABELS,
  FASE_VOLGORDE,
  HUISHOUD_RELATIE_LABELS,
  LEEFGEBIED_LABELS,
  LEEFGEBIED_VOLGORDE,
  VERBLIJFSVERGUNNING_LABELS,
} from "./labels";

// ───────────────────────────── BSN ─────────────────────────────

/** Nine digits that pass the 11-proef (9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 mod 11), not all zeros. */
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || bsn === "000000000") return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += (9 - i) * Number(bsn[i]);
  som -= Number(bsn[8]);
  return som % 11 === 0;
}

/**
 * What a person typed ("1234.56.782", " 123 456 782 ") as nine digits. An
 * eight-digit number gets its leading zero back (old BSNs are written without it).
 * Returns the input stripped of separators when it is not a number at all, so
 * `isValidBsn` can reject it.
 */
export function normaliseerBsn(invoer: string): string {
  const zonderScheiding = invoer.replace(/[\s.\-]/g, "");
  return /^\d{8}$/.test(zonderScheiding) ? `0${zonderScheiding}` : zonderScheiding;
}

// ─────────────────── recht op begeleiding (art. 13 Wi2021) ───────────────────

export interface RechtOpBegeleiding {
  /** Eligible by law. False also when the permit is still unknown. */
  wettelijkRecht: boolean;
  /** False when it cannot be determined yet (permit ONBEKEND). */
  vastgesteld: boolean;
  /** Plain-Dutch (B1) explanation citing the article. */
  reden: string;
}

const ART13_A = "artikel 13, eerste lid, onder a, van de Wet inburgering 2021";
const ART13_B = "artikel 13, eerste lid, onder b, van de Wet inburgering 2021";
const WEL_BEGELEIDEN =
  "De gemeente mag er wel voor kiezen deze persoon toch te begeleiden. Leg dan vast waarom.";

const RECHT: Record<Verblijfsvergunning, RechtOpBegeleiding> = {
  ASIEL_BEPAALDE_TIJD: {
    wettelijkRecht: true,
    vastgesteld: true,
    reden: `Heeft recht op maatschappelijke begeleiding. Deze persoon heeft een verblijfsvergunning asiel voor bepaalde tijd (${ART13_A}).`,
  },
  REGULIER_GEZIN_ASIEL_BEPAALDE_TIJD: {
    wettelijkRecht: true,
    vastgesteld: true,
    reden: `Heeft recht op maatschappelijke begeleiding. Deze persoon is gezinslid van iemand met een verblijfsvergunning asiel voor bepaalde tijd (${ART13_B}).`,
  },
  REGULIER_GEZIN_ASIEL_ONBEPAALDE_TIJD: {
    wettelijkRecht: true,
    vastgesteld: true,
    reden: `Heeft recht op maatschappelijke begeleiding. Deze persoon is gezinslid van iemand met een verblijfsvergunning asiel voor onbepaalde tijd (${ART13_B}).`,
  },
  REGULIER_GEZIN_EU_LANGDURIG_BESCHERMING: {
    wettelijkRecht: true,
    vastgesteld: true,
    reden: `Heeft recht op maatschappelijke begeleiding. Deze persoon is gezinslid van iemand met een EU-verblijfsvergunning voor langdurig ingezetenen met de aantekening internationale bescherming (${ART13_B}).`,
  },
  ASIEL_ONBEPAALDE_TIJD: {
    wettelijkRecht: false,
    vastgesteld: true,
    reden: `Geen wettelijk recht op maatschappelijke begeleiding. Voor de persoon zelf noemt de wet alleen de verblijfsvergunning asiel voor bepaalde tijd, niet die voor onbepaalde tijd (${ART13_A}). ${WEL_BEGELEIDEN}`,
  },
  REGULIER_GEZIN_NEDERLANDER: {
    wettelijkRecht: false,
    vastgesteld: true,
    reden: `Geen wettelijk recht op maatschappelijke begeleiding. Gezinsmigranten die bij een Nederlander komen wonen, vallen niet onder artikel 13 van de Wet inburgering 2021. ${WEL_BEGELEIDEN}`,
  },
  REGULIER_OVERIG: {
    wettelijkRecht: false,
    vastgesteld: true,
    reden: `Geen wettelijk recht op maatschappelijke begeleiding. Deze verblijfsvergunning valt niet onder artikel 13 van de Wet inburgering 2021. ${WEL_BEGELEIDEN}`,
  },
  ONBEKEND: {
    wettelijkRecht: false,
    vastgesteld: false,
    reden:
      "Nog niet bekend of deze persoon recht heeft op maatschappelijke begeleiding. Vul eerst de soort verblijfsvergunning in; daarna is het recht te bepalen (artikel 13 van de Wet inburgering 2021).",
  },
};

/** Whether a permit gives a legal right to maatschappelijke begeleiding (art. 13 Wi2021). */
export function bepaalRechtOpBegeleiding(vergunning: Verblijfsvergunning): RechtOpBegeleiding {
  return { ...RECHT[vergunning] };
}

// ───────────────────────────── einddatum ─────────────────────────────

/**
 * BRP date + looptijd + granted verlengingen, in calendar months (31 January +
 * 1 month = 28/29 February). The months are added in one step, so a clipped
 * month end does not shorten later months. Null without a BRP date: the
 * trajectory has not legally started (art. 13 lid 3).
 */
export function berekenEinddatum(input: {
  brpInschrijvingDatum: Kalenderdatum | Date | null | undefined;
  looptijdMaanden: number;
  verlengingenMaanden?: readonly number[];
}): Kalenderdatum | null {
  const { brpInschrijvingDatum, looptijdMaanden, verlengingenMaanden = [] } = input;
  if (!brpInschrijvingDatum) return null;
  const start =
    typeof brpInschrijvingDatum === "string" ? brpInschrijvingDatum : dateKolomNaarKalenderdatum(brpInschrijvingDatum);
  const maanden = verlengingenMaanden.reduce((som, m) => som + m, looptijdMaanden);
  return plusMaanden(start, maanden);
}
