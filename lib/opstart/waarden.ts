/**
 * The values of the opstartfase checklist that both the forms (in the browser)
 * and the schemas (lib/opstart/schema.ts) use. Kept free of zod, so a client
 * form does not pull zod into the page (issue 13, budget "client").
 */
export const CHECKLIST_STATUSSEN = ["OPEN", "BEZIG", "GEREGELD", "NVT"] as const;
export const CHECKLIST_CATEGORIEEN = ["HV", "FIN", "INS", "VL"] as const;

export const NOTITIE_MAX = 500;
export const TITEL_MAX = 200;
export const UITLEG_MAX = 500;
export const DEADLINE_DAGEN_MAX = 730;
