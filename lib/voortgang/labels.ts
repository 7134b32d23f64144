import type { Leefgebied, SignaalCategorie } from "@/lib/db/generated/enums";

/** Short names for lists and reports. */
export const LEEFGEBIED_KORT: Record<Leefgebied, string> = {
  WONEN: "Wonen",
  KINDEREN_SCHOOL: "Kinderen en school",
  FINANCIEN_ADMINISTRATIE: "Financiën",
  SOCIAAL_NETWERK: "Sociaal netwerk",
  PARTICIPATIE: "Participatie",
  HUISELIJKE_RELATIES: "Huiselijke relaties",
  ZORG_GEZONDHEID: "Zorg en gezondheid",
};

export const SIGNAAL_LABELS: Record<SignaalCategorie, string> = {
  PSYCHISCH: "Psychische klachten",
  HUISELIJK_GEWELD: "Huiselijk geweld",
  KINDERMISHANDELING: "Kindermishandeling",
  SCHULDEN: "Schulden",
  SCHOOLVERZUIM: "Schoolverzuim",
  GEZONDHEID: "Gezondheid",
  BURENRUZIE: "Burenruzie",
  WONEN: "Wonen",
  OVERIG: "Overig",
};
