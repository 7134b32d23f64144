import type { Browser, BrowserContext } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/seed/accounts";
import { expect, signIn, test } from "./fixtures";

/**
 * Signing out goes through next-auth's own endpoint (components/shell/uitloggen.ts,
 * without next-auth/react): the server must end the session, not only the
 * browser forget it. So each test keeps a copy of the session cookie from
 * before signing out and shows that the copy no longer opens Wegwijs: the
 * session row was revoked by `events.signOut` (lib/auth/options.ts).
 */
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "één keer (desktop)");
});

/** A second browser with a copy of the cookies of `context`. */
async function metKopie(browser: Browser, context: BrowserContext) {
  return browser.newContext({ storageState: await context.storageState() });
}

test("Uitloggen beëindigt de sessie op de server: een bewaarde kopie van het cookie werkt daarna niet meer", async ({ page, browser }) => {
  await signIn(page, "consulent");
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();

  // Before: a second browser with the same cookie is signed in.
  const voor = await metKopie(browser, page.context());
  const voorPagina = await voor.newPage();
  await voorPagina.goto("/account");
  await expect(voorPagina).toHaveURL(/\/account$/);

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible({ timeout: 30_000 });

  // After: the same cookie, kept aside, opens the login page.
  await voorPagina.goto("/account");
  await expect(voorPagina).toHaveURL(/\/login/);
  await voor.close();
});

test("'Stoppen en uitloggen' bij de code uit de app beëindigt de half ingelogde sessie", async ({ page, browser }) => {
  await page.goto("/login");
  await page.getByLabel("E-mailadres", { exact: true }).fill(DEMO_ACCOUNTS.teamleider.email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await page.waitForURL(/\/tweestaps$/, { timeout: 60_000 });

  const voor = await metKopie(browser, page.context());
  const voorPagina = await voor.newPage();
  await voorPagina.goto("/tweestaps");
  await expect(voorPagina.getByRole("heading", { level: 1, name: "Code uit je app" })).toBeVisible();

  await page.getByRole("button", { name: "Stoppen en uitloggen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible({ timeout: 30_000 });

  await voorPagina.goto("/tweestaps");
  await expect(voorPagina).toHaveURL(/\/login/);
  await voor.close();
});
