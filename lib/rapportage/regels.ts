import { LEEFGEBIED_KORT } from "@/lib/voortgang/labels";
import { FASE_LABELS } from "@/lib/inburgeraar/labels";
import { formatKalenderdatum } from "@/lib/tijd";
import { SIGNAAL_LABELS } from "@/lib/voortgang/labels";
import { openPunten, SECTIE_TITELS, type RapportageInhoud } from "./inhoud";

/**
 * A report as plain sections of lines: the same words in the app, the PDF and
 * the tests. Pure.
 */
export function rapportageRegels(inhoud: RapportageInhoud, toelichting: string | null): { kop: string; regels: string[] }[] {
  const d = (x: string | null | undefined) => (x ? formatKalenderdatum(x) : "nog niet bekend");
  const secties: { kop: string; regels: string[] }[] = [];
  secties.push({ kop: "Fase", regels: [`${FASE_LABELS[inhoud.fase]}`] });
  for (const s of inhoud.onderdelen) {
    const regels: string[] = [];
    if (s === "traject") {
      const t = inhoud.traject;
      if (t) {
        regels.push(`In deze fase sinds ${d(t.faseSinds)}.`, `Start begeleiding (BRP): ${d(t.start)}. Einddatum: ${d(t.einddatum)}.`);
        regels.push(t.opstartEinde ? `Opstartfase afgerond op ${d(t.opstartEinde)}.` : "De opstartfase loopt nog.");
        if (t.begeleiders.length) regels.push(`Begeleider: ${t.begeleiders.join(", ")}.`);
      }
    } else if (s === "checklist") {
      const c = inhoud.checklist;
      regels.push(c ? `${c.klaar} van ${c.totaal} verplichte punten geregeld (${c.procent}%).` : "Nog geen checklist.");
    } else if (s === "afspraken") {
      const a = inhoud.afspraken;
      if (a) {
        regels.push(`Laatste contact: ${d(a.laatsteContact)}.`);
        regels.push(`${a.aantal} ${a.aantal === 1 ? "contact" : "contacten"} in de laatste 90 dagen (${a.perMaand.toLocaleString("nl-NL")} per maand, samen ${a.minuten} minuten).`);
        if (a.volgendeAfspraak) regels.push(`Volgende afspraak: ${d(a.volgendeAfspraak)}.`);
      }
    } else if (s === "plan") {
      const p = inhoud.plan;
      if (!p || p.scores.length === 0) regels.push("Nog geen scores.");
      else {
        if (p.focus) regels.push(`Extra aandacht nu: ${LEEFGEBIED_KORT[p.focus]}.`);
        for (const sc of p.scores) {
          const verschil = sc.verschil === null ? "" : sc.verschil > 0 ? ` (was ${sc.vorige}, beter)` : sc.verschil < 0 ? ` (was ${sc.vorige}, minder)` : " (gelijk)";
          regels.push(`${LEEFGEBIED_KORT[sc.leefgebied]}: ${sc.score} van 5${verschil}`);
        }
      }
    } else if (s === "signalen") {
      const sig = inhoud.signalen;
      regels.push(!sig || sig.open.length === 0 ? "Geen open signalen." : sig.open.map((x) => `${SIGNAAL_LABELS[x.categorie]} (sinds ${d(x.sinds)})`).join("; "));
    }
    if (regels.length) secties.push({ kop: SECTIE_TITELS[s], regels });
  }
  const open = openPunten(inhoud);
  if (open.length) secties.push({ kop: "Open punten", regels: open });
  if (toelichting) secties.push({ kop: "Toelichting van de begeleider", regels: [toelichting] });
  return secties;
}
