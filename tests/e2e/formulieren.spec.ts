import type { Locator, Page } from "@playwright/test";
import { plusDagen } from "../../lib/tijd";
import { expect, signIn, test } from "./fixtures";
import { datums, uniek } from "./helpers";

/**
 * The error summary of every form (GOV.UK pattern, issue 6): after a failed
 * submit it takes focus and links to each field with an error, a link moves
 * focus to its field, and after a success the confirmation is in view.
 * Shown on the aanmeld form (nested household rows included) and the plan form.
 */
test.describe.configure({ mode: "serial" });

test.beforeEach(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "Formulieren worden op de telefoon getest.");
});

const { vandaag, dagInVorigeMaand } = datums();
const naam = { voornaam: "Formtest", achternaam: `E2E-${uniek()}` };
let dossierUrl = "";

/** The summary links to exactly the fields marked invalid: one link per field error. */
async function expectSamenvatting(form: Locator) {
  const samenvatting = form.getByRole("status");
  await expect(samenvatting).toBeFocused();
  await expect(samenvatting).toContainText("Controleer de gemarkeerde velden.");
  const links = samenvatting.getByRole("link");
  await expect(links.first()).toBeVisible();
  expect(await links.count()).toBe(await form.locator('[aria-invalid="true"]').count());
  return samenvatting;
}

const aanmeldForm = (page: Page) => page.getByRole("main").locator("form");

test("aanmelden met foute invoer: de samenvatting krijgt focus en brengt je naar elk veld", { tag: "@smoke" }, async ({ page }) => {
  await signIn(page, "begeleider");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Aanmelden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inburgeraar aanmelden" })).toBeVisible();
  const form = aanmeldForm(page);
  const persoon = form.getByRole("group", { name: "Persoon" });

  // 1. Empty form: the summary takes focus and a link leads to its field.
  await form.getByRole("button", { name: "Aanmelden", exact: true }).click();
  const samenvatting = await expectSamenvatting(form);
  await expect(samenvatting.getByRole("link", { name: "Vul de voornaam in." })).toBeVisible();
  await samenvatting.getByRole("link", { name: "Vul de achternaam in." }).click();
  await expect(persoon.getByLabel("Achternaam", { exact: true })).toBeFocused();

  // 2. The person is right, but a household member is born tomorrow: the link leads into that row.
  await persoon.getByLabel("Voornaam", { exact: true }).fill(naam.voornaam);
  await persoon.getByLabel("Achternaam", { exact: true }).fill(naam.achternaam);
  await persoon.getByLabel("Geboortedatum", { exact: true }).fill("1990-06-01");
  await form.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Den Haag" });
  await form.getByLabel("Verblijfsvergunning").selectOption({ label: "Asiel, bepaalde tijd" });
  await form.getByRole("group", { name: "Datums", exact: true }).getByLabel("Koppeling aan de gemeente").fill(dagInVorigeMaand(2));
  const rij = form.getByRole("group", { name: "Gezinslid 1" });
  await rij.getByLabel("Voornaam").fill("Testkind");
  await rij.getByLabel("Geboortedatum").fill(plusDagen(vandaag, 1));
  await form.getByRole("button", { name: "Aanmelden", exact: true }).click();
  await expectSamenvatting(form);
  await expect(rij.getByLabel("Geboortedatum")).toHaveAccessibleDescription("De geboortedatum moet in het verleden liggen.");
  await form.getByRole("status").getByRole("link", { name: "De geboortedatum moet in het verleden liggen." }).click();
  await expect(rij.getByLabel("Geboortedatum")).toBeFocused();
  // What was typed is still there.
  await expect(persoon.getByLabel("Achternaam", { exact: true })).toHaveValue(naam.achternaam);

  // 3. Corrected: the dossier is made.
  await rij.getByLabel("Geboortedatum").fill("2019-03-04");
  await form.getByRole("button", { name: "Aanmelden", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${naam.voornaam} ${naam.achternaam}` })).toBeVisible();
  dossierUrl = page.url();
});

test("afspraak plannen: eerst foute invoer met samenvatting, daarna de bevestiging in beeld", async ({ page }) => {
  test.skip(!dossierUrl, "Het dossier uit de vorige test ontbreekt.");
  await signIn(page, "begeleider");
  await page.goto(dossierUrl);
  await page.getByRole("navigation", { name: "Onderdelen van het dossier" }).getByRole("link", { name: "Afspraken" }).click();
  await page.locator("summary", { hasText: "Afspraak plannen" }).click();
  const plan = page.getByRole("form", { name: "Afspraak plannen" });

  // No date and a duration of 0 minutes.
  await plan.getByLabel("Duur (minuten)").fill("0");
  await plan.getByRole("button", { name: "Afspraak plannen" }).click();
  const samenvatting = await expectSamenvatting(plan);
  await expect(plan.getByLabel("Datum")).toHaveAttribute("aria-invalid", "true");
  await expect(plan.getByLabel("Duur (minuten)")).toHaveAttribute("aria-invalid", "true");
  const duurLink = samenvatting.getByRole("link", { name: /minstens 5 minuten/ });
  await expect(duurLink).toHaveCount(1);
  await duurLink.click();
  await expect(plan.getByLabel("Duur (minuten)")).toBeFocused();

  // Corrected: the confirmation is in view and has focus.
  await plan.getByLabel("Datum").fill(plusDagen(vandaag, 2));
  await plan.getByLabel("Duur (minuten)").fill("30");
  await plan.getByRole("button", { name: "Afspraak plannen" }).click();
  const bevestiging = plan.getByRole("status");
  await expect(bevestiging).toHaveText("De afspraak is gepland.");
  await expect(bevestiging).toBeInViewport();
  await expect(bevestiging).toBeFocused();
  await expect(plan.getByRole("link")).toHaveCount(0);
});
