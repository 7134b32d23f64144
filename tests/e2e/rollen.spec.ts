import { DEMO_ACCOUNTS } from "../../lib/seed/accounts";
import { expect, expectNoSeriousA11yViolations, signIn, test, type DemoRole } from "./fixtures";
import { caseloadLijst, voortgangLijst } from "./helpers";

/** What each role sees first after signing in (the seeded demo data). */
const HOME: Record<DemoRole, { heading: string; check: (page: import("@playwright/test").Page) => Promise<void> }> = {
  begeleider: {
    heading: "Mijn inburgeraars",
    check: async (page) => {
      await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Aanmelden" })).toBeVisible();
      await expect(page.getByRole("link", { name: /\w+ \w+/ }).first()).toBeVisible();
      // The caseload: one named list, a dossier link in each item.
      await expect(caseloadLijst(page).getByRole("listitem").first().getByRole("link").first()).toBeVisible();
    },
  },
  vrijwilliger: {
    heading: "Mijn maatjes",
    check: async (page) => {
      await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Aanmelden" })).toHaveCount(0);
      await expect(caseloadLijst(page, "Mijn maatjes").getByRole("listitem").first().getByRole("link").first()).toBeVisible();
    },
  },
  teamleider: {
    heading: "Team",
    check: async (page) => {
      // The desk: who waits (Farid has nobody yet), who to call, who was not seen, what to decide.
      await expect(page.getByRole("region", { name: /Wachtlijst/ }).getByRole("link", { name: "Farid Rahimi" })).toBeVisible();
      await expect(page.getByRole("region", { name: /Bellijst/ })).toBeVisible();
    },
  },
  consulent: {
    heading: "Voortgang",
    check: async (page) => {
      // Everyone in the consulent's gemeente, each on a row of the Voortgang list.
      await expect(voortgangLijst(page).getByTestId("voortgang-rij").first()).toBeVisible();
      await expect(page.getByRole("main").getByText("Den Haag").filter({ visible: true }).first()).toBeVisible();
    },
  },
  beheerder: {
    heading: "Gebruikers",
    check: async (page) => {
      await expect(page.getByText(DEMO_ACCOUNTS.begeleider.email)).toBeVisible();
    },
  },
};

for (const role of Object.keys(HOME) as DemoRole[]) {
  test(`${role}: inloggen komt uit op de eigen startpagina`, { tag: "@smoke" }, async ({ page }, testInfo) => {
    await signIn(page, role);
    await expect(page.getByRole("heading", { level: 1, name: HOME[role].heading })).toBeVisible();
    await expect(page.getByText(DEMO_ACCOUNTS[role].naam).first()).toBeVisible();
    await HOME[role].check(page);
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: testInfo.outputPath(`start-${role}.png`), fullPage: true });

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
    // After signing out the app is closed again.
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });
}
