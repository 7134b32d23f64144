/**
 * Issue 9 — the gemeente's view, journeys 1–5:
 *  1. a begeleider records consent, then generates and shares a voortgangsrapportage;
 *  2. the consulent sees the report and the voortgang row with scores;
 *  3. the begeleider withdraws consent, and the consulent no longer sees either;
 *  4. an eindoverdracht sent at afronding is acknowledged by the consulent;
 *  5. an intern overdracht from the opstart person appears first for the new begeleider.
 * They change the seeded world, so they run once (desktop) and in order; the
 * screenshots at the end look at the screens on a phone and a laptop.
 */
import type { Page } from "@playwright/test";
import type { Browser, TestInfo } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../lib/seed/accounts";
import { expect, expectNoSeriousA11yViolations, signInMet, test, type DemoRole } from "./fixtures";

// argon2 on a shared 2-core machine can take a while: sign-ins and first page loads get more time.
const TRAAG = { timeout: 60_000 };

async function inloggenMet(page: Page, email: string) {
  // The shared sign-in, with the demo code from the app when Wegwijs asks for it (fixtures.ts).
  await signInMet(page, email);
  await expect(page).not.toHaveURL(/\/login(\?|$)/, TRAAG);
}

const signIn = (page: Page, rol: DemoRole) => inloggenMet(page, DEMO_ACCOUNTS[rol].email);

/** A second browser session with its own cookies, like helpers' nieuweSessie, with the patient sign-in. */
async function nieuweSessie(browser: Browser, testInfo: TestInfo, rol: DemoRole): Promise<Page> {
  const use = testInfo.project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, viewport: use.viewport, locale: use.locale, timezoneId: use.timezoneId });
  const page = await context.newPage();
  await signIn(page, rol);
  return page;
}

async function openDossier(page: Page, naam: string) {
  await page.goto("/");
  // Exactly the name: "Contact vastleggen met …" and "Interne overdracht: …" link elsewhere.
  await page.getByRole("link", { name: naam, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: naam, exact: true })).toBeVisible(TRAAG);
}

/** The consulent's Voortgang row of one person, found by searching. */
async function voortgangRij(page: Page, achternaam: string) {
  await page.goto(`/?zoek=${encodeURIComponent(achternaam)}`);
  const rij = page.getByTestId("voortgang-rij").filter({ hasText: achternaam });
  await expect(rij).toHaveCount(1, TRAAG);
  return rij;
}

