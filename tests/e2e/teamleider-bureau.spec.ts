import { readFile } from "node:fs/promises";
import { BUREAU_VRIJWILLIGERS, DEMO_ACCOUNTS } from "../../lib/seed/accounts";
import { expect, expectNoSeriousA11yViolations, signInMet, test } from "./fixtures";
import { teamLijst } from "./helpers";

/**
 * The teamleider's desk (issue 10), journeys 1–4:
 * 1. a teamleider assigns a maatje from the wachtlijst through a suggestion that shows its reasons;
 * 2. that vrijwilliger signs in and sees the new maatje;
 * 3. the bellijst shows an item, and logging a call clears it;
 * 4. the ratio CSV downloads and holds the team's numbers.
 * They change the demo data, so they run once (desktop); the screenshots of
 * the new pages run on both screens.
 */

/** Sign in with any demo address; argon2 on a busy 2-core machine can take a while. */
async function meldAanMet(page: import("@playwright/test").Page, email: string) {
  // The shared sign-in, with the demo code from the app when Wegwijs asks for it (fixtures.ts).
  await signInMet(page, email);
  await expect(page).not.toHaveURL(/\/login(\?|$)/, { timeout: 45_000 });
}
const signIn = (page: import("@playwright/test").Page, rol: "teamleider") => meldAanMet(page, DEMO_ACCOUNTS[rol].email);

// Sign-in (argon2) and axe are slow on a shared 2-core machine.
test.describe.configure({ timeout: 150_000 });

