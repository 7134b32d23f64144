import { DEMO_ACCOUNTS } from "../../lib/seed/accounts";
import { formatKalenderdatum, plusDagen, plusMaanden } from "../../lib/tijd";
import { expect, expectNoSeriousA11yViolations, signIn, test } from "./fixtures";
import { datums, leesNederlandseDatum, nieuweSessie, testBsn, uniek } from "./helpers";
import type { Locator, Page } from "@playwright/test";

/**
 * Issue 3, a begeleider's day on a phone: register a new inburgeraar (after
 * bad input), start the opstartfase and work the checklist, plan and log an
 * afspraak, and ask for a verlenging that the teamleider approves.
 * The tests share one new dossier and run in order.
 */
test.describe.configure({ mode: "serial" });

test.beforeEach(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "De dagelijkse route van de begeleider draait op de telefoon.");
});

const tag = uniek();
const voornaam = "Testpersoon";
const achternaam = `E2E-${tag}`;
const naam = `${voornaam} ${achternaam}`;
const { vandaag, dagInVorigeMaand } = datums();
let dossierUrl = "";
/** Titles of the checklist items worked in (c); the fourth is ticked during the afspraak in (d). */
const items: string[] = [];

const persoon = (page: Page) => page.getByRole("group", { name: "Persoon" });
const datumsGroep = (page: Page) => page.getByRole("group", { name: "Datums", exact: true });
const dossierTabs = (page: Page) => page.getByRole("navigation", { name: "Onderdelen van het dossier" });
const einddatum = (page: Page) => page.locator("main header dl > div").filter({ hasText: /^Einddatum:/ }).locator("dd");
const totaalVoortgang = (page: Page) => page.getByText(/^\d+ van \d+ geregeld$/).first();

async function openDossier(page: Page) {
  await signIn(page, "begeleider");
  await page.goto(dossierUrl);
  await expect(page.getByRole("heading", { level: 1, name: naam })).toBeVisible();
}

/** A chip (radio or checkbox styled as a button): tapped on its label, as a person does. */
async function kiesChip(scope: Locator, role: "radio" | "checkbox", name: string) {
  const input = scope.getByRole(role, { name, exact: true });
  await scope.locator("label").filter({ has: scope.page().getByRole(role, { name, exact: true }) }).click();
  await expect(input).toBeChecked();
}

async function expectVeldFout(veld: Locator, melding: string | RegExp) {
  await expect(veld).toHaveAttribute("aria-invalid", "true");
  await expect(veld).toHaveAccessibleDescription(melding);
}

