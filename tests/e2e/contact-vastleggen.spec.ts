import path from "node:path";
import type { Locator, Page, TestInfo } from "@playwright/test";
import { isoWeek } from "../../lib/afspraak/rules";
import { formatDatumKort, plusDagen, vandaag } from "../../lib/tijd";
import { expect, expectNoSeriousA11yViolations, signIn, test } from "./fixtures";
import { caseloadItem, caseloadLijst, nieuweSessie, uniek } from "./helpers";

/**
 * Issue 7 on a Pixel 7 (412×915): contact vastleggen from the caseload in a
 * handful of taps on one screen, "volgend contact" in caseload and agenda,
 * working without a connection (queue on the device, one contact even when an
 * answer got lost, a conflict instead of an overwrite), the checklist by tap
 * with undo, and the phone layout at 360 px.
 *
 * Steps are counted, not timed: every tap goes through `tik`, every typed field through `typ`.
 */
// Long journeys on a shared 2-core machine: more time than the default minute.
test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeEach(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "Contact vastleggen meten we op de telefoon.");
});

/** A seeded dossier of the demo begeleider in the opstartfase, with a checklist (lib/seed/data.ts). */
const OPSTART_DOSSIER = "Rania Sabbagh";

const stappen = { tikken: 0, getypt: 0 };
async function tik(doel: Locator) {
  stappen.tikken += 1;
  await doel.click();
}
async function typ(veld: Locator, tekst: string) {
  stappen.getypt += 1;
  await veld.fill(tekst);
}

const formulier = (page: Page) => page.getByRole("form", { name: "Contact vastleggen" });
const chip = (scope: Locator, naam: string) => scope.locator("label").filter({ has: scope.page().getByRole("radio", { name: naam, exact: true }) });
const wachtrij = (page: Page) => page.getByRole("region", { name: "Nog niet verstuurd" });

async function schermafdruk(page: Page, testInfo: TestInfo, naam: string, volledig = false) {
  const bestand = testInfo.outputPath(`${naam}.png`);
  await page.screenshot({ path: bestand, fullPage: volledig });
  await testInfo.attach(naam, { path: bestand, contentType: "image/png" });
}

/** The caseload card of a person (phone layout: cards). */
const kaart = caseloadItem;

/** A person of the demo begeleider without a planned afspraak: their card says "Niets gepland". */
async function iemandZonderAfspraak(page: Page): Promise<string> {
  const kaartZonder = caseloadLijst(page).getByRole("listitem").filter({ hasText: "Niets gepland" }).first();
  await expect(kaartZonder).toBeVisible();
  return (await kaartZonder.getByRole("link").first().innerText()).trim();
}

/** Any person of the demo begeleider (the first card). */
async function iemand(page: Page): Promise<string> {
  const eerste = caseloadLijst(page).getByRole("listitem").first();
  await expect(eerste).toBeVisible();
  return (await eerste.getByRole("link").first().innerText()).trim();
}

/** The contacts in a dossier's "Eerdere contacten" whose verslag is `verslag` (what the database holds). */
async function aantalContacten(page: Page, dossierUrl: string, verslag: string): Promise<number> {
  await page.goto(`${dossierUrl}/afspraken`);
  const eerder = page.getByRole("region", { name: "Eerdere contacten" });
  await expect(eerder).toBeVisible();
  return eerder.getByRole("listitem").filter({ hasText: verslag }).count();
}