test.describe("de gemeente: toestemming, voortgang, rapportage en overdrachten", () => {
  test.describe.configure({ mode: "serial" });
  test.skip(({ isMobile }) => isMobile, "de journeys veranderen de demowereld: één keer (desktop)");
  test.setTimeout(300_000);
  const TOELICHTING = "Graag meenemen bij de brede intake van volgende week.";
  let rapportageUrl = "";

  test("1. de begeleider legt toestemming vast en deelt een voortgangsrapportage", async ({ page }) => {
    await signIn(page, "begeleider");
    await openDossier(page, "Ahmad Karimi");
    await page.getByRole("link", { name: "Toestemming", exact: true }).click();
    await expect(page.getByText("gaf (nog) geen toestemming")).toBeVisible();

    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Toestemming vastleggen" }) });
    // Nothing ticked yet: the consulent would see only name, fase and the gemeente's own dates.
    await expect(form.getByTestId("consulent-ziet-niet")).toContainText("Begeleidingsplan en scores");
    await form.getByRole("checkbox", { name: /^Voortgang/ }).check();
    await form.getByRole("checkbox", { name: /^Plan en scores/ }).check();
    await form.getByRole("checkbox", { name: /^Opstartfase/ }).check();
    // The form says what the consulent will and will not see, as the boxes are ticked.
    await expect(form.getByTestId("consulent-ziet")).toContainText("Begeleidingsplan en scores");
    await expect(form.getByTestId("consulent-ziet-niet")).toContainText("BSN");
    await expect(form.getByTestId("consulent-ziet-niet")).toContainText("Verslagen van gesprekken");
    await form.getByRole("radio", { name: "Mondeling, met een tolk" }).check();
    // Forgetting the interpreter's language: a Dutch message, nothing saved.
    await form.getByRole("button", { name: "Toestemming vastleggen" }).click();
    await expect(form.getByText("Vul in in welke taal de tolk vertaalde.").first()).toBeVisible();
    await form.getByLabel("In welke taal vertaalde de tolk?").fill("Dari");
    await form.getByRole("button", { name: "Toestemming vastleggen" }).click();
    await expect(page.getByText("De toestemming is vastgelegd.")).toBeVisible();
    await expect(page.getByText("Geldig").first()).toBeVisible();

    await page.getByRole("link", { name: "Rapportage", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Scores per leefgebied" })).toBeVisible();
    await expect(page.getByText(/Niet in de rapportage, want daarvoor is geen toestemming: .*contact/)).toBeVisible();
    await page.getByLabel(/Wil je er iets bij zeggen/).fill(TOELICHTING);
    await page.getByRole("button", { name: "Delen met de consulent" }).click();
    await expect(page.getByText("Versie 1 is gedeeld met de consulent.")).toBeVisible();
    await page.reload();
    const versie = page.getByRole("link", { name: "Versie 1" });
    rapportageUrl = (await versie.getAttribute("href")) ?? "";
    expect(rapportageUrl).toMatch(/^\/rapportages\//);
    await expectNoSeriousA11yViolations(page);
  });

  test("2. de consulent ziet de rapportage en de voortgangsrij met scores", async ({ page }) => {
    await signIn(page, "consulent");
    // The header presents the consulent as working for the gemeente.
    await expect(page.getByRole("banner")).toContainText("Gemeente Den Haag");
    await expect(page.getByRole("banner")).not.toContainText("VluchtelingenWerk");
    const rij = await voortgangRij(page, "Karimi");
    await expect(rij.getByTestId("scores")).not.toContainText("geen toestemming");
    await expect(rij.getByTestId("scores")).toContainText(/Financiën \d/);
    // Afspraken were not shared: that part says so.
    await expect(rij).toContainText("geen toestemming");
    await rij.getByRole("link", { name: "rapportage" }).click();
    await page.getByRole("link", { name: "Versie 1" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Voortgangsrapportage Ahmad Karimi");
    await expect(page.getByText(TOELICHTING)).toBeVisible();
    const pdf = await page.request.get(`/api${rapportageUrl}/pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await expectNoSeriousA11yViolations(page);
  });

  test("3. de begeleider trekt de toestemming in; de consulent ziet niets meer", async ({ page, browser }, testInfo) => {
    const consulent = await nieuweSessie(browser, testInfo, "consulent");
    await consulent.goto(rapportageUrl);
    await expect(consulent.getByText(TOELICHTING)).toBeVisible();

    await signIn(page, "begeleider");
    await openDossier(page, "Ahmad Karimi");
    await page.getByRole("link", { name: "Toestemming", exact: true }).click();
    const intrekken = page.locator("form").filter({ has: page.getByRole("button", { name: "Toestemming intrekken" }) });
    await intrekken.getByRole("button", { name: "Toestemming intrekken" }).click();
    await expect(page.getByText("De toestemming is ingetrokken.")).toBeVisible(TRAAG);
    await expect(page.getByText("Er is niets meer om in te trekken.")).toBeVisible();

    // The consulent's very next requests.
    await consulent.reload();
    await expect(consulent.getByText("Niet gevonden").first()).toBeVisible();
    await expect(consulent.getByText(TOELICHTING)).toHaveCount(0);
    const rij = await voortgangRij(consulent, "Karimi");
    await expect(rij.getByTestId("scores")).toHaveText("geen toestemming");
    await expect(rij.getByRole("link", { name: "rapportage" })).toHaveCount(0);
    await consulent.context().close();
  });

  test("4. de eindoverdracht bij de afronding wordt door de consulent ontvangen", async ({ page, browser }, testInfo) => {
    await signIn(page, "begeleider");
    await openDossier(page, "Khaled Mansour");
    await expect(page.getByRole("heading", { name: "Eindoverdracht" })).toBeVisible();
    await page.getByRole("link", { name: "Eindoverdracht maken" }).click();
    await expect(page.getByRole("radio", { name: /Eindoverdracht/ })).toBeChecked();
    const tekst = page.getByLabel("De overdracht");
    await expect(tekst).toHaveValue(/Eindoverdracht van de maatschappelijke begeleiding van Khaled/);
    await tekst.fill(`${await tekst.inputValue()}\nAfgesproken: Khaled belt zelf de werkcoach.`);
    await page.getByRole("button", { name: "Overdracht versturen" }).click();
    await expect(page.getByText("De overdracht is verstuurd.")).toBeVisible();
    const overdrachtUrl = new URL(page.url()).pathname;

    const consulent = await nieuweSessie(browser, testInfo, "consulent");
    const voorMij = consulent.getByRole("region", { name: /Overdrachten voor jou/ });
    await voorMij.getByRole("link", { name: "Khaled Mansour" }).click();
    await expect(consulent.getByTestId("overdracht-tekst")).toContainText("Khaled belt zelf de werkcoach");
    await consulent.getByRole("button", { name: "Gelezen en ontvangen" }).click();
    await expect(consulent.getByText("Je hebt de overdracht ontvangen.")).toBeVisible();
    await consulent.context().close();

    await page.goto(overdrachtUrl);
    await expect(page.getByText(/Ontvangen op .* door Joost van Leeuwen/)).toBeVisible();
    await page.goto(`/inburgeraars`);
  });

  test("5. een interne overdracht van de opstart staat bovenaan bij de nieuwe begeleider", async ({ page, browser }, testInfo) => {
    await inloggenMet(page, "regeldag@denhaag.wegwijs.test");
    await openDossier(page, "Hiwet Kidane");
    await page.getByRole("navigation", { name: "Onderdelen van het dossier" }).getByRole("link", { name: "Overdrachten", exact: true }).click();
    await expect(page.getByRole("radio", { name: /Interne overdracht/ })).toBeChecked();
    await page.getByLabel("Naar welke collega?").selectOption({ label: "Sanne de Vries (begeleider)" });
    await page.getByRole("button", { name: "Overdracht versturen" }).click();
    await expect(page.getByText("De overdracht is verstuurd.")).toBeVisible();
    // A double click on the form that is already gone: still one overdracht for the dossier.
    await page.goBack();
    await page.reload();
    await expect(page.getByRole("link", { name: /Interne overdracht/ })).toHaveCount(1);

    const sanne = await nieuweSessie(browser, testInfo, "begeleider");
    await sanne.goto("/");
    // First thing on her start page, above her caseload.
    const eerste = sanne.locator("main h2").first();
    await expect(eerste).toHaveText(/Overdrachten voor jou/);
    const voorJou = sanne.getByRole("region", { name: /Overdrachten voor jou/ });
    await expect(voorJou.getByRole("link").first()).toHaveText("Interne overdracht: Hiwet Kidane");
    // And first in the dossier.
    await openDossier(sanne, "Hiwet Kidane");
    // The first heading below the dossier's name: before the person's details.
    await expect(sanne.getByRole("main").getByRole("heading", { level: 2 }).first()).toHaveText("Overdracht voor jou");
    await sanne.getByRole("link", { name: "Interne overdracht" }).first().click();
    await sanne.getByRole("button", { name: "Gelezen en ontvangen" }).click();
    await expect(sanne.getByText("Je hebt de overdracht ontvangen.")).toBeVisible();
    await sanne.goto("/");
    await expect(sanne.getByRole("region", { name: /Overdrachten voor jou/ })).toHaveCount(0);
    await sanne.context().close();
  });
});

test.describe("schermen van de gemeente en het delen", () => {
  test.setTimeout(300_000);
  test("consulent: Voortgang, rapportage en overdrachten", async ({ page }, testInfo) => {
    await signIn(page, "consulent");
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Tijdige start per gemeente" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: testInfo.outputPath("consulent-voortgang.png"), fullPage: true });
    const rij = await voortgangRij(page, "Darwish");
    await rij.getByRole("link", { name: "Layla Darwish" }).click();
    await expect(page.getByRole("heading", { name: "Tijdige start", exact: true })).toBeVisible(TRAAG);
    await page.getByText("Datums van de gemeente invullen").click();
    await page.screenshot({ path: testInfo.outputPath("consulent-dossier.png"), fullPage: true });
    await expectNoSeriousA11yViolations(page);
    await page.goto("/overdrachten");
    await expectNoSeriousA11yViolations(page);
  });

  test("begeleider: toestemming, rapportage, overdracht; teamleider: open overdrachten", async ({ page }, testInfo) => {
    await signIn(page, "begeleider");
    await openDossier(page, "Layla Darwish");
    await page.getByRole("link", { name: "Toestemming", exact: true }).click();
    await page.getByRole("radio", { name: "Getekend formulier" }).check();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: testInfo.outputPath("begeleider-toestemming.png"), fullPage: true });
    await page.getByRole("link", { name: "Rapportage", exact: true }).click();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: testInfo.outputPath("begeleider-rapportage.png"), fullPage: true });
    await page.getByRole("link", { name: "Overdrachten", exact: true }).first().click();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: testInfo.outputPath("begeleider-overdracht.png"), fullPage: true });
    await page.goto("/toestemmingen");
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: testInfo.outputPath("begeleider-toestemmingen.png"), fullPage: true });
    await page.context().clearCookies();
    await signIn(page, "teamleider");
    await expect(page.getByRole("heading", { name: /Open overdrachten/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
