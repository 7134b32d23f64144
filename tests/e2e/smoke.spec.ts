import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

test("de inlogpagina laadt en is toegankelijk", { tag: "@smoke" }, async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Inloggen", level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
