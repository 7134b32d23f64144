import { DEMO_PASSWORD } from "../../lib/seed/accounts";
import { expect, expectNoSeriousA11yViolations, signIn, stelTweestapsIn, test } from "./fixtures";
import { teamLijst, uniek } from "./helpers";

test.describe("teamleider", () => {
  // Assigning changes who is still waiting; one project is enough and keeps the run repeatable.
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "alleen op desktop");
  });

  test("koppelt iemand zonder maatje aan een vrijwilliger met een vrije plek", async ({ page }) => {
    await signIn(page, "teamleider");
    // The Inburgeraars list, filtered on the server to people without a maatje.
    await page.goto("/inburgeraars?zonder=maatje");
    // The first dossier link of the list (each person's name links to the dossier).
    const persoon = teamLijst(page).getByRole("listitem").first().getByRole("link").first();
    const naam = (await persoon.textContent())!.trim();
    await persoon.click();

    await expect(page.getByRole("heading", { level: 1, name: naam })).toBeVisible();
    await page.getByRole("link", { name: "Begeleiders en maatje" }).click();
    await expect(page.getByRole("link", { name: "Begeleiders en maatje" })).toHaveAttribute("aria-current", "page");
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("radio", { name: "Maatje" }).check();
    const vrijwilliger = page.getByLabel("Vrijwilliger", { exact: true });
    // The first volunteer who is not full (disabled) and needs no exception ("niet voorgesteld" is in the option text).
    const opties = await vrijwilliger.locator("option:not([disabled])").allTextContents();
    const keuze = opties.find((o) => !o.includes("niet voorgesteld"));
    expect(keuze, "een vrijwilliger met een vrije plek").toBeTruthy();
    await vrijwilliger.selectOption({ label: keuze! });
    await page.getByLabel("Reden of toelichting (niet verplicht)").fill("Spreekt dezelfde taal");
    await page.getByRole("button", { name: "Toewijzen" }).click();

    await expect(page.getByText("De toewijzing is opgeslagen.")).toBeVisible();
    const vrijwilligerNaam = keuze!.split(" (")[0]!;
    const betrokken = page.getByRole("region", { name: "Nu betrokken" }).or(page.locator("section", { hasText: "Nu betrokken" }));
    await expect(betrokken.getByText(vrijwilligerNaam, { exact: true })).toBeVisible();
    await expect(page.getByText(`Maatje: ${vrijwilligerNaam}`)).toBeVisible();

    // The timeline on Overzicht tells what happened.
    await page.getByRole("link", { name: "Overzicht" }).click();
    await expect(page.getByText(`${vrijwilligerNaam} is nu maatje.`)).toBeVisible();
  });
});

test.describe("beheerder", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "alleen op de telefoon");
  });

  test("maakt een account; de nieuwe gebruiker kiest bij de eerste keer een eigen wachtwoord", async ({ page, browser }) => {
    await signIn(page, "beheerder");
    await page.getByText("Nieuw account aanmaken").click();
    // Bad input first: nothing is created.
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(page.getByLabel("Naam")).toHaveAccessibleDescription("Vul de naam in (minstens 2 tekens).");
    await expect(page.getByLabel("Rol")).toHaveAccessibleDescription("Kies een rol.");

    const email = `nieuwe.begeleider.${uniek().toLowerCase()}@denhaag.wegwijs.test`;
    await page.getByLabel("Naam").fill("Testbegeleider Fictief");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Rol").selectOption({ label: "Begeleider" });
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(page.getByText("Account voor Testbegeleider Fictief is aangemaakt.")).toBeVisible();
    const tijdelijk = (await page.locator("strong.font-mono").first().textContent())!.trim();
    expect(tijdelijk).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    await expectNoSeriousA11yViolations(page);

    const context = await browser.newContext({ ...test.info().project.use, baseURL: test.info().project.use.baseURL });
    const nieuw = await context.newPage();
    await nieuw.goto("/login");
    await nieuw.getByLabel("E-mailadres", { exact: true }).fill(email);
    await nieuw.getByLabel("Wachtwoord", { exact: true }).fill(tijdelijk);
    await nieuw.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(nieuw.getByRole("heading", { level: 1, name: "Wachtwoord wijzigen" })).toBeVisible();
    await nieuw.getByLabel("Huidig (tijdelijk) wachtwoord").fill(tijdelijk);
    await nieuw.getByLabel("Nieuw wachtwoord", { exact: true }).fill("kort");
    await nieuw.getByLabel("Herhaal nieuw wachtwoord").fill("kort");
    await nieuw.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(nieuw.getByRole("link", { name: "Kies een wachtwoord van minstens 12 tekens." })).toBeVisible();
    await nieuw.getByLabel("Huidig (tijdelijk) wachtwoord").fill(tijdelijk);
    await nieuw.getByLabel("Nieuw wachtwoord", { exact: true }).fill("Een-eigen-lang-wachtwoord-7");
    await nieuw.getByLabel("Herhaal nieuw wachtwoord").fill("Een-eigen-lang-wachtwoord-7");
    await nieuw.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    // A begeleider must sign in in two steps (issue 12): once the password is saved, the app is set up, before anything else.
    await expect(nieuw.getByRole("heading", { level: 1, name: "Inloggen in twee stappen" })).toBeVisible();
    await stelTweestapsIn(nieuw);
    await nieuw.getByRole("link", { name: "Ik heb ze bewaard: verder naar Wegwijs" }).click();
    await expect(nieuw.getByRole("heading", { level: 1, name: "Mijn inburgeraars" })).toBeVisible();
    await context.close();
    expect(DEMO_PASSWORD).not.toBe(tijdelijk);
  });

  test("past de instellingen van een gemeente aan; foute invoer verandert niets", async ({ page }) => {
    await signIn(page, "beheerder");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Gemeenten" }).click();
    await page.getByRole("link", { name: "Den Haag" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Instellingen Den Haag" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel("Looptijd (maanden)").fill("0");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByLabel("Looptijd (maanden)")).toHaveAccessibleDescription("looptijd moet minstens 1 zijn.");
    // What was typed stays next to its message, so it can be corrected.
    await expect(page.getByLabel("Looptijd (maanden)")).toHaveValue("0");

    await page.reload();
    const norm = page.getByLabel("Contactnorm (dagen zonder contact)");
    const oud = await norm.inputValue();
    const nieuw = String(Number(oud) === 28 ? 21 : 28);
    await norm.fill(nieuw);
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText("De instellingen zijn opgeslagen.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Contactnorm (dagen zonder contact)")).toHaveValue(nieuw);
    await expect(page.getByLabel("Looptijd (maanden)")).not.toHaveValue("0");

    // The change is in the audit log, which the beheerder can read but not change.
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Auditlog" }).click();
    await page.getByLabel("Soort").selectOption({ label: "Gemeente-instellingen" });
    await page.getByRole("button", { name: "Toon" }).click();
    // In plain words, with the new norm — never the event's code.
    await expect(page.getByText(`contactnorm ${nieuw} dagen`).first()).toBeVisible();
    await expect(page.getByText("gemeente.instellingen-gewijzigd")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });
});
