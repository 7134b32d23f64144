import type { Leerroute, OverdrachtType, ToestemmingOnderwerp, ToestemmingOntvanger, ToestemmingWijze } from "@/lib/db/generated/enums";
import type { DossierDeel } from "@/lib/authz/zicht";

/**
 * Plain-language (B1) names for consent, reports and overdrachten. Pure data:
 * safe in client components. What a consulent sees per subject is NOT written
 * here: it comes from lib/authz (consulentZichtMet), these are only the words.
 */

export const ONDERWERP_VOLGORDE: ToestemmingOnderwerp[] = ["VOORTGANG", "CHECKLIST", "AFSPRAKEN", "BEGELEIDINGSPLAN", "SIGNALEN", "CONTACTGEGEVENS", "VERSLAGEN"];

export const ONDERWERP_LABELS: Record<ToestemmingOnderwerp, string> = {
  VOORTGANG: "Voortgang",
  CHECKLIST: "Opstartfase",
  AFSPRAKEN: "Afspraken",
  BEGELEIDINGSPLAN: "Plan en scores",
  SIGNALEN: "Signalen",
  CONTACTGEGEVENS: "Contactgegevens",
  VERSLAGEN: "Verslagen",
};

/** What the person agrees to, in words to read out (with a tolk if needed). */
export const ONDERWERP_UITLEG: Record<ToestemmingOnderwerp, string> = {
  VOORTGANG: "In welke fase de begeleiding is, de datums, en de voortgangsrapportages die de begeleider deelt.",
  CHECKLIST: "Hoeveel van de opstartfase al geregeld is, en wat nog open staat.",
  AFSPRAKEN: "Wanneer er afspraken waren en hoe vaak. Niet wat er besproken is.",
  BEGELEIDINGSPLAN: "Het plan en de scores per leefgebied (hoe goed iemand zich redt).",
  SIGNALEN: "Zorgen die de begeleider met de gemeente deelt, zoals schulden of gezondheid.",
  CONTACTGEGEVENS: "Telefoonnummer, e-mail en adres.",
  VERSLAGEN: "Wat de begeleider en het maatje over de gesprekken opschrijven. Alleen als de persoon dit echt wil.",
};

export const ONTVANGER_LABELS: Record<ToestemmingOntvanger, string> = {
  CONSULENT_GEMEENTE: "De consulent van de gemeente",
  SOCIAAL_DOMEIN: "Een organisatie van de sociale kaart",
  NIEUWE_GEMEENTE: "De nieuwe gemeente (bij verhuizing)",
};

/** "de consulent van de gemeente", "Schuldhulpverlening Den Haag", "de gemeente Utrecht". */
export function ontvangerOmschrijving(ontvanger: ToestemmingOntvanger, naam: string | null): string {
  if (ontvanger === "CONSULENT_GEMEENTE") return "de consulent van de gemeente";
  if (ontvanger === "NIEUWE_GEMEENTE") return naam ? `de gemeente ${naam}` : "de nieuwe gemeente";
  return naam ?? "een organisatie van de sociale kaart";
}

export const WIJZE_LABELS: Record<ToestemmingWijze, string> = {
  MONDELING: "Mondeling",
  MONDELING_MET_TOLK: "Mondeling, met een tolk",
  FORMULIER_GETEKEND: "Getekend formulier",
};

export const STAAT_LABELS = {
  geldig: "Geldig",
  "nog-niet": "Gaat nog in",
  verlopen: "Verlopen",
  ingetrokken: "Ingetrokken",
  "intrekking-gepland": "Wordt ingetrokken",
} as const;

/** Each part of a dossier in plain words, for "what the consulent will and will not see". */
export const DEEL_UITLEG: Record<DossierDeel, string> = {
  basis: "Naam, gemeente en fase",
  persoon: "Geboortedatum, land, talen en gezin",
  identiteit: "Verblijfspapieren en V-nummer",
  bsn: "BSN",
  contact: "Telefoon, e-mail en adres",
  traject: "Datums van de begeleiding en wie begeleidt",
  inburgering: "Brede intake, PIP, leerroute en eerste les (gegevens van de gemeente zelf)",
  financieel: "Geldzaken: uitkering, toeslagen, verlenging",
  verslagen: "Verslagen van gesprekken",
  checklist: "Checklist van de opstartfase",
  afspraken: "Datums en aantal afspraken",
  plan: "Begeleidingsplan en scores",
  signalen: "Signalen die met de gemeente gedeeld zijn",
  rapportages: "Voortgangsrapportages en de eindoverdracht",
};

export const LEERROUTE_LABELS: Record<Leerroute, string> = {
  B1: "B1-route",
  ONDERWIJS: "Onderwijsroute",
  Z_ROUTE: "Z-route (zelfredzaamheid)",
};

export const OVERDRACHT_TYPE_LABELS: Record<OverdrachtType, string> = {
  INTERN: "Interne overdracht",
  CONSULENT: "Eindoverdracht",
  WARM: "Warme overdracht",
  VERHUIZING: "Overdracht bij verhuizing",
};

export const OVERDRACHT_TYPE_UITLEG: Record<OverdrachtType, string> = {
  INTERN: "Naar een collega: van de opstart naar de vaste begeleider, of naar een nieuw maatje.",
  CONSULENT: "Aan het eind van de begeleiding, naar de consulent van de gemeente.",
  WARM: "Naar een organisatie van de sociale kaart, zoals schuldhulp, wijkteam of Wmo.",
  VERHUIZING: "De persoon verhuist naar een andere gemeente.",
};
