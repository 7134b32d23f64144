import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../lib/seed/accounts";
import { expect, expectNoSeriousA11yViolations, signIn, test } from "./fixtures";
import { caseloadItem, uniek } from "./helpers";

/**
 * Issue 11 on a Pixel 7 (412×915): the maatje raises a worry from the phone's
 * "Contact vastleggen" screen and afterwards sees only that it was received and
 * who picked it up — never the signal, not by id, not in the page, not in the
 * RSC payload; the begeleider picks it up; a huiselijk-geweld signal is walked
 * through the Meldcode's five steps to a report to Veilig Thuis.
 */
test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeEach(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "Signalen melden we op de telefoon.");
});

const PERSOON = "Layla Darwish";
const ZORG = `Layla huilde bij het boodschappen doen en zegt dat ze niet meer slaapt (${uniek()}).`;
let laylaId = "";
let signaalId = "";

/** The body of a page as HTML and as its RSC payload, fetched with the page's own session. */
async function htmlEnRsc(page: Page, url: string) {
  const html = await page.request.get(url);
  const rsc = await page.request.get(`${url}${url.includes("?") ? "&" : "?"}_rsc=1`, { headers: { RSC: "1" } });
  return { html: { status: html.status(), body: await html.text() }, rsc: { status: rsc.status(), body: await rsc.text() } };
}

