import type { Doelgroep, Fase, HuishoudRelatie, Verblijfsvergunning } from "@/lib/db/generated/enums";

export { LEEFGEBIED_LABELS, LEEFGEBIED_VOLGORDE } from "./leefgebied";

/** Dutch UI labels for the enums around the inburgeraar. No I/O; safe in client components. */

export const VERBLIJFSVERGUNNING_LABELS: Record<Verblijfsvergunning, string> = {
  ASIEL_BEPAALDE_TIJD: "Asiel, bepaalde tijd",
  ASIEL_ONBEPAALDE_TIJD: "Asiel, onbepaalde tijd",
  REGULIER_GEZIN_ASIEL_BEPAALDE_TIJD: "Regulier (gezinslid) bij asiel bepaalde tijd",
  REGULIER_GEZIN_ASIEL_ONBEPAALDE_TIJD: "Regulier (gezinslid) bij asiel onbepaalde tijd",
  REGULIER_GEZIN_EU_LANGDURIG_BESCHERMING: "Regulier (gezinslid) bij EU-langdurig ingezetene met internationale bescherming",
  REGULIER_GEZIN_NEDERLANDER: "Regulier (gezinslid) bij Nederlander (gezinsmigrant)",
  REGULIER_OVERIG: "Regulier, overig",
  ONBEKEND: "Onbekend",
};

export const DOELGROEP_LABELS: Record<Doelgroep, string> = {
  NAREIZIGER: "Nareiziger",
  GEZINSMIGRANT: "Gezinsmigrant",
  ALLEENSTAANDE_MINDERJARIGE_EX: "Ex-alleenstaande minderjarige",
  OUDERE: "Oudere",
  JONGERE: "Jongere",
  ALLEENSTAANDE_OUDER: "Alleenstaande ouder",
};

export const FASE_LABELS: Record<Fase, string> = {
  AANGEMELD: "Aangemeld",
  OPSTARTFASE: "Opstartfase",
  BEGELEIDINGSFASE: "Begeleidingsfase",
  AFRONDING: "Afronding",
  AFGESLOTEN: "Afgesloten",
};

/** The phases in trajectory order. */
export const FASE_VOLGORDE: readonly Fase[] = ["AANGEMELD", "OPSTARTFASE", "BEGELEIDINGSFASE", "AFRONDING", "AFGESLOTEN"];

export const HUISHOUD_RELATIE_LABELS: Record<HuishoudRelatie, string> = {
  PARTNER: "Partner",
  KIND: "Kind",
  OUDER: "Ouder",
  BROER_ZUS: "Broer of zus",
  OVERIG: "Overig",
};
