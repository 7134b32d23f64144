import AxeBuilder from "@axe-core/playwright";
import { request as playwrightRequest, test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/seed/accounts";
import { demoTweestapsCode } from "../../lib/seed/demo-tweestaps";

export { expect };

export type DemoRole = keyof typeof DEMO_ACCOUNTS;

/**
 * Playwright's `test`, with one addition: an uncaught error in the page
 * (a crashed client component, a hydration failure) fails the test.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await use(page);
    expect(errors, "onafgevangen fouten in de pagina").toEqual([]);
  },
});

/** Sign in through the login form with a seeded demo account. */
export async function signIn(page: Page, role: DemoRole) {
  await signInMet(page, DEMO_ACCOUNTS[role].email);
}

/**
 * Sign in through the login form with any seeded address (all have the demo
 * password). When Wegwijs asks for the code from the authenticator app, the
 * demo account's code is computed from its published demo secret
 * (lib/seed/demo-tweestaps.ts), as `npm run demo:code` does.
 */
export async function signInMet(page: Page, email: string, wachtwoord = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("E-mailadres", { exact: true }).fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(wachtwoord);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  // Password hashing on a cold server of a loaded 2-core machine can take well over 10 s.
  // After signing in the form loads the start page (a full page load), which sends a session
  // that must still give its code to /tweestaps.
  await page.waitForURL((u) => u.pathname !== "/login", { timeout: 60_000 });
  if (new URL(page.url()).pathname === "/tweestaps") await geefCode(page, demoTweestapsCode(email));
}

/** The second step: fills the code (or a recovery code) and waits until the app lets the session in. */
export async function geefCode(page: Page, code: string) {
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Verder", exact: true }).click();
  await page.waitForURL((u) => u.pathname !== "/tweestaps", { timeout: 60_000 });
}

/** The code an authenticator app shows for a secret (base32) at a moment; +30 s is the next code. */
export function codeVoor(geheim: string, moment = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(geheim.replace(/\s/g, "")), digits: 6, period: 30, algorithm: "SHA1" }).generate({ timestamp: moment });
}

/**
 * On /tweestaps/instellen: reads the key as a person would type it over, gives
 * the app's code, and returns the key and the recovery codes shown once.
 */
export async function stelTweestapsIn(page: Page): Promise<{ geheim: string; herstelcodes: string[] }> {
  await page.getByText("Lukt scannen niet? Typ dan deze sleutel over").click();
  const geheim = ((await page.getByTestId("tweestaps-sleutel").textContent()) ?? "").replace(/\s/g, "");
  expect(geheim).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel("Code uit je app", { exact: true }).fill(codeVoor(geheim));
  await page.getByRole("button", { name: "App koppelen", exact: true }).click();
  const lijst = page.getByRole("list", { name: "Herstelcodes" });
  await expect(lijst).toBeVisible({ timeout: 30_000 });
  const herstelcodes = (await lijst.getByRole("listitem").allTextContents()).map((c) => c.trim());
  expect(herstelcodes).toHaveLength(10);
  return { geheim, herstelcodes };
}

/**
 * Sign in over HTTP (no browser) with next-auth's credentials endpoint. The
 * demo code goes along with the password (the endpoint checks it with the same
 * limit as the /tweestaps page; an account without the app ignores it);
 * `metCode: false` leaves a session that must still give it.
 */
export async function inloggenOverHttp(
  baseURL: string,
  email: string,
  wachtwoord = DEMO_PASSWORD,
  opties: { metCode?: boolean } = {},
): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const form: Record<string, string> = { csrfToken, email, password: wachtwoord, callbackUrl: `${baseURL}/`, json: "true" };
  if (opties.metCode !== false) form.code = demoTweestapsCode(email);
  const antwoord = await ctx.post("/api/auth/callback/credentials", { form, maxRedirects: 0 });
  expect(antwoord.status(), `inloggen als ${email}`).toBeLessThan(400);
  const cookies = (await ctx.storageState()).cookies.map((c) => c.name);
  expect(cookies, `sessiecookie voor ${email}`).toContain("next-auth.session-token");
  return ctx;
}

/** axe-core on the current page: fails on serious or critical WCAG 2.1 A/AA violations. */
export async function expectNoSeriousA11yViolations(page: Page, options: { exclude?: string[] } = {}) {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
  expect(serious, `toegankelijkheid (axe) op ${page.url()}`).toEqual([]);
}