test("1. een vrijwilliger meldt op de telefoon een zorg vanuit Contact vastleggen", async ({ page }) => {
  await signIn(page, "vrijwilliger");
  const kaart = caseloadItem(page, PERSOON, "Mijn maatjes");
  const href = await kaart.getByRole("link", { name: PERSOON, exact: true }).getAttribute("href");
  laylaId = /\/inburgeraars\/([^/?#]+)/.exec(href ?? "")![1]!;
  await kaart.getByRole("link", { name: /^Contact vastleggen/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contact vastleggen" })).toBeVisible();
  // The log form is untouched; "Zorg melden" is one tap away below it.
  const zorg = page.locator("details").filter({ has: page.locator("summary", { hasText: "Zorg melden" }) });
  await zorg.locator("summary").click();
  await zorg.getByLabel("Waar maak je je zorgen over?").selectOption({ label: "Psychosociaal (somber, angstig, gestrest)" });
  await zorg.getByRole("radio", { name: "Dringend: deze week" }).check();
  // Bad input first: a clear message, nothing sent.
  await zorg.getByRole("button", { name: "Zorg melden" }).click();
  await expect(zorg.getByText("Beschrijf wat je zag of hoorde.").first()).toBeVisible();
  await zorg.getByLabel("Wat zag of hoorde je?").fill(ZORG);
  await zorg.getByRole("button", { name: "Zorg melden" }).click();
  await expect(zorg.getByRole("status")).toContainText("Je melding is ontvangen");
  await expect(zorg.getByTestId("ontvangst").first()).toContainText("Nog niet opgepakt.");
  await expectNoSeriousA11yViolations(page);
  // What the maatje's pages hold — HTML and RSC — never contains the text.
  for (const url of [`/vastleggen/${laylaId}`, `/inburgeraars/${laylaId}/signalen`]) {
    const { html, rsc } = await htmlEnRsc(page, url);
    expect(html.status).toBe(200);
    expect(html.body).not.toContain("niet meer slaapt");
    expect(rsc.body).not.toContain("niet meer slaapt");
  }
});

test("2. de begeleider pakt het op; de vrijwilliger ziet alleen wie, nooit het signaal", async ({ page, browser }) => {
  await signIn(page, "begeleider");
  // Open signals on the caseload, most urgent first.
  await expect(page.getByRole("heading", { level: 2, name: "Open signalen" })).toBeVisible();
  await page.goto(`/inburgeraars/${laylaId}/signalen`);
  const rij = page.getByRole("listitem").filter({ hasText: `Gemeld door ${DEMO_ACCOUNTS.vrijwilliger.naam}` }).filter({ hasText: "nog niet opgepakt" }).first();
  await rij.getByRole("link", { name: "Psychosociaal (somber, angstig, gestrest)" }).click();
  await expect(page.getByText(ZORG)).toBeVisible();
  signaalId = /\/signalen\/([^/?#]+)/.exec(page.url())![1]!;
  await page.getByRole("button", { name: "Oppakken" }).click();
  await expect(page.getByText(`Opgepakt door ${DEMO_ACCOUNTS.begeleider.naam}`)).toBeVisible();
  // A follow-up action with a reminder.
  await page.getByLabel("Wat heb je gedaan?").fill("Gebeld met Layla; samen naar de huisarts volgende week.");
  await page.getByRole("button", { name: "Actie vastleggen" }).click();
  await expect(page.getByText("De actie is vastgelegd.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The maatje: received and picked up by whom; the signal itself is not found, in the page nor in its RSC payload.
  const ctx = await browser.newContext({ baseURL: page.url().replace(/\/signalen\/.*/, ""), viewport: { width: 412, height: 915 } });
  const vrijwilliger = await ctx.newPage();
  await signIn(vrijwilliger, "vrijwilliger");
  await vrijwilliger.goto(`/inburgeraars/${laylaId}/signalen`);
  await expect(vrijwilliger.getByTestId("ontvangst").first()).toContainText(`Opgepakt door ${DEMO_ACCOUNTS.begeleider.naam}`);
  await expect(vrijwilliger.getByText("niet meer slaapt")).toHaveCount(0);
  await expect(vrijwilliger.getByRole("heading", { name: "Signalen", exact: true })).toHaveCount(0);
  const { html, rsc } = await htmlEnRsc(vrijwilliger, `/signalen/${signaalId}`);
  expect(html.status).toBe(404);
  expect(html.body).toContain("Niet gevonden");
  for (const body of [html.body, rsc.body]) {
    expect(body).not.toContain("niet meer slaapt");
    expect(body).not.toContain("samen naar de huisarts");
  }
  await ctx.close();
});

test("3. een signaal huiselijk geweld door de vijf stappen van de Meldcode tot een melding bij Veilig Thuis", async ({ page }) => {
  await signIn(page, "begeleider");
  await page.goto(`/inburgeraars/${laylaId}/signalen`);
  const melden = page.locator("form").filter({ has: page.getByRole("button", { name: "Zorg melden" }) });
  await melden.getByLabel("Waar maak je je zorgen over?").selectOption({ label: "Huiselijk geweld" });
  await melden.getByRole("radio", { name: "Dringend: deze week" }).check();
  await melden.getByLabel("Wat zag of hoorde je?").fill(`Blauwe plek bij Layla's oog; partner stond erbij en nam het woord (${uniek()}).`);
  await melden.getByRole("button", { name: "Zorg melden" }).click();
  await expect(melden.getByRole("status")).toContainText("Je melding is ontvangen");
  await page.reload();
  await page.getByRole("listitem").filter({ hasText: "Meldcode" }).filter({ hasText: "nog niet opgepakt" }).first().getByRole("link", { name: "Huiselijk geweld" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Meldcode huiselijk geweld en kindermishandeling" })).toBeVisible();

  // 1. Facts, dated, apart from interpretation.
  let stap = page.getByRole("form", { name: "Meldcode stap 1" });
  await stap.getByLabel("Feiten: wat zag of hoorde je?").fill("Blauwe plek rond het linkeroog. Partner antwoordde steeds voor haar.");
  await stap.getByLabel("Jouw uitleg (apart van de feiten, mag leeg)").fill("Ik vermoed dat de partner haar slaat.");
  await stap.getByRole("button", { name: "Stap 1 vastleggen" }).click();
  await expect(page.getByRole("form", { name: "Meldcode stap 2" })).toBeVisible();
  // 2. Consultation: who, when, advice.
  stap = page.getByRole("form", { name: "Meldcode stap 2" });
  await stap.getByLabel("Met wie heb je overlegd?").fill("Aandachtsfunctionaris Marloes Bakker");
  await stap.getByLabel("Ik heb (ook) Veilig Thuis om advies gevraagd").check();
  await stap.getByLabel("Wat was het advies?").fill("Alleen met Layla praten, met een vrouwelijke tolk.");
  await stap.getByRole("button", { name: "Stap 2 vastleggen" }).click();
  await expect(page.getByRole("form", { name: "Meldcode stap 3" })).toBeVisible();
  // 3. The conversation.
  stap = page.getByRole("form", { name: "Meldcode stap 3" });
  await stap.getByRole("radio", { name: "Ja" }).check();
  await stap.getByLabel("Wat is er besproken? Of: waarom was het niet veilig?").fill("Layla vertelt dat hij haar al maanden slaat als hij boos is.");
  await stap.getByRole("button", { name: "Stap 3 vastleggen" }).click();
  await expect(page.getByRole("form", { name: "Meldcode stap 4" })).toBeVisible();
  // 4. The afwegingskader: structural unsafety → a report is required; the conclusion is locked.
  stap = page.getByRole("form", { name: "Meldcode stap 4" });
  for (let i = 1; i <= 5; i++) await stap.getByRole("group", { name: new RegExp(`^${i}\\. `) }).getByRole("radio", { name: "Ja" }).check();
  await stap.getByRole("button", { name: "Afweging vastleggen" }).click();
  await expect(page.getByText("Conclusie (ligt vast): Melden bij Veilig Thuis is verplicht")).toBeVisible();
  await expect(page.getByRole("form", { name: "Meldcode stap 4" })).toHaveCount(0);
  // 5. The decision: a report to Veilig Thuis with date, reference, written reason and a reminder.
  stap = page.getByRole("form", { name: "Meldcode stap 5" });
  await expect(stap.getByText("melden bij Veilig Thuis is verplicht")).toBeVisible();
  await stap.getByLabel("Kenmerk van Veilig Thuis").fill("VT-2026-0815");
  await stap.getByLabel("Reden van de melding").fill("Structurele onveiligheid: herhaald fysiek geweld door de partner.");
  await stap.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByRole("form", { name: "Meldcode stap 5" })).toHaveCount(0);
  await expect(page.getByText(/Gemeld bij Veilig Thuis op .*, kenmerk VT-2026-0815/)).toBeVisible();
  await expect(page.getByText("Doorverwezen naar Veilig Thuis.")).toBeVisible();
  await expect(page.getByText(/herinnering/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