test.describe("het bureau van de teamleider", () => {
  test.describe.configure({ mode: "serial" });
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "verandert de demo-gegevens: één keer (desktop)");
  });

  test("1. koppelt Nasrin vanaf de wachtlijst aan Parisa, via een voorstel met redenen", async ({ page }, testInfo) => {
    await signIn(page, "teamleider");
    const wachtlijst = page.getByRole("region", { name: /Wachtlijst/ });
    await expect(wachtlijst.getByRole("link", { name: "Farid Rahimi" })).toBeVisible();
    await page.getByRole("link", { name: "Hele wachtlijst" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Wachtlijst" })).toBeVisible();
    const nasrin = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Nasrin Mohammadi" }) });
    await expect(nasrin).toContainText("Wacht op een maatje");
    await expect(nasrin).toContainText(/wacht \d+ dagen/);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: "Nasrin Mohammadi" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Nasrin Mohammadi" })).toBeVisible();
    const voorstellen = page.getByRole("list", { name: "Voorgestelde vrijwilligers, beste eerst" });
    const eerste = voorstellen.getByRole("listitem").first();
    await expect(eerste).toContainText(BUREAU_VRIJWILLIGERS.parisa.naam);
    await expect(eerste.getByRole("list", { name: `Waarom ${BUREAU_VRIJWILLIGERS.parisa.naam}` })).toContainText("spreekt Farsi (geen tolk nodig)");
    await expect(eerste).toContainText("nog 2 plekken");
    // The paused Farsi speaker is not suggested, and the page says why.
    await expect(voorstellen).not.toContainText(BUREAU_VRIJWILLIGERS.mehdi.naam);
    await expect(page.getByText(`${BUREAU_VRIJWILLIGERS.mehdi.naam}: gepauzeerd`)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: testInfo.outputPath("toewijzen-voorstellen.png"), fullPage: true });

    await page.getByRole("button", { name: `${BUREAU_VRIJWILLIGERS.parisa.naam} maatje maken van Nasrin` }).click();
    await expect(page.getByText("De toewijzing is opgeslagen.")).toBeVisible();
    const betrokken = page.locator("section", { hasText: "Nu betrokken" });
    await expect(betrokken.getByText(BUREAU_VRIJWILLIGERS.parisa.naam, { exact: true })).toBeVisible();
    // Off the wachtlijst.
    await page.goto("/wachtlijst?reden=MAATJE");
    await expect(page.getByRole("link", { name: "Nasrin Mohammadi" })).toHaveCount(0);
  });

  test("2. Parisa logt in en ziet haar nieuwe maatje; andere profielen en teampagina's niet", async ({ page }) => {
    await meldAanMet(page, BUREAU_VRIJWILLIGERS.parisa.email);
    await expect(page.getByRole("heading", { level: 1, name: "Mijn maatjes" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Nasrin Mohammadi", exact: true }).filter({ visible: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    for (const pad of ["/wachtlijst", "/vrijwilligers", "/capaciteit", "/bellijst"]) {
      await page.goto(pad);
      await expect(page.getByRole("heading", { level: 1, name: "Niet gevonden" })).toBeVisible();
    }
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn profiel" }).click();
    await expect(page.getByLabel("Talen")).toHaveValue("Dari, Farsi, Nederlands");
  });

  test("3. de bellijst toont iemand; een gesprek vastleggen haalt die persoon eraf", async ({ page }, testInfo) => {
    await signIn(page, "teamleider");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Bellijst" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Bellijst" })).toBeVisible();
    const eerste = page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("button", { name: /vastleggen/ }) }).first();
    const naam = (await eerste.getByRole("heading", { level: 3 }).textContent())!.trim();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: testInfo.outputPath("bellijst.png"), fullPage: true });

    // Without an outcome nothing is saved.
    await eerste.getByRole("button", { name: `Gesprek met ${naam} vastleggen` }).click();
    await expect(eerste.getByText("Kies hoe het gesprek ging.").first()).toBeVisible();
    await eerste.getByRole("radio", { name: "Bereikt", exact: true }).check();
    await eerste.getByLabel("Notitie (niet verplicht)").fill("Gaat goed, vraagt naar taallessen.");
    await eerste.getByRole("button", { name: `Gesprek met ${naam} vastleggen` }).click();
    await expect(page.getByText(`Vastgelegd. ${naam.split(" ")[0]} staat weer op de bellijst als het volgende belmoment er is.`)).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: naam })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("heading", { level: 3, name: naam })).toHaveCount(0);
  });

  test("4. de CSV met verhoudingen downloadt en bevat de cijfers van het team", async ({ page }) => {
    await signIn(page, "teamleider");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Capaciteit" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Capaciteit en verhoudingen" })).toBeVisible();
    const sanne = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(DEMO_ACCOUNTS.begeleider.naam) }) });
    const aantal = (await sanne.getByRole("cell").nth(1).textContent())!.trim();
    await expectNoSeriousA11yViolations(page);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download als CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^capaciteit-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
    const regels = csv.trimEnd().split("\r\n");
    expect(regels[0]).toMatch(/^soort,naam,team,actieve inburgeraars,fte begeleiders,inburgeraars per fte/);
    expect(regels.some((r) => r.startsWith("Organisatie,VluchtelingenWerk regio Den Haag,"))).toBe(true);
    expect(regels.some((r) => r.startsWith("Gemeente,Den Haag,"))).toBe(true);
    const rij = regels.find((r) => r.startsWith(`Begeleider,${DEMO_ACCOUNTS.begeleider.naam},`));
    expect(rij, "een regel voor Sanne").toBeTruthy();
    // Same number of active inburgeraars as the page shows; her fte is 0.8.
    expect(rij!.split(",")[3]).toBe(aantal);
    expect(rij!.split(",")[11]).toBe("0.8");
    // Only this organisation.
    expect(csv).not.toContain("Humanitas");
  });
});

