import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Browser, Page, TestInfo } from "@playwright/test";
import { plusMaanden, vandaag, type Kalenderdatum } from "../../lib/tijd";
import { signIn, type DemoRole } from "./fixtures";

/**
 * The caseload on a start page: one ordered list, most urgent first (cards on a
 * phone, rows under column headers on a wide screen), each person once.
 */
export function caseloadLijst(page: Page, titel: "Mijn inburgeraars" | "Mijn maatjes" = "Mijn inburgeraars") {
  return page.getByRole("list", { name: `${titel}, wie aandacht nodig heeft eerst`, exact: true });
}

/** One person in the caseload: the list item with the link to their dossier. */
export function caseloadItem(page: Page, naam: string, titel?: "Mijn inburgeraars" | "Mijn maatjes") {
  return caseloadLijst(page, titel).getByRole("listitem").filter({ has: page.getByRole("link", { name: naam, exact: true }) });
}

/**
 * The teamleider's Inburgeraars list (/inburgeraars): one named list for every
 * screen, like the caseload — cards on a phone, rows under column headers on a wide screen.
 */
export function teamLijst(page: Page) {
  return page.getByRole("list", { name: "Inburgeraars met begeleider, maatje en aandachtspunten", exact: true });
}

/** The consulent's Voortgang list on the start page: one item (data-testid "voortgang-rij") per person. */
export function voortgangLijst(page: Page) {
  return page.getByRole("list", { name: "Voortgang per persoon", exact: true });
}

/** A nine-digit number that passes the 11-proef (a test BSN, never a real person's on purpose). */
export function testBsn(): string {
  for (;;) {
    const cijfers = [1 + Math.floor(Math.random() * 9), ...Array.from({ length: 7 }, () => Math.floor(Math.random() * 10))];
    const som = cijfers.reduce((s, c, i) => s + (9 - i) * c, 0);
    const laatste = som % 11;
    if (laatste <= 9) return [...cijfers, laatste].join("");
  }
}

/** A short random tag so names and texts are unique per run. */
export function uniek(): string {
  return Math.random().toString(36).slice(2, 8).toUpperCase();
}

/** Today in Amsterdam, and a day in the previous month (always in the past, day ≤ 28 so month sums are unambiguous). */
export function datums() {
  const nu = vandaag();
  const vorigeMaand = plusMaanden(`${nu.slice(0, 7)}-01`, -1).slice(0, 7);
  return {
    vandaag: nu,
    dagInVorigeMaand: (dag: number): Kalenderdatum => `${vorigeMaand}-${String(dag).padStart(2, "0")}`,
  };
}

const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** "3 maart 2027" → "2027-03-03". */
export function leesNederlandseDatum(tekst: string): Kalenderdatum {
  const m = /(\d{1,2}) ([a-z]+) (\d{4})/.exec(tekst);
  const maand = m ? MAANDEN.indexOf(m[2]!) : -1;
  if (!m || maand < 0) throw new Error(`Geen datum gevonden in "${tekst}"`);
  return `${m[3]}-${String(maand + 1).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}

/**
 * A second, independent browser session (its own cookies) with the same
 * settings as the project, signed in as `role`. Close it with `page.context().close()`.
 */
export async function nieuweSessie(browser: Browser, testInfo: TestInfo, role: DemoRole): Promise<Page> {
  const use = testInfo.project.use;
  const context = await browser.newContext({
    baseURL: use.baseURL,
    viewport: use.viewport,
    deviceScaleFactor: use.deviceScaleFactor,
    isMobile: use.isMobile,
    hasTouch: use.hasTouch,
    userAgent: use.userAgent,
    locale: use.locale,
    timezoneId: use.timezoneId,
  });
  const page = await context.newPage();
  await signIn(page, role);
  return page;
}

/** Every page.tsx and route.ts under app/, as its URL pattern. */
export function routesOpSchijf(): string[] {
  const root = path.resolve(__dirname, "../../app");
  const gevonden: string[] = [];
  const loop = (dir: string) => {
    for (const naam of readdirSync(dir)) {
      const vol = path.join(dir, naam);
      if (statSync(vol).isDirectory()) loop(vol);
      else if (/^(page\.tsx|route\.ts)$/.test(naam)) {
        const segmenten = path
          .relative(root, dir)
          .split(path.sep)
          .filter((s) => s && !/^\(.*\)$/.test(s));
        gevonden.push(`/${segmenten.join("/")}`);
      }
    }
  };
  loop(root);
  return [...new Set(gevonden)].sort();
}
