/**
 * Issue 12 — two-factor sign-in, as a new begeleider experiences it:
 *  1. the beheerder makes the account; at the first sign-in the new begeleider
 *     chooses a password and is then made to set up an authenticator app
 *     (key typed over from the page, code computed like an app does), and sees
 *     ten recovery codes once;
 *  2. the next sign-in asks for the code: a wrong one gets a Dutch message, the
 *     right one lets them in;
 *  3. a recovery code works once: the second time it is refused;
 *  4. "Overal uitloggen" on Mijn account ends the session;
 *  5. the beheerder resets it, and the next sign-in sets the app up again.
 * It changes accounts, so it runs once (desktop).
 */
import { DEMO_PASSWORD } from "../../lib/seed/accounts";
import { codeVoor, expect, expectNoSeriousA11yViolations, geefCode, signIn, stelTweestapsIn, test } from "./fixtures";
import { uniek } from "./helpers";
import type { Page } from "@playwright/test";

test.describe.configure({ mode: "serial", timeout: 180_000 });

const tag = uniek();
const naam = `Tweestaps Testpersoon ${tag}`;
const email = `tweestaps.${tag.toLowerCase()}@denhaag.wegwijs.test`;
const wachtwoord = `Een-eigen-lang-wachtwoord-${tag}`;
let geheim = "";
let herstelcodes: string[] = [];

async function inloggenTotCode(page: Page, metWachtwoord = wachtwoord) {
  await page.goto("/login");
  await page.getByLabel("E-mailadres", { exact: true }).fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(metWachtwoord);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await page.waitForURL((u) => u.pathname !== "/login", { timeout: 60_000 });
}

async function uitloggen(page: Page) {
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/, { timeout: 30_000 });
}

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "verandert accounts: één keer (desktop)");
});

test("1. een nieuwe begeleider kiest een wachtwoord en moet dan de app instellen; de herstelcodes staan er één keer", async ({ page, browser }) => {
  await signIn(page, "beheerder");
  await page.getByText("Nieuw account aanmaken").click();
  await page.getByLabel("Naam").fill(naam);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Rol").selectOption({ label: "Begeleider" });
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByText(`Account voor ${naam} is aangemaakt.`)).toBeVisible();
  const tijdelijk = (await page.locator("strong.font-mono").first().textContent())!.trim();

  const context = await browser.newContext({ ...test.info().project.use, baseURL: test.info().project.use.baseURL });
  const nieuw = await context.newPage();
  await inloggenTotCode(nieuw, tijdelijk);
  await expect(nieuw.getByRole("heading", { level: 1, name: "Wachtwoord wijzigen" })).toBeVisible();
  // Before the app is set up, nothing else opens: not a page, not the start page.
  await nieuw.goto("/agenda");
  await expect(nieuw).toHaveURL(/\/wachtwoord$/);
  await nieuw.getByLabel("Huidig (tijdelijk) wachtwoord").fill(tijdelijk);
  await nieuw.getByLabel("Nieuw wachtwoord", { exact: true }).fill(wachtwoord);
  await nieuw.getByLabel("Herhaal nieuw wachtwoord").fill(wachtwoord);
  await nieuw.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  // The password is saved, and the next step follows at once: setting up the app.
  await expect(nieuw.getByRole("heading", { level: 1, name: "Inloggen in twee stappen" })).toBeVisible();
  await expect(nieuw.getByRole("img", { name: "QR-code om Wegwijs aan je app toe te voegen" })).toBeVisible();
  await expectNoSeriousA11yViolations(nieuw);
  await nieuw.goto("/agenda");
  await expect(nieuw).toHaveURL(/\/tweestaps\/instellen$/);
  // A wrong code: a Dutch message, nothing set up.
  await nieuw.getByLabel("Code uit je app", { exact: true }).fill("12345");
  await nieuw.getByRole("button", { name: "App koppelen", exact: true }).click();
  await expect(nieuw.getByLabel("Code uit je app", { exact: true })).toHaveAccessibleDescription("Vul de code van 6 cijfers uit je app in.");

  ({ geheim, herstelcodes } = await stelTweestapsIn(nieuw));
  await expect(nieuw.getByText("Je app is gekoppeld. Bewaar nu je herstelcodes.")).toBeVisible();
  await nieuw.getByRole("link", { name: "Ik heb ze bewaard: verder naar Wegwijs" }).click();
  await expect(nieuw.getByRole("heading", { level: 1, name: "Mijn inburgeraars" })).toBeVisible();
  await context.close();
});

test("2. de volgende keer vraagt Wegwijs de code uit de app", async ({ page }) => {
  await inloggenTotCode(page);
  await expect(page).toHaveURL(/\/tweestaps$/);
  await expect(page.getByRole("heading", { level: 1, name: "Code uit je app" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // Without the code, no page of the app opens.
  await page.goto("/inburgeraars");
  await expect(page).toHaveURL(/\/tweestaps$/);
  await page.getByLabel("Code", { exact: true }).fill("000000" === codeVoor(geheim) ? "111111" : "000000");
  await page.getByRole("button", { name: "Verder", exact: true }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Deze code klopt niet.");
  await expect(page).toHaveURL(/\/tweestaps$/);
  // The code the app shows next (the one used to set it up was spent: a code works once).
  await geefCode(page, codeVoor(geheim, Date.now() + 30_000));
  await expect(page.getByRole("heading", { level: 1, name: "Mijn inburgeraars" })).toBeVisible();
  await uitloggen(page);
});

test("3. een herstelcode werkt één keer; 4. overal uitloggen", async ({ page }) => {
  await inloggenTotCode(page);
  await geefCode(page, herstelcodes[0]!);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("Je hebt nog 9 herstelcodes.", { exact: false })).toBeVisible();
  await expect(page.getByRole("list", { name: "Actieve sessies" }).getByText("(dit apparaat)")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Overal uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/, { timeout: 30_000 });
  await page.goto("/inburgeraars");
  await expect(page).toHaveURL(/\/login/);

  await inloggenTotCode(page);
  await page.getByLabel("Code", { exact: true }).fill(herstelcodes[0]!);
  await page.getByRole("button", { name: "Verder", exact: true }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Deze code klopt niet.");
  await expect(page).toHaveURL(/\/tweestaps$/);
});

test("5. de beheerder reset het; bij het volgende inloggen stelt de begeleider de app opnieuw in", async ({ page, browser }) => {
  await signIn(page, "beheerder");
  await page.getByRole("link", { name: `Gegevens wijzigen: ${naam}` }).click();
  await expect(page.getByText("Ingesteld op", { exact: false })).toBeVisible();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: `Inloggen in twee stappen resetten: ${naam}` }).click();
  await expect(page.getByText(`Inloggen in twee stappen van ${naam} is gereset.`, { exact: false })).toBeVisible();
  await expect(page.getByText("Niet ingesteld.")).toBeVisible();

  const context = await browser.newContext({ ...test.info().project.use, baseURL: test.info().project.use.baseURL });
  const opnieuw = await context.newPage();
  await inloggenTotCode(opnieuw);
  await expect(opnieuw).toHaveURL(/\/tweestaps\/instellen$/);
  await stelTweestapsIn(opnieuw);
  await context.close();
  expect(DEMO_PASSWORD).not.toBe(wachtwoord);
});