test("de lijst Inburgeraars: één lijst met elke persoon één keer, met begeleider, maatje en aandacht", async ({ page }, testInfo) => {
  await signIn(page, "teamleider");
  await page.goto("/inburgeraars");
  await expect(page.getByRole("heading", { level: 1, name: "Inburgeraars" })).toBeVisible();
  // Cards on a phone and rows on a wide screen are the same list items: each name is in the page once.
  await expect(page.getByRole("main").getByRole("link", { name: "Layla Darwish", exact: true, includeHidden: true })).toHaveCount(1);
  const layla = teamLijst(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Layla Darwish", exact: true }) });
  await expect(layla).toHaveCount(1);
  await expect(layla).toContainText("Den Haag");
  await expect(layla).toContainText(DEMO_ACCOUNTS.begeleider.naam);
  await expect(layla.getByRole("list")).toContainText("Financieel ontzorgen");
  // Someone without attention points says so.
  await expect(teamLijst(page).getByText("Alles op schema").first()).toBeVisible();
  await expect(layla.getByRole("link", { name: "Layla Darwish", exact: true })).toHaveAttribute("href", /^\/inburgeraars\/[^/]+$/);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: testInfo.outputPath("bureau-inburgeraars-lijst.png"), fullPage: true });
});

const SCHERMEN = [
  ["/", "Team", "start"],
  ["/wachtlijst", "Wachtlijst", "wachtlijst"],
  ["/bellijst", "Bellijst", "bellijst"],
  ["/capaciteit", "Capaciteit en verhoudingen", "capaciteit"],
  ["/vrijwilligers", "Vrijwilligers", "vrijwilligers"],
  ["/inburgeraars?contact=1&sortering=contact", "Inburgeraars", "inburgeraars"],
  ["/verlengingen", "Verlengingen", "verlengingen"],
] as const;

for (const [pad, kop, naam] of SCHERMEN) {
  test(`scherm ${naam} op telefoon en desktop`, async ({ page }, testInfo) => {
    await signIn(page, "teamleider");
    await page.goto(pad);
    await expect(page.getByRole("heading", { level: 1, name: kop })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: testInfo.outputPath(`bureau-${naam}.png`), fullPage: true });
  });
}

test("verlengingen: voorbij de laatste pagina staat dat er hier niets meer is, met de weg terug", async ({ page }) => {
  await signIn(page, "teamleider");
  await page.goto("/verlengingen?pagina=99");
  await expect(page.getByRole("heading", { level: 1, name: "Verlengingen" })).toBeVisible();
  await expect(page.getByText("Op deze pagina staan geen aanvragen meer.")).toBeVisible();
  await page.getByRole("link", { name: "Naar de eerste pagina" }).click();
  await expect(page).toHaveURL(/\/verlengingen$/);
  await expect(page.getByRole("button", { name: "Goedkeuren" }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("scherm vrijwilliger en toewijzen op telefoon en desktop", async ({ page }, testInfo) => {
  await signIn(page, "teamleider");
  await page.goto("/vrijwilligers?zoek=Semhar");
  await page.getByRole("link", { name: "Semhar Tesfay" }).click();
  await expect(page.getByText(/VOG verloopt/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: testInfo.outputPath("bureau-vrijwilliger.png"), fullPage: true });
  await page.goto("/wachtlijst");
  await page.getByRole("link", { name: "Ahmad Karimi" }).click();
  await expect(page.getByRole("list", { name: "Voorgestelde vrijwilligers, beste eerst" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: testInfo.outputPath("bureau-toewijzen.png"), fullPage: true });
});

test("andere lijsten: een pagina voorbij het einde gaat naar de eerste pagina, met dezelfde filters", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "één keer is genoeg");
  await signIn(page, "teamleider");
  const gevallen = [
    ["/wachtlijst?reden=MAATJE&pagina=99", /\/wachtlijst\?reden=MAATJE$/, "Wachtlijst"],
    ["/inburgeraars?fase=OPSTARTFASE&pagina=99", /\/inburgeraars\?fase=OPSTARTFASE$/, "Inburgeraars"],
    ["/bellijst?pagina=99", /\/bellijst$/, "Bellijst"],
    ["/vrijwilligers?pagina=99", /\/vrijwilligers$/, "Vrijwilligers"],
  ] as const;
  for (const [pad, naar, kop] of gevallen) {
    await page.goto(pad);
    await expect(page).toHaveURL(naar);
    await expect(page.getByRole("heading", { level: 1, name: kop })).toBeVisible();
  }
});
