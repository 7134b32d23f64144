import type { Fase } from "@/lib/db/generated/enums";
import { formatKalenderdatum, type Kalenderdatum } from "@/lib/tijd";
import { FASE_ACTIES, type FaseActie } from "./fase-rules";
import { FASE_LABELS } from "./labels";

/**
 * The timeline sentences of dossier events (details.samenvatting), pure so the
 * mutations and the demo seed write the same words.
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
