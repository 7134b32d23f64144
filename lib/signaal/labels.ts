import type { MeldcodeConclusie, SignaalErnst, SignaalStatus } from "@/lib/db/generated/enums";

export { MELD_CATEGORIEEN, CATEGORIE_LABELS, ERNST_VOLGORDE, ERNST_LABELS } from "./meld-labels";

export const ERNST_KORT: Record<SignaalErnst, string> = { ACUUT: "Acuut", HOOG: "Dringend", MIDDEN: "Gewoon", LAAG: "Niet dringend" };

export const STATUS_LABELS: Record<SignaalStatus, string> = {
  OPEN: "Open",
  OPGEPAKT: "Opgepakt",
  BESPROKEN: "Besproken",
  DOORVERWEZEN: "Doorverwezen",
  AFGESLOTEN: "Afgesloten",
};

export const CONCLUSIE_LABELS: Record<MeldcodeConclusie, string> = {
  GEEN_VERMOEDEN: "Geen vermoeden meer: geen melding nodig",
  HULP_BIEDEN: "Hulp bieden of organiseren is genoeg",
  MELDEN: "Melden bij Veilig Thuis is verplicht",
};

/** The afwegingskader's five questions (Meldcode, step 4). */
export const AFWEGING_VRAGEN = [
  "Is er, op grond van stap 1 tot en met 3, een vermoeden van huiselijk geweld of kindermishandeling?",
  "Is er acute onveiligheid of structurele onveiligheid?",
  "Kun je zelf (of je organisatie) effectieve hulp bieden of organiseren?",
  "Aanvaarden de betrokkenen die hulp en werken ze mee?",
  "Leidt de hulp binnen de gewenste tijd tot de nodige veiligheid en het welzijn?",
] as const;

export const MELDCODE_STAPPEN = [
  "Signalen in kaart brengen",
  "Overleggen met een collega of Veilig Thuis",
  "Gesprek met de betrokkene",
  "Afwegen met het afwegingskader",
  "Besluiten: hulp organiseren en/of melden",
] as const;
