import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/seed/accounts";

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
  const account = DEMO_ACCOUNTS[role];
  await page.goto("/login");
  await page.getByLabel("E-mailadres", { exact: true }).fill(account.email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  // Password hashing on a cold server of a loaded 2-core machine can take well over 10 s.
  await expect(page).not.toHaveURL(/\/login(\?|$)/, { timeout: 60_000 });
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
