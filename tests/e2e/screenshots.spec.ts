import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { caseloadLijst, nieuweSessie, uniek } from "./helpers";

/**
 * Screenshots of the caseload and a dossier on phone and desktop, kept as test
 * artifacts (tests/.artifacts/test-results/… and attached to the HTML report),
 * and what a vrijwilliger can and cannot open.
 *
 * `UPDATE_README_SCREENSHOT=1 npx playwright test screenshots --project desktop`
 * also rewrites docs/screenshot.png (the begeleider's caseload, 1280×800). Run it on its
 * own like that, so the caseload shows only the demo data (begeleider.spec.ts adds a test person).
 */

/** A seeded dossier of the demo begeleider in the opstartfase (lib/seed/data.ts). */
const DOSSIER = "Rania Sabbagh";
/** One of the demo vrijwilliger's own maatjes, and a dossier in the same organisation that is not theirs. */
const EIGEN_MAATJE = "Layla Darwish";
const NIET_VAN_VRIJWILLIGER = "Yusuf Demir";

const dossierTabs = (page: Page) => page.getByRole("navigation", { name: "Onderdelen van het dossier" });

async function schermafdruk(page: Page, testInfo: TestInfo, naam: string) {
  const bestand = testInfo.outputPath(`${naam}-${testInfo.project.name}.png`);
  await page.screenshot({ path: bestand, fullPage: true });
  await testInfo.attach(`${naam} (${testInfo.project.name})`, { path: bestand, contentType: "image/png" });
}

test("begeleider: caseload en dossier (overzicht, opstartfase, afspraken)", async ({ page }, testInfo) => {
  await signIn(page, "begeleider");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn inburgeraars" })).toBeVisible();
  await expect(page.getByRole("link", { name: DOSSIER, exact: true })).toBeVisible();
  // One list, most urgent first: everyone with points of attention before everyone without.
  const personen = caseloadLijst(page).locator(":scope > li");
  const metAandacht = await personen.evaluateAll((items) => items.map((li) => [...li.querySelectorAll("dt")].some((dt) => dt.textContent === "Aandacht nodig")));
  expect(metAandacht.length, "personen in de caseload").toBeGreaterThan(3);
  expect(metAandacht, "wie aandacht nodig heeft eerst").toEqual([...metAandacht].sort((a, b) => Number(b) - Number(a)));
  expect(metAandacht, "de demo heeft mensen met en zonder aandachtspunten").toEqual(expect.arrayContaining([true, false]));
  await expect(personen.first().getByText("Aandacht nodig", { exact: true })).toHaveCount(1);
  // Column headers above the rows on a wide screen; on a phone each card names its own fields.
  const kopjes = page.getByText("Volgende afspraak", { exact: true });
  await expect(testInfo.project.name === "desktop" ? kopjes.first() : personen.first().getByText("Volgende afspraak", { exact: true })).toBeVisible();
  await schermafdruk(page, testInfo, "caseload");

  if (process.env.UPDATE_README_SCREENSHOT === "1" && testInfo.project.name === "desktop") {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.resolve(testInfo.config.rootDir, "../../docs/screenshot.png"), fullPage: false });
  }

  await page.getByRole("link", { name: DOSSIER, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: DOSSIER })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tijdlijn" })).toBeVisible();
  await schermafdruk(page, testInfo, "dossier-overzicht");

  await dossierTabs(page).getByRole("link", { name: "Opstartfase" }).click();
  await expect(dossierTabs(page).getByRole("link", { name: "Opstartfase" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText(/^\d+ van \d+ geregeld$/).first()).toBeVisible();
  await schermafdruk(page, testInfo, "dossier-opstartfase");

  await dossierTabs(page).getByRole("link", { name: "Afspraken" }).click();
  await expect(dossierTabs(page).getByRole("link", { name: "Afspraken" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("region", { name: "Eerdere contacten" })).toBeVisible();
  await schermafdruk(page, testInfo, "dossier-afspraken");
});

test("vrijwilliger: een dossier dat niet van hem is, is 'niet gevonden'", async ({ page, browser }, testInfo) => {
  // The teamleider sees everyone in the organisation: take the address of a dossier not assigned to the vrijwilliger.
  const tl = await nieuweSessie(browser, testInfo, "teamleider");
  let dossier: string;
  try {
    await tl.goto("/inburgeraars");
    // The list's dossier link reads just the name, on a phone and on a wide screen.
    const link = tl.getByRole("link", { name: new RegExp(`^${NIET_VAN_VRIJWILLIGER}(\\s|$)`) });
    await expect(link).toBeVisible();
    dossier = (await link.getAttribute("href"))!;
    expect(dossier).toMatch(/^\/inburgeraars\/[^/]+$/);
  } finally {
    await tl.context().close();
  }

  await signIn(page, "vrijwilliger");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn maatjes" })).toBeVisible();
  await expect(page.getByRole("link", { name: NIET_VAN_VRIJWILLIGER })).toHaveCount(0);
  for (const tab of ["", "/opstartfase", "/afspraken"]) {
    await page.goto(`${dossier}${tab}`);
    await expect(page.getByRole("heading", { level: 1, name: "Niet gevonden" })).toBeVisible();
    await expect(page.getByText(NIET_VAN_VRIJWILLIGER)).toHaveCount(0);
  }
  await schermafdruk(page, testInfo, "vrijwilliger-niet-gevonden");
});

test("vrijwilliger: contact loggen met het eigen maatje kan op één scherm", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "Snel loggen meten we op de telefoon.");
  await signIn(page, "vrijwilliger");
  await page.getByRole("link", { name: EIGEN_MAATJE, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: EIGEN_MAATJE })).toBeVisible();
  // The fixed "Contact vastleggen" bar of the dossier.
  await page.getByRole("link", { name: "Contact vastleggen" }).last().click();
  const form = page.getByRole("form", { name: "Contact vastleggen" });
  await expect(form).toBeVisible();
  const adres = page.url();

  // From here on: no navigation until the contact is saved.
  const navigaties: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame() && frame.url() !== adres) navigaties.push(frame.url());
  });
  const begin = Date.now();
  const verslag = `Samen boodschappen gedaan, ging goed ${uniek()}.`;
  const chip = (name: string) => form.locator("label").filter({ has: page.getByRole("checkbox", { name, exact: true }) });
  await chip("Sociaal netwerk").click();
  await form.getByLabel("Kort verslag").fill(verslag);
  await form.getByRole("group", { name: "Snel kiezen: volgend contact" }).getByRole("button", { name: "Over 1 week" }).click();
  const opslaan = form.getByRole("button", { name: "Contact opslaan" });
  await expect(opslaan).toBeInViewport();
  await schermafdruk(page, testInfo, "vrijwilliger-contact-loggen");
  await opslaan.click();
  await expect(page.getByText("Het contact is vastgelegd.")).toBeVisible();
  const duur = Date.now() - begin;

  expect(page.url()).toBe(adres);
  expect(navigaties, "het formulier bleef op dezelfde pagina").toEqual([]);
  testInfo.annotations.push({ type: "meting", description: `Contact loggen: opgeslagen in ${(duur / 1000).toFixed(1)} s zonder van pagina te wisselen.` });
  // Time is reported, never asserted (the machines are noisy): the steps above are the check.

  await page.getByRole("link", { name: "Naar de afspraken" }).click();
  await expect(page.getByRole("region", { name: "Eerdere contacten" }).getByRole("listitem").filter({ hasText: verslag })).toHaveCount(1);
});