test("aanmelden: foute invoer geeft meldingen bij de velden, daarna komt er één dossier", async ({ page }) => {
  await signIn(page, "begeleider");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Aanmelden" }).click();
  await expect(page).toHaveURL(/\/inburgeraars\/nieuw$/);
  await expect(page.getByRole("heading", { level: 1, name: "Inburgeraar aanmelden" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const opslaan = page.getByRole("button", { name: "Aanmelden", exact: true });

  // 1. Empty form.
  await opslaan.click();
  await expect(page.getByText("Controleer de gemarkeerde velden.")).toBeVisible();
  await expectVeldFout(persoon(page).getByLabel("Voornaam", { exact: true }), /Vul de voornaam in\./);
  await expectVeldFout(persoon(page).getByLabel("Achternaam", { exact: true }), /Vul de achternaam in\./);
  await expectVeldFout(persoon(page).getByLabel("Geboortedatum", { exact: true }), /Vul de geboortedatum in\./);
  await expect(page).toHaveURL(/\/inburgeraars\/nieuw$/);

  // 2. A BSN that fails the 11-proef (the rest is right).
  await persoon(page).getByLabel("Voornaam", { exact: true }).fill(voornaam);
  await persoon(page).getByLabel("Achternaam", { exact: true }).fill(achternaam);
  await persoon(page).getByLabel("Geboortedatum", { exact: true }).fill("1991-04-17");
  await persoon(page).getByLabel("Land van herkomst").fill("Verzonnenland");
  await persoon(page).getByLabel("Talen").fill("Arabisch, Engels");
  await persoon(page).getByLabel("BSN (als bekend)").fill("123456789");
  await page.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Den Haag" });
  await page.getByLabel("Verblijfsvergunning").selectOption({ label: "Asiel, bepaalde tijd" });
  await expect(page.getByText("Recht op begeleiding: ja.")).toBeVisible();
  await datumsGroep(page).getByLabel("Koppeling aan de gemeente").fill(dagInVorigeMaand(1));
  await datumsGroep(page).getByLabel("Inschrijving in de BRP").fill(dagInVorigeMaand(15));
  await datumsGroep(page).getByLabel("Start uitkering").fill(dagInVorigeMaand(15));
  await opslaan.click();
  await expectVeldFout(persoon(page).getByLabel("BSN (als bekend)"), /Dit BSN klopt niet \(de 11-proef gaat niet goed\)/);
  await expect(persoon(page).getByLabel("Voornaam", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/inburgeraars\/nieuw$/);

  // 3. A valid BSN, but the BRP-inschrijving before the koppeling.
  await persoon(page).getByLabel("BSN (als bekend)").fill(testBsn());
  await datumsGroep(page).getByLabel("Koppeling aan de gemeente").fill(dagInVorigeMaand(20));
  await opslaan.click();
  await expectVeldFout(datumsGroep(page).getByLabel("Inschrijving in de BRP"), /De inschrijving in de BRP kan niet vóór de koppeling aan de gemeente liggen\./);
  await expect(persoon(page).getByLabel("BSN (als bekend)")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/inburgeraars\/nieuw$/);

  // 4. Right: the new dossier opens.
  await datumsGroep(page).getByLabel("Koppeling aan de gemeente").fill(dagInVorigeMaand(1));
  await opslaan.click();
  await expect(page).toHaveURL(/\/inburgeraars\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: naam })).toBeVisible();
  await expect(page.getByRole("main").getByText("Aangemeld", { exact: true })).toBeVisible();
  await expect(page.getByText(`Start (BRP): ${formatKalenderdatum(dagInVorigeMaand(15))}`)).toBeVisible();
  await expect(page.getByText(`Begeleider: ${DEMO_ACCOUNTS.begeleider.naam}`)).toBeVisible();
  dossierUrl = new URL(page.url()).pathname;
  await expectNoSeriousA11yViolations(page);

  // The three refused attempts created nothing: the caseload has this person once.
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn inburgeraars" }).click();
  await expect(page.getByRole("link", { name: naam, exact: true })).toHaveCount(1);
});

test("opstartfase starten en een deel van de checklist afwerken", async ({ page }) => {
  await openDossier(page);
  await page.getByRole("button", { name: "Opstartfase starten" }).click();
  await expect(page.getByText("De fase is gewijzigd.")).toBeVisible();
  await expect(page.getByRole("main").getByText("Opstartfase", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Opstartfase afsluiten" })).toBeVisible();

  await dossierTabs(page).getByRole("link", { name: "Opstartfase" }).click();
  await expect(dossierTabs(page).getByRole("link", { name: "Opstartfase" })).toHaveAttribute("aria-current", "page");
  await expect(totaalVoortgang(page)).toHaveText(/^0 van \d+ geregeld$/);
  await expectNoSeriousA11yViolations(page);

  const titels = await page.getByRole("main").getByRole("heading", { level: 3 }).allInnerTexts();
  expect(titels.length, "de checklist heeft genoeg onderdelen").toBeGreaterThanOrEqual(4);
  items.push(...titels.slice(0, 4).map((t) => t.trim()));

  // A tap saves the status; there is no separate Opslaan.
  const zet = async (titel: string, status: "Geregeld" | "Niet van toepassing") => {
    const groep = page.getByRole("group", { name: `Status van ${titel}`, exact: true });
    await groep.getByRole("button", { name: status, exact: true }).click();
    await expect(groep.locator("..").getByText("Opgeslagen.")).toBeVisible();
  };
  await zet(items[0]!, "Geregeld");
  await expect(totaalVoortgang(page)).toHaveText(/^1 van \d+ geregeld$/);
  await zet(items[1]!, "Geregeld");
  await expect(totaalVoortgang(page)).toHaveText(/^2 van \d+ geregeld$/);
  await zet(items[2]!, "Niet van toepassing");
  await expect(totaalVoortgang(page)).toHaveText(/^2 van \d+ geregeld$/);

  // After a reload the choices are still there, with who changed them.
  await page.reload();
  await expect(totaalVoortgang(page)).toHaveText(/^2 van \d+ geregeld$/);
  const statusVan = (titel: string) => page.getByRole("group", { name: `Status van ${titel}`, exact: true });
  await expect(statusVan(items[0]!).getByRole("button", { name: "Geregeld", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(statusVan(items[2]!).getByRole("button", { name: "Niet van toepassing" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText(`Gewijzigd door ${DEMO_ACCOUNTS.begeleider.naam}`).first()).toBeVisible();
});

test("een afspraak plannen en daarna loggen; dubbelklikken geeft één contact", async ({ page }) => {
  await openDossier(page);
  await dossierTabs(page).getByRole("link", { name: "Afspraken" }).click();
  await expect(dossierTabs(page).getByRole("link", { name: "Afspraken" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("region", { name: "Komende afspraken" }).getByText("Er zijn geen afspraken gepland.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Plan a home visit tomorrow at 14:30.
  const morgen = plusDagen(vandaag, 1);
  await page.locator("summary", { hasText: "Afspraak plannen" }).click();
  const plan = page.getByRole("form", { name: "Afspraak plannen" });
  await kiesChip(plan, "radio", "Huisbezoek");
  await plan.getByLabel("Datum").fill(morgen);
  await plan.getByLabel("Tijd").fill("14:30");
  await plan.getByLabel("Locatie").fill("Thuis");
  await plan.getByLabel("Onderwerp").fill(`Post doornemen ${tag}`);
  await plan.getByRole("button", { name: "Afspraak plannen" }).click();
  await expect(plan.getByText("De afspraak is gepland.")).toBeVisible();

  const komend = page.getByRole("region", { name: "Komende afspraken" });
  const gepland = komend.getByRole("listitem").filter({ hasText: `Post doornemen ${tag}` });
  await expect(gepland).toHaveCount(1);
  await expect(gepland).toContainText("Huisbezoek");
  await expect(gepland).toContainText("Gepland");
  await expect(gepland).toContainText(`${formatKalenderdatum(morgen)} om 14:30`);

  // Log it on the one-screen form: it took place, 45 minutes, Wonen discussed, one checklist item done.
  await gepland.getByRole("link", { name: /^Vastleggen/ }).click();
  await expect(page).toHaveURL(/\/vastleggen\/.+\?afspraak=/);
  const log = page.getByRole("form", { name: "Contact vastleggen" });
  await expect(log).toBeVisible();
  await expect(log.getByRole("radio", { name: "Vond plaats", exact: true })).toBeChecked();
  await expect(log.getByRole("radio", { name: "Huisbezoek", exact: true })).toBeChecked();
  await log.getByLabel("Duur (min.)").fill("45");
  await kiesChip(log, "checkbox", "Wonen");
  const verslag = `Huurcontract en post besproken ${tag}.`;
  await log.getByLabel("Kort verslag").fill(verslag);
  const geregeld = log.getByRole("group", { name: "Checklist: tijdens dit contact geregeld" });
  const puntNaam = new RegExp(`^${items[3]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
  const punt = geregeld.getByRole("checkbox", { name: puntNaam });
  // The chip's label, found by the checkbox inside it (a `has` locator is relative to the label).
  await geregeld.locator("label").filter({ has: page.getByRole("checkbox", { name: puntNaam }) }).click();
  await expect(punt).toBeChecked();
  await log.getByRole("button", { name: "Contact opslaan" }).click();
  await expect(page.getByText("Het contact is vastgelegd.")).toBeVisible();

  await page.getByRole("link", { name: "Naar de afspraken" }).click();
  const eerder = page.getByRole("region", { name: "Eerdere contacten" });
  const gelogd = eerder.getByRole("listitem").filter({ hasText: verslag });
  await expect(gelogd).toHaveCount(1);
  await expect(gelogd).toContainText("Vond plaats");
  await expect(gelogd).toContainText("45 minuten");
  await expect(gelogd).toContainText("Besproken: Wonen");
  await expect(komend.getByRole("listitem").filter({ hasText: `Post doornemen ${tag}` })).toHaveCount(0);

  // A quick contact, saved with a double click: one afspraak.
  await page.getByRole("main").getByRole("link", { name: "Contact vastleggen" }).first().click();
  const snel = page.getByRole("form", { name: "Contact vastleggen" });
  const snelVerslag = `Even gebeld over de uitkering ${tag}.`;
  await kiesChip(snel, "radio", "Telefonisch");
  await snel.getByLabel("Kort verslag").fill(snelVerslag);
  await snel.getByRole("button", { name: "Contact opslaan" }).dblclick();
  await expect(page.getByText("Het contact is vastgelegd.")).toBeVisible();
  await expect(snel.getByRole("button", { name: "Contact opslaan" })).toBeEnabled();
  await page.goto(`${dossierUrl}/afspraken`);
  await expect(eerder.getByRole("listitem").filter({ hasText: snelVerslag })).toHaveCount(1);
  await expect(eerder.getByRole("listitem").filter({ hasText: verslag })).toHaveCount(1);

  // The item ticked during the afspraak is geregeld on the checklist.
  await dossierTabs(page).getByRole("link", { name: "Opstartfase" }).click();
  await expect(totaalVoortgang(page)).toHaveText(/^3 van \d+ geregeld$/);
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: items[3]!, exact: true }) });
  await expect(item.getByRole("button", { name: "Geregeld", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(item).toContainText("(tijdens een afspraak)");
});

test("verlenging aanvragen; de teamleider keurt goed en de einddatum schuift een half jaar op", async ({ page, browser }, testInfo) => {
  await openDossier(page);
  const voor = leesNederlandseDatum((await einddatum(page).innerText()).trim());

  await page.getByLabel("Aantal maanden").fill("6");
  await page.getByLabel("Waarom is verlenging nodig?").fill(`De taalcursus begint later dan gepland (${tag}).`);
  await page.getByRole("button", { name: "Verlenging aanvragen" }).click();
  await expect(page.getByText("Er loopt een aanvraag. De teamleider beslist erover.")).toBeVisible();
  await expect(page.getByText(/^6 maanden, aangevraagd door Sanne de Vries/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The teamleider, in a session of their own.
  const tl = await nieuweSessie(browser, testInfo, "teamleider");
  try {
    await tl.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Verlengingen" }).click();
    await expect(tl.getByRole("heading", { level: 1, name: "Verlengingen" })).toBeVisible();
    const aanvraag = tl.getByRole("listitem").filter({ has: tl.getByRole("link", { name: naam, exact: true }) });
    await expect(aanvraag).toContainText(`Huidige einddatum: ${formatKalenderdatum(voor)}`);
    await expect(aanvraag).toContainText("Gevraagd: 6 maanden");
    await expectNoSeriousA11yViolations(tl);
    await aanvraag.getByRole("button", { name: "Goedkeuren" }).click();
    await expect(tl.getByRole("link", { name: naam, exact: true })).toHaveCount(0);

    // The teamleider's view of the dossier shows the new end date too.
    await tl.goto(dossierUrl);
    await expect(einddatum(tl)).toHaveText(`${formatKalenderdatum(plusMaanden(voor, 6))} (incl. 6 mnd verlenging)`);
  } finally {
    await tl.context().close();
  }

  await page.reload();
  await expect(einddatum(page)).toHaveText(`${formatKalenderdatum(plusMaanden(voor, 6))} (incl. 6 mnd verlenging)`);
  await expect(page.getByText("Goedgekeurd", { exact: true })).toBeVisible();
  await expect(page.getByText(`Besluit door ${DEMO_ACCOUNTS.teamleider.naam}`)).toBeVisible();
  // Another request can be made again.
  await expect(page.getByRole("button", { name: "Verlenging aanvragen" })).toBeVisible();
});
