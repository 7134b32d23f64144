import { dagenTussen, formatKalenderdatum, plusDagen, plusMaanden, type Kalenderdatum } from "@/lib/tijd";

/**
 * The legal clocks of a dossier (pure, no I/O): the end of financieel
 * ontzorgen (six months after the benefit starts), allowance applications
 * without a decision past their usual handling time, and the einddatum of the
 * trajectory. A clock is BINNENKORT within 30 days, VERLOPEN after its date.
 */
export type Klok = {
  soort: "ONTZORGEN_EINDE" | "TOESLAG_TRAAG" | "EINDDATUM";
  datum: Kalenderdatum;
  label: string;
  status: "OK" | "BINNENKORT" | "VERLOPEN";
  /** Passed long enough ago to be history, not an alert (the end of financieel ontzorgen after its nawerking). */
  isHistorie: boolean;
};

/** Days before a clock's date from which it shows as BINNENKORT. */
export const BINNENKORT_DAGEN = 30;

/**
 * The end of financieel ontzorgen needs action around its date (the person
 * starts paying fixed costs); a month later it is history, not an alert.
 * A pending allowance or a passed einddatum stays an alert until resolved.
 */
export const ONTZORGEN_NAWERKING_DAGEN = 30;

/** Financieel ontzorgen lasts six months from the start of the benefit. */
export const ONTZORGEN_MAANDEN = 6;

function status(datum: Kalenderdatum, vandaag: Kalenderdatum): Klok["status"] {
  const dagen = dagenTussen(vandaag, datum);
  if (dagen < 0) return "VERLOPEN";
  if (dagen <= BINNENKORT_DAGEN) return "BINNENKORT";
  return "OK";
}

export function wettelijkeKlokken(
  input: {
    uitkeringStartDatum: Kalenderdatum | null;
    einddatum: Kalenderdatum | null;
    toeslagen: { soort: string; aangevraagdOp: Kalenderdatum; behandeltermijnDagen: number; besluitOp: Kalenderdatum | null }[];
  },
  vandaag: Kalenderdatum,
): Klok[] {
  const klokken: Klok[] = [];
  if (input.uitkeringStartDatum) {
    const datum = plusMaanden(input.uitkeringStartDatum, ONTZORGEN_MAANDEN);
    const s = status(datum, vandaag);
    klokken.push({
      soort: "ONTZORGEN_EINDE",
      datum,
      status: s,
      isHistorie: dagenTussen(datum, vandaag) > ONTZORGEN_NAWERKING_DAGEN,
      label:
        s === "VERLOPEN"
          ? `Financieel ontzorgen is afgelopen op ${formatKalenderdatum(datum)}`
          : `Financieel ontzorgen eindigt op ${formatKalenderdatum(datum)}`,
    });
  }
  for (const toeslag of input.toeslagen) {
    if (toeslag.besluitOp) continue;
    const datum = plusDagen(toeslag.aangevraagdOp, toeslag.behandeltermijnDagen);
    const s = status(datum, vandaag);
    klokken.push({
      soort: "TOESLAG_TRAAG",
      datum,
      status: s,
      isHistorie: false,
      label:
        s === "VERLOPEN"
          ? `Nog geen besluit over ${toeslag.soort} (aangevraagd ${formatKalenderdatum(toeslag.aangevraagdOp)}); de behandeltermijn is voorbij sinds ${formatKalenderdatum(datum)}`
          : `Besluit over ${toeslag.soort} verwacht vóór ${formatKalenderdatum(datum)}`,
    });
  }
  if (input.einddatum) {
    const s = status(input.einddatum, vandaag);
    klokken.push({
      soort: "EINDDATUM",
      datum: input.einddatum,
      status: s,
      isHistorie: false,
      label:
        s === "VERLOPEN"
          ? `Einddatum begeleiding was ${formatKalenderdatum(input.einddatum)}`
          : `Einddatum begeleiding: ${formatKalenderdatum(input.einddatum)}`,
    });
  }
  return klokken.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
}
