import type { Leefgebied } from "@/lib/db/generated/enums";

/** The seven leefgebieden: names and order. Kept apart so a client form that needs only these does not carry the module's other labels (issue 13, budget "client"); lib/inburgeraar/labels.ts re-exports them. */

export const LEEFGEBIED_LABELS: Record<Leefgebied, string> = {
  WONEN: "Wonen",
  KINDEREN_SCHOOL: "Kinderen, jeugd en school",
  FINANCIEN_ADMINISTRATIE: "Financiën en administratie",
  SOCIAAL_NETWERK: "Sociaal netwerk",
  PARTICIPATIE: "Maatschappelijke participatie",
  HUISELIJKE_RELATIES: "Huiselijke relaties",
  ZORG_GEZONDHEID: "Zorg en gezondheid",
};

/** The leefgebieden in the order the begeleidingsplan shows them (Woerden's seven). */
export const LEEFGEBIED_VOLGORDE: readonly Leefgebied[] = [
  "WONEN",
  "KINDEREN_SCHOOL",
  "FINANCIEN_ADMINISTRATIE",
  "SOCIAAL_NETWERK",
  "PARTICIPATIE",
  "HUISELIJKE_RELATIES",
  "ZORG_GEZONDHEID",
];
