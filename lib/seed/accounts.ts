/**
 * The demo accounts the seed creates in VluchtelingenWerk regio Den Haag.
 * Imported by the seed, by `npm run dev`'s start-up message and by the
 * Playwright tests — so no imports here. Demo data only: a database seeded with
 * these accounts is not a production database.
 */

/** One invented password for every demo account (also the other organisations' users). */
export const DEMO_PASSWORD = "Wegwijs-demo-2026";

export type DemoRol = "begeleider" | "vrijwilliger" | "teamleider" | "consulent" | "beheerder";

export const DEMO_ORGANISATIE = "VluchtelingenWerk regio Den Haag";
export const DEMO_GEMEENTE = "Den Haag";

export const DEMO_ACCOUNTS: Record<DemoRol, { email: string; naam: string }> = {
  begeleider: { email: "begeleider@denhaag.wegwijs.test", naam: "Sanne de Vries" },
  vrijwilliger: { email: "vrijwilliger@denhaag.wegwijs.test", naam: "Karim Haddad" },
  teamleider: { email: "teamleider@denhaag.wegwijs.test", naam: "Marloes Bakker" },
  consulent: { email: "consulent@denhaag.wegwijs.test", naam: "Joost van Leeuwen" },
  beheerder: { email: "beheerder@denhaag.wegwijs.test", naam: "Priya Ramdin" },
};

/** Volunteers the teamleider's desk adds to the demo (lib/seed/teamleider-bureau.ts); same demo password. */
export const BUREAU_VRIJWILLIGERS = {
  parisa: { naam: "Parisa Jafari", email: "parisa.jafari@denhaag.wegwijs.test" },
  mehdi: { naam: "Mehdi Hosseini", email: "mehdi.hosseini@denhaag.wegwijs.test" },
  jan: { naam: "Jan de Boer", email: "jan.deboer@denhaag.wegwijs.test" },
} as const;
