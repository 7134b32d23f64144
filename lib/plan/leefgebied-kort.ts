import type { Leefgebied } from "@/lib/db/generated/enums";

/** Short names of the leefgebieden, for chart axes and chips on a phone. Kept apart so a client form that needs only these does not carry the module's other labels (issue 13, budget "client"); lib/plan/labels.ts re-exports them. */

export const LEEFGEBIED_KORT: Record<Leefgebied, string> = {
  WONEN: "Wonen",
  KINDEREN_SCHOOL: "School",
  FINANCIEN_ADMINISTRATIE: "Geld",
  SOCIAAL_NETWERK: "Netwerk",
  PARTICIPATIE: "Meedoen",
  HUISELIJKE_RELATIES: "Thuis",
  ZORG_GEZONDHEID: "Gezondheid",
};
