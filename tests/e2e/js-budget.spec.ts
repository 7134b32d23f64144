import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { JS_BUDGET_KB, meetJs, type PaginaJs } from "../../scripts/js-budget";
import { expect, signIn, test } from "./fixtures";

/**
 * The client budget (issue 13) measured in a real browser, next to
 * `npm run js-budget` (which reads the build's manifests): the phone opens the
 * caseload and the log form as the demo begeleider, and this spec sums every
 * JavaScript file the browser downloads until the page has loaded, gzipped
 * like the script does (level 6). It checks that
 *   - the total is within the budget, and
 *   - every file the browser loaded is one the script counts: lazy loading or
 *     a chunk the manifests do not name cannot make the script's figure too
 *     low without this failing.
 * What the browser fetches after the load event (a dialog loaded with
 * import(); links do not prefetch, decision 031) is reported, not counted.
 * Run: `npm run js-budget:browser` (needs `npm run build`; see docs/performance.md).
 */
const DIST = path.resolve(".next");

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "het budget gaat over de telefoon");
});

interface Download {
  bestand: string;
  gzip: number;
  naLoad: boolean;
}

/** Opens `url` in a fresh tab of the signed-in context and records the JavaScript it downloads. */
async function open(page: Page, url: string): Promise<Download[]> {
  const tab = await page.context().newPage();
  const downloads: Promise<Download>[] = [];
  let geladen = false;
  tab.on("response", (antwoord) => {
    const pad = new URL(antwoord.url()).pathname;
    if (antwoord.request().resourceType() !== "script" || !pad.startsWith("/_next/")) return;
    const naLoad = geladen;
    downloads.push(antwoord.body().then((body) => ({ bestand: pad.replace(/^\/_next\//, ""), gzip: gzipSync(body, { level: 6 }).length, naLoad })));
  });
  await tab.goto(url, { waitUntil: "load" });
  geladen = true;
  await tab.waitForLoadState("networkidle");
  const alles = await Promise.all(downloads);
  await tab.close();
  return alles;
}

function vergelijk(naam: string, downloads: Download[], gemeten: PaginaJs) {
  const bijOpenen = downloads.filter((d) => !d.naLoad);
  const kb = bijOpenen.reduce((s, d) => s + d.gzip, 0) / 1024;
  const geteld = new Set(gemeten.chunks.map((c) => c.bestand));
  const nietGeteld = bijOpenen.filter((d) => !geteld.has(d.bestand)).map((d) => d.bestand);
  const later = downloads.filter((d) => d.naLoad);
  console.log(
    `JS in de browser, ${naam}: ${kb.toFixed(1)} kB gzip bij openen (${bijOpenen.length} bestanden; npm run js-budget telt ${gemeten.gzipKb.toFixed(1)} kB); ` +
      `na het laden nog ${later.length} bestanden, ${(later.reduce((s, d) => s + d.gzip, 0) / 1024).toFixed(1)} kB (niet geteld)`,
  );
  expect(nietGeteld, `${naam}: de browser laadt bestanden die npm run js-budget niet telt`).toEqual([]);
  expect(kb, `${naam}: JavaScript bij openen (kB gzip)`).toBeLessThanOrEqual(JS_BUDGET_KB);
}

test("de telefoon laadt voor de caseload en het vastlegformulier hoogstens 150 kB JavaScript (gzip), en niets wat npm run js-budget niet telt", async ({ page }) => {
  const meting = meetJs(DIST);
  const pagina = (route: string) => meting.find((p) => p.route === route)!;

  await signIn(page, "begeleider");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn inburgeraars" })).toBeVisible();
  const vastleggen = await page.getByRole("main").getByRole("link", { name: /^Contact vastleggen/ }).first().getAttribute("href");
  expect(vastleggen).toMatch(/^\/vastleggen\//);

  vergelijk("caseload (/)", await open(page, "/"), pagina("/(app)/page"));
  vergelijk("contact vastleggen", await open(page, vastleggen!), pagina("/(app)/vastleggen/[id]/page"));
});
