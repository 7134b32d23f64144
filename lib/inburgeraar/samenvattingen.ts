import type { AuditDetails } from "@/lib/audit/acties";
import type { Fase } from "@/lib/db/generated/enums";
import { formatKalenderdatum, type Kalenderdatum } from "@/lib/tijd";
import { FASE_ACTIES, type FaseActie } from "./fase-rules";
import { DOELGROEP_LABELS, FASE_LABELS, VERBLIJFSVERGUNNING_LABELS } from "./labels";

/**
 * The timeline sentences of dossier events. Pure; lib/audit/zinnen.ts calls
 * them when the trail is read, so stored events never hold these words.
 */

/** "Aangemeld bij gemeente Den Haag; einddatum 1 maart 2027". */
export function samenvattingAangemeld(gemeente: string, einddatum: Kalenderdatum | null): string {
  return `Aangemeld bij gemeente ${gemeente}${einddatum ? `; einddatum ${formatKalenderdatum(einddatum)}` : ""}`;
}

/** "Opstartfase starten: van Aangemeld naar Opstartfase; checklist met 14 punten aangemaakt". */
export function samenvattingFaseWijziging(
  actie: FaseActie,
  van: Fase,
  naar: Fase,
  extra: { checklistPunten?: number; redenOpenPunten?: string | null } = {},
): string {
  let staart = "";
  if (extra.checklistPunten !== undefined) {
    staart = `; checklist met ${extra.checklistPunten} ${extra.checklistPunten === 1 ? "punt" : "punten"} aangemaakt`;
  }
  if (extra.redenOpenPunten) staart = `; afgesloten met open punten, reden: ${extra.redenOpenPunten}`;
  return `${FASE_ACTIES[actie].label}: van ${FASE_LABELS[van]} naar ${FASE_LABELS[naar]}${staart}`;
}

/** "Gegevens gewijzigd: achternaam, inschrijving in de BRP (1 maart 2026); einddatum nu 1 maart 2027". */
export function samenvattingGegevensGewijzigd(delen: readonly string[], einddatum?: Kalenderdatum | null): string {
  const eind = einddatum === undefined ? "" : `; einddatum ${einddatum ? `nu ${formatKalenderdatum(einddatum)}` : "nog onbekend"}`;
  return `Gegevens gewijzigd: ${delen.join(", ")}${eind}`;
}

/** One changed date in that sentence: "brede intake (3 maart 2026)". */
export function gewijzigdeDatum(veld: string, datum: Kalenderdatum | null): string {
  return `${veld} (${datum ? formatKalenderdatum(datum) : "leeggemaakt"})`;
}

/** Field names in plain Dutch for the timeline ("Gegevens gewijzigd: …"). */
export const GEGEVENS_VELD_NAMEN = {
  voornaam: "voornaam",
  achternaam: "achternaam",
  geboortedatum: "geboortedatum",
  vNummer: "V-nummer",
  landVanHerkomst: "land van herkomst",
  talen: "talen",
  tolkNodig: "tolk nodig",
  tolkTaal: "taal van de tolk",
  telefoon: "telefoon",
  email: "e-mailadres",
  straat: "straat",
  huisnummer: "huisnummer",
  postcode: "postcode",
  woonplaats: "woonplaats",
  verblijfsvergunning: "verblijfsvergunning",
  redenZonderWettelijkRecht: "reden voor begeleiding zonder wettelijk recht",
  doelgroepen: "doelgroepen",
  koppelingDatum: "koppeling aan de gemeente",
  woningtoewijzingDatum: "woningtoewijzing",
  verhuisDatum: "verhuizing",
  brpInschrijvingDatum: "inschrijving in de BRP",
  uitkeringStartDatum: "start uitkering",
  bredeIntakeDatum: "brede intake",
  pipVastgesteldDatum: "PIP vastgesteld",
  startLeerrouteDatum: "start leerroute",
  eersteLesDatum: "eerste les",
} as const;

/** New values a gegevens event carries for the sentence (never the BSN). */
export type GegevensWaarden = AuditDetails<"inburgeraar.gegevens-gewijzigd">["waarden"];

/** One changed field in "Gegevens gewijzigd: …": a date with its new value, the permit, doelgroepen, tolk. */
export function omschrijfGegevensVeld(veld: keyof typeof GEGEVENS_VELD_NAMEN, waarden: GegevensWaarden): string {
  const naam = GEGEVENS_VELD_NAMEN[veld];
  const v = (waarden as Record<string, unknown>)[veld];
  if (veld.endsWith("Datum") && (typeof v === "string" || v === null)) return gewijzigdeDatum(naam, v);
  if (veld === "verblijfsvergunning" && waarden.verblijfsvergunning) {
    return `verblijfsvergunning (${VERBLIJFSVERGUNNING_LABELS[waarden.verblijfsvergunning].toLowerCase()})`;
  }
  if (veld === "doelgroepen" && waarden.doelgroepen) {
    return `doelgroepen (${waarden.doelgroepen.length ? waarden.doelgroepen.map((x) => DOELGROEP_LABELS[x].toLowerCase()).join(", ") : "geen"})`;
  }
  if (veld === "tolkNodig" && waarden.tolkNodig !== undefined) return waarden.tolkNodig ? "tolk nodig" : "geen tolk meer nodig";
  return naam;
}
