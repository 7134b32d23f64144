import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

test.describe("inloggen met foute invoer", () => {
  test("een leeg formulier geeft meldingen bij de velden", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    // The error summary takes focus and links to each field; each field carries its own message.
    const samenvatting = page.getByRole("main").getByRole("status");
    await expect(samenvatting).toBeFocused();
    await expect(samenvatting.getByRole("link", { name: "Vul je e-mailadres in." })).toBeVisible();
    await expect(samenvatting.getByRole("link", { name: "Vul je wachtwoord in." })).toBeVisible();
    await expect(page.getByLabel("E-mailadres", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("E-mailadres", { exact: true })).toHaveAccessibleDescription("Vul je e-mailadres in.");
    await expect(page.getByLabel("Wachtwoord", { exact: true })).toHaveAccessibleDescription("Vul je wachtwoord in.");
    await expectNoSeriousA11yViolations(page);
  });

  test("een verkeerd wachtwoord geeft een duidelijke melding", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("E-mailadres", { exact: true }).fill("bestaat-niet@denhaag.wegwijs.test");
    await page.getByLabel("Wachtwoord", { exact: true }).fill("verkeerd-wachtwoord");
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Het e-mailadres of wachtwoord klopt niet.");
    await expect(page.getByRole("main").getByRole("status")).toBeFocused();
    await expect(page).toHaveURL(/\/login/);
  });

  test("heel lange invoer wordt netjes geweigerd", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("E-mailadres", { exact: true }).fill(`${"a".repeat(300)}@voorbeeld.nl`);
    await page.getByLabel("Wachtwoord", { exact: true }).fill("x".repeat(5000));
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(page.getByLabel("E-mailadres", { exact: true })).toHaveAccessibleDescription("Dit e-mailadres is te lang.");
    await expect(page.getByLabel("Wachtwoord", { exact: true })).toHaveAccessibleDescription("Dit wachtwoord is te lang.");
  });

  test("na te veel mislukte pogingen is het account tijdelijk geblokkeerd", async ({ page }, testInfo) => {
    // A different seeded account per project, so the phone and desktop runs don't share a lock-out.
    const email = testInfo.project.name === "phone" ? "begeleider@roermond.wegwijs.test" : "teamleider@roermond.wegwijs.test";
    await page.goto("/login");
    await page.getByLabel("E-mailadres", { exact: true }).fill(email);
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("Wachtwoord", { exact: true }).fill(`fout-${i}`);
      await page.getByRole("button", { name: "Inloggen", exact: true }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText("Het e-mailadres of wachtwoord klopt niet.");
      await expect(page.getByRole("button", { name: "Inloggen", exact: true })).toBeEnabled();
    }
    await page.getByLabel("Wachtwoord", { exact: true }).fill("Wegwijs-demo-2026");
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("Te veel mislukte pogingen voor dit account");
    await expect(page).toHaveURL(/\/login/);
  });

  test("zonder inloggen kom je niet in de app en niet in de API van een dossier", async ({ page, request }) => {
    await page.goto("/beheer/gemeenten");
    await expect(page).toHaveURL(/\/login/);
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", database: { ok: true }, migrations: { ok: true } });
  });
});
