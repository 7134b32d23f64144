import type { SignaalCategorie, SignaalErnst } from "@/lib/db/generated/enums";

/** What the report form (MeldForm) shows: categories and urgency. Kept apart so a client form that needs only these does not carry the module's other labels (issue 13, budget "client"); lib/signaal/labels.ts re-exports them. */

/** The categories a reporter chooses from (the list; BURENRUZIE is an older value shown as "Wonen en buren"). */
export const MELD_CATEGORIEEN = ["PSYCHISCH", "HUISELIJK_GEWELD", "KINDERMISHANDELING", "SCHULDEN", "SCHOOLVERZUIM", "GEZONDHEID", "WONEN", "OVERIG"] as const satisfies readonly SignaalCategorie[];

export const CATEGORIE_LABELS: Record<SignaalCategorie, string> = {
  PSYCHISCH: "Psychosociaal (somber, angstig, gestrest)",
  HUISELIJK_GEWELD: "Huiselijk geweld",
  KINDERMISHANDELING: "Kindermishandeling",
  SCHULDEN: "Financiën en schulden",
  SCHOOLVERZUIM: "School en verzuim",
  GEZONDHEID: "Gezondheid",
  BURENRUZIE: "Wonen en buren",
  WONEN: "Wonen en buren",
  OVERIG: "Anders",
};

export const ERNST_VOLGORDE = ["ACUUT", "HOOG", "MIDDEN", "LAAG"] as const satisfies readonly SignaalErnst[];

export const ERNST_LABELS: Record<SignaalErnst, string> = {
  ACUUT: "Acuut: er is nu gevaar",
  HOOG: "Dringend: deze week",
  MIDDEN: "Gewoon: binnen twee weken",
  LAAG: "Niet dringend",
};
