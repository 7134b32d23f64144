import { formatKalenderdatum, type Kalenderdatum } from "@/lib/tijd";

/** The timeline sentences of a verlenging, pure so the mutations and the demo seed write the same words. */

const maandenTekst = (maanden: number) => `${maanden} ${maanden === 1 ? "maand" : "maanden"}`;

/** "Verlenging van 6 maanden aangevraagd: <reden>". */
export function samenvattingVerlengingAangevraagd(maanden: number, reden: string): string {
  return `Verlenging van ${maandenTekst(maanden)} aangevraagd: ${reden}`;
}

/** "Verlenging van 6 maanden goedgekeurd; nieuwe einddatum 1 september 2027 (toelichting)" or "… afgewezen". */
export function samenvattingVerlengingBesluit(
  besluit: "GOEDGEKEURD" | "AFGEWEZEN",
  maanden: number,
  einddatum: Kalenderdatum | null,
  toelichting: string | null,
): string {
  let samenvatting =
    besluit === "GOEDGEKEURD"
      ? `Verlenging van ${maandenTekst(maanden)} goedgekeurd${einddatum ? `; nieuwe einddatum ${formatKalenderdatum(einddatum)}` : ""}`
      : `Verlenging van ${maandenTekst(maanden)} afgewezen`;
  if (toelichting) samenvatting += ` (${toelichting})`;
  return samenvatting;
}