test("vanuit de caseload een huisbezoek vastleggen: hoogstens 5 tikken en 1 getypt veld, alles op één scherm", async ({ page }, testInfo) => {
  await signIn(page, "begeleider");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn inburgeraars" })).toBeVisible();
  const naam = await iemandZonderAfspraak(page);
  await expectNoSeriousA11yViolations(page);
  stappen.tikken = 0;
  stappen.getypt = 0;

  // 1. The card's own button.
  await tik(kaart(page, naam).getByRole("link", { name: new RegExp(`^Contact vastleggen`) }));
  await expect(page.getByRole("heading", { level: 1, name: "Contact vastleggen" })).toBeVisible();
  const form = formulier(page);
  const verslagVeld = form.getByLabel("Kort verslag");
  const opslaan = form.getByRole("button", { name: "Contact opslaan" });
  // Without scrolling (the test never scrolls): the heading, the whole form up to the verslag, and the save button.
  await expect(page.getByRole("heading", { level: 1, name: "Contact vastleggen" })).toBeInViewport();
  await expect(form.getByRole("group", { name: "Soort contact" })).toBeInViewport();
  await expect(form.getByLabel("Datum", { exact: true }).first()).toBeInViewport();
  await expect(form.getByLabel("Begin")).toBeInViewport();
  await expect(form.getByRole("checkbox", { name: "Met tolk" })).toBeInViewport();
  await expect(form.getByRole("group", { name: "Besproken leefgebieden" })).toBeInViewport();
  await expect(verslagVeld).toBeInViewport({ ratio: 1 });
  await expect(opslaan).toBeInViewport({ ratio: 1 });
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "contact-vastleggen-telefoon");
  if (process.env.UPDATE_README_SCREENSHOT === "1") {
    await page.screenshot({ path: path.resolve(testInfo.config.rootDir, "../../docs/contact-vastleggen-telefoon.png") });
  }

  // 2. Huisbezoek (the begeleider's last type for this person may be another one).
  await tik(chip(form, "Huisbezoek"));
  await expect(form.getByRole("radio", { name: "Huisbezoek", exact: true })).toBeChecked();
  // 3. The verslag: the one typed field.
  const verslag = `Huisbezoek: post en huur doorgenomen ${uniek()}.`;
  await tik(verslagVeld);
  await typ(verslagVeld, verslag);
  // 4. Volgend contact over een week.
  await tik(form.getByRole("button", { name: "Over 1 week" }));
  const volgendDatum = await form.getByLabel("Datum", { exact: true }).nth(1).inputValue();
  const volgendTijd = await form.getByLabel("Tijd", { exact: true }).inputValue();
  expect(volgendDatum).toBe(plusDagen(await form.getByLabel("Datum", { exact: true }).first().inputValue(), 7));
  // 5. Save.
  await tik(opslaan);

  const bevestiging = page.getByText("Het contact is vastgelegd.");
  await expect(bevestiging).toBeInViewport();
  await expect(page.getByText(/^Volgend contact gepland: /)).toBeInViewport();
  const plannen = page.getByRole("link", { name: "Volgende afspraak plannen" });
  await expect(plannen).toBeInViewport();
  await schermafdruk(page, testInfo, "contact-vastgelegd-telefoon");
  expect(stappen, "stappen van caseload tot vastgelegd huisbezoek").toEqual({ tikken: 5, getypt: 1 });

  // "Volgende afspraak plannen" carries the planned volgend contact: its date and time, ready to change.
  await plannen.click();
  const wijzig = page.getByRole("form", { name: "Afspraak wijzigen" });
  await expect(wijzig).toBeVisible();
  await expect(wijzig.getByLabel("Datum")).toHaveValue(volgendDatum);
  await expect(wijzig.getByLabel("Tijd")).toHaveValue(volgendTijd);
  await expect(wijzig.getByRole("radio", { name: "Huisbezoek", exact: true })).toBeChecked();

  // The volgend contact in the caseload …
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn inburgeraars" }).click();
  const volgendeAfspraak = kaart(page, naam).locator("div").filter({ has: page.getByText("Volgende afspraak", { exact: true }) }).locator("dd");
  await expect(volgendeAfspraak).toHaveText(`${formatDatumKort(new Date(`${volgendDatum}T12:00:00Z`))} ${volgendTijd}`);
  // … and in the agenda of that week.
  await page.goto(`/agenda?week=${isoWeek(volgendDatum)}`);
  const dag = page.getByRole("main").getByRole("listitem").filter({ hasText: naam });
  await expect(dag.first()).toContainText(volgendTijd);
  await expect(dag.first()).toContainText("Huisbezoek");
});

