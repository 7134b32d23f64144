import type { AfspraakStatus, AfspraakType } from "@/lib/db/generated/enums";

/** Dutch UI labels for afspraken. No I/O; safe in client components. */

export const AFSPRAAK_TYPE_LABELS: Record<AfspraakType, string> = {
  REGELDAG: "Regeldag",
  KANTOOR: "Kantoor",
  HUISBEZOEK: "Huisbezoek",
  TELEFONISCH: "Telefonisch",
  CHAT: "WhatsApp/chat",
  SPREEKUUR: "Spreekuur",
  GROEPSBIJEENKOMST: "Groepsbijeenkomst",
  EXTERNE_AFSPRAAK: "Meegaan naar externe afspraak",
};

/** Order in the chips: the most common contacts first. */
export const AFSPRAAK_TYPE_VOLGORDE: readonly AfspraakType[] = [
  "TELEFONISCH",
  "CHAT",
  "HUISBEZOEK",
  "KANTOOR",
  "SPREEKUUR",
  "REGELDAG",
  "GROEPSBIJEENKOMST",
  "EXTERNE_AFSPRAAK",
];

export const AFSPRAAK_STATUS_LABELS: Record<AfspraakStatus, string> = {
  GEPLAND: "Gepland",
  VOND_PLAATS: "Vond plaats",
  NIET_VERSCHENEN: "Niet verschenen",
  GEANNULEERD: "Geannuleerd",
};

/** The outcomes a logged afspraak can have. */
export const LOG_STATUSSEN = ["VOND_PLAATS", "NIET_VERSCHENEN", "GEANNULEERD"] as const;
export type LogStatus = (typeof LOG_STATUSSEN)[number];