test("twee contacten na elkaar op één pagina: wat bij het eerste geregeld is, biedt het tweede niet meer aan", async ({ page }) => {
  await signIn(page, "begeleider");
  await page.getByRole("link", { name: `Contact vastleggen met ${OPSTART_DOSSIER}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contact vastleggen" })).toBeVisible();
  const dossierUrl = `/inburgeraars/${new URL(page.url()).pathname.split("/")[2]}`;
  const form = formulier(page);
  const checklist = form.getByRole("group", { name: /^Checklist: tijdens dit contact geregeld/ });
  const eersteLabel = checklist.locator("label").first();
  await expect(eersteLabel).toBeVisible();
  const punt = (await eersteLabel.innerText()).trim();
  const eerstePunt = checklist.getByRole("checkbox", { name: punt, exact: true });

  // The first contact ticks a checklist item.
  const verslagEen = `Eerste gesprek, ${punt.toLowerCase()} geregeld ${uniek()}.`;
  await eersteLabel.click();
  await expect(eerstePunt).toBeChecked();
  await form.getByLabel("Kort verslag").fill(verslagEen);
  await form.getByRole("button", { name: "Contact opslaan" }).click();
  await expect(page.getByText("Het contact is vastgelegd.")).toBeVisible();

  // The form is ready for the next contact, and the page was fetched again: the ticked item is no longer offered.
  await expect(form.getByLabel("Kort verslag")).toHaveValue("");
  await expect(checklist.getByRole("checkbox", { name: punt, exact: true })).toHaveCount(0);

  // The second contact on the same page is a contact of its own.
  const verslagTwee = `Tweede gesprek, telefonisch ${uniek()}.`;
  await chip(form, "Telefonisch").click();
  await form.getByLabel("Kort verslag").fill(verslagTwee);
  await form.getByRole("button", { name: "Contact opslaan" }).click();
  await expect(page.getByText("Het contact is vastgelegd.")).toBeVisible();
  await expect(form.getByLabel("Kort verslag")).toHaveValue("");

  // In the dossier: each contact once.
  expect(await aantalContacten(page, dossierUrl, verslagEen)).toBe(1);
  expect(await aantalContacten(page, dossierUrl, verslagTwee)).toBe(1);
});

test("zonder verbinding: het contact wacht op het apparaat en gaat mee als de app weer opent", async ({ page, context }, testInfo) => {
  await signIn(page, "begeleider");
  const naam = await iemand(page);
  await kaart(page, naam).getByRole("link", { name: new RegExp(`^Contact vastleggen`) }).click();
  const form = formulier(page);
  await expect(form).toBeVisible();
  const dossierUrl = await page.getByRole("link", { name: naam, exact: true }).getAttribute("href");

  await context.setOffline(true);
  const verslag = `Gebeld in het trappenhuis, geen bereik ${uniek()}.`;
  await form.getByLabel("Kort verslag").fill(verslag);
  await form.getByRole("button", { name: "Contact opslaan" }).click();
  await expect(page.getByText("Nog niet verstuurd: het contact wacht op verbinding.")).toBeInViewport();
  await expect(wachtrij(page)).toContainText("1 contact wacht op verzending");
  await wachtrij(page).getByText("1 contact wacht op verzending").click();
  await expect(wachtrij(page)).toContainText(naam);
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "wacht-op-verbinding");

  // The tab is closed while still offline; later the app is opened again, online.
  await page.close();
  await context.setOffline(false);
  const opnieuw = await context.newPage();
  await opnieuw.goto("/");
  await expect(opnieuw.getByText(`Verstuurd: het contact met ${naam} is opgeslagen.`)).toBeVisible();
  await expect(wachtrij(opnieuw)).toHaveCount(0);
  expect(await aantalContacten(opnieuw, dossierUrl!, verslag)).toBe(1);
});

test("een antwoord dat onderweg verloren gaat: opnieuw versturen geeft toch precies één contact", async ({ page }) => {
  await signIn(page, "begeleider");
  const naam = await iemand(page);
  await kaart(page, naam).getByRole("link", { name: new RegExp(`^Contact vastleggen`) }).click();
  const form = formulier(page);
  const dossierUrl = await page.getByRole("link", { name: naam, exact: true }).getAttribute("href");

  // The first send reaches the server (and is saved), but its answer never arrives.
  let doorgelaten = 0;
  await page.route("**/*", async (route) => {
    const req = route.request();
    if (req.method() === "POST" && req.headers()["next-action"] && doorgelaten === 0) {
      doorgelaten += 1;
      await route.fetch();
      await route.abort("connectionreset");
      return;
    }
    await route.continue();
  });
  const verslag = `Antwoord kwam niet aan ${uniek()}.`;
  await form.getByLabel("Kort verslag").fill(verslag);
  await form.getByRole("button", { name: "Contact opslaan" }).click();
  // Not sure whether it arrived: queued, and sent again with the same aanvraagSleutel.
  await expect(page.getByText("Nog niet verstuurd: het contact wacht op verbinding.")).toBeVisible();
  await expect(page.getByText(`Verstuurd: het contact met ${naam} is opgeslagen.`)).toBeVisible({ timeout: 20_000 });
  expect(doorgelaten).toBe(1);
  await page.unroute("**/*");
  expect(await aantalContacten(page, dossierUrl!, verslag)).toBe(1);
});

test("een wijziging op een ander apparaat intussen geeft de gewone conflictmelding, geen overschrijving", async ({ page, context, browser }, testInfo) => {
  await signIn(page, "begeleider");
  const naam = await iemand(page);
  await page.getByRole("link", { name: naam, exact: true }).click();
  await expect(page).toHaveURL(/\/inburgeraars\/[^/]+$/);
  const dossierUrl = new URL(page.url()).pathname;
  // Plan an afspraak tomorrow, then open it for logging on this phone.
  await page.goto(`${dossierUrl}/afspraken?plannen=1#plannen`);
  const plan = page.getByRole("form", { name: "Afspraak plannen" });
  const onderwerp = `Conflicttest ${uniek()}`;
  await plan.getByLabel("Datum").fill(plusDagen(vandaag(), 1));
  await plan.getByLabel("Onderwerp").fill(onderwerp);
  await plan.getByRole("button", { name: "Afspraak plannen" }).click();
  await expect(plan.getByText("De afspraak is gepland.")).toBeVisible();
  await page.reload();
  const gepland = page.getByRole("region", { name: "Komende afspraken" }).getByRole("listitem").filter({ hasText: onderwerp });
  await gepland.getByRole("link", { name: /^Vastleggen/ }).click();
  await expect(page).toHaveURL(/\/vastleggen\/.+\?afspraak=/);
  const logUrl = page.url();

  // Offline on this phone: logged, queued.
  await context.setOffline(true);
  await formulier(page).getByLabel("Kort verslag").fill("Van de telefoon in de trein.");
  await formulier(page).getByRole("button", { name: "Contact opslaan" }).click();
  await expect(page.getByText("Nog niet verstuurd: het contact wacht op verbinding.")).toBeVisible();

  // Meanwhile a second device logs the same afspraak.
  const tweede = await nieuweSessie(browser, testInfo, "begeleider");
  await tweede.goto(logUrl);
  await formulier(tweede).getByLabel("Kort verslag").fill("Van de laptop op kantoor.");
  await formulier(tweede).getByRole("button", { name: "Contact opslaan" }).click();
  await expect(tweede.getByText("Het contact is vastgelegd.")).toBeVisible();
  await tweede.context().close();

  // Back online: the queued log is refused with the conflict message and stays for the user to decide.
  await context.setOffline(false);
  await expect(wachtrij(page)).toContainText("1 niet opgeslagen", { timeout: 20_000 });
  await expect(wachtrij(page)).toContainText("Deze afspraak is intussen al gelogd.");
  await schermafdruk(page, testInfo, "conflict-na-wachtrij");
  await wachtrij(page).getByRole("button", { name: /^Weggooien/ }).click();
  await wachtrij(page).getByRole("button", { name: "Ja, weggooien" }).click();
  await expect(wachtrij(page)).toHaveCount(0);
  expect(await aantalContacten(page, dossierUrl, "Van de laptop op kantoor.")).toBe(1);
  expect(await aantalContacten(page, dossierUrl, "Van de telefoon in de trein.")).toBe(0);
});

test("checklist: een getikte status blijft na wegnavigeren, en ongedaan maken werkt", async ({ page }, testInfo) => {
  await signIn(page, "begeleider");
  await page.getByRole("link", { name: OPSTART_DOSSIER, exact: true }).click();
  const tabs = page.getByRole("navigation", { name: "Onderdelen van het dossier" });
  await tabs.getByRole("link", { name: "Opstartfase" }).click();
  await expect(page.getByText(/^\d+ van \d+ geregeld$/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "checklist-telefoon");

  // The first item that is not yet "bezig": tap "Bezig", no Opslaan.
  const groep = page.getByRole("group", { name: /^Status van / }).filter({ has: page.getByRole("button", { name: "Bezig", pressed: false }) }).first();
  const groepNaam = (await groep.getAttribute("aria-label"))!;
  const status = page.getByRole("group", { name: groepNaam, exact: true });
  await status.getByRole("button", { name: "Bezig" }).click();
  await expect(status.locator("..").getByText("Opgeslagen.")).toBeVisible();

  await tabs.getByRole("link", { name: "Afspraken" }).click();
  await expect(page.getByRole("region", { name: "Eerdere contacten" })).toBeVisible();
  await tabs.getByRole("link", { name: "Opstartfase" }).click();
  await expect(status.getByRole("button", { name: "Bezig" })).toHaveAttribute("aria-pressed", "true");

  // Tap "Geregeld", then undo: back to "Bezig", also after a reload.
  await status.getByRole("button", { name: "Geregeld" }).click();
  const ongedaan = status.locator("..").getByRole("button", { name: /^Ongedaan maken/ });
  await expect(ongedaan).toBeVisible();
  await ongedaan.click();
  await expect(status.locator("..").getByText("Ongedaan gemaakt.")).toBeVisible();
  await expect(status.getByRole("button", { name: "Bezig" })).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(page.getByRole("group", { name: groepNaam, exact: true }).getByRole("button", { name: "Bezig" })).toHaveAttribute("aria-pressed", "true");
});

test("groepscontact vastleggen voor drie mensen in één keer", async ({ page }) => {
  await signIn(page, "begeleider");
  await page.getByRole("link", { name: "Groepscontact vastleggen" }).click();
  const form = page.getByRole("form", { name: "Groepscontact vastleggen" });
  await expect(form).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const personen = form.getByRole("group", { name: /^Wie waren er\?/ }).getByRole("checkbox");
  expect(await personen.count()).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < 3; i++) await personen.nth(i).check();
  await form.getByLabel("Kort verslag").fill(`Budgetcursus les 2 ${uniek()}.`);
  await form.getByRole("button", { name: "Groepscontact opslaan" }).click();
  await expect(form.getByText("Het groepscontact is vastgelegd bij 3 personen.")).toBeVisible();
});

test("op 360 px breed: geen pagina schuift opzij, elk menu-item en het actieve zijn te zien", async ({ browser }, testInfo) => {
  // Five sessions and some twenty pages: on a loaded 2-core machine this takes longer than one journey.
  test.setTimeout(360_000);
  const rollen = {
    begeleider: ["/", "/agenda", "/inburgeraars/nieuw", "/groepscontact"],
    vrijwilliger: ["/", "/agenda"],
    teamleider: ["/", "/inburgeraars", "/verlengingen", "/inburgeraars/nieuw"],
    consulent: ["/"],
    beheerder: ["/", "/beheer/gemeenten", "/beheer/audit"],
  } as const;
  for (const [rol, paden] of Object.entries(rollen) as [keyof typeof rollen, readonly string[]][]) {
    const page = await nieuweSessie(browser, testInfo, rol);
    await page.setViewportSize({ width: 360, height: 780 });
    const bezocht = [...paden];
    // A dossier and its tabs, and the log form, for the roles that open dossiers.
    if (rol === "begeleider" || rol === "vrijwilliger") {
      await page.goto("/");
      const dossier = await caseloadLijst(page, rol === "vrijwilliger" ? "Mijn maatjes" : "Mijn inburgeraars")
        .getByRole("listitem")
        .first()
        .getByRole("link")
        .first()
        .getAttribute("href");
      bezocht.push(dossier!, `${dossier}/opstartfase`, `${dossier}/afspraken`, dossier!.replace("/inburgeraars/", "/vastleggen/"));
    }
    if (rol === "beheerder") {
      await page.goto("/beheer/gemeenten");
      const gemeente = await page.locator('main a[href^="/beheer/gemeenten/"]').first().getAttribute("href");
      bezocht.push(gemeente!, `${gemeente}/checklist`);
    }
    for (const pad of bezocht) {
      await page.goto(pad);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(breedte, `${rol} ${pad}: pagina breder dan het scherm`).toBeLessThanOrEqual(360);
      const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
      for (const link of await menu.getByRole("link").all()) await expect(link, `${rol} ${pad}: menu-item buiten beeld`).toBeInViewport({ ratio: 1 });
      const actief = menu.locator('[aria-current="page"]');
      if ((await actief.count()) > 0) await expect(actief).toBeInViewport({ ratio: 1 });
    }
    await page.screenshot({ path: testInfo.outputPath(`360-${rol}.png`), fullPage: true });
    await page.context().close();
  }
});
