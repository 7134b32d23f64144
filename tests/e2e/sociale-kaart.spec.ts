import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../lib/seed/accounts";
import { formatKalenderdatum, plusDagen, vandaag } from "../../lib/tijd";
import { expect, expectNoSeriousA11yViolations, signIn, test } from "./fixtures";
import { caseloadItem, nieuweSessie, uniek } from "./helpers";

/**
 * Issue 11b. (4) A begeleider refers someone to an organisation of the sociale
 * kaart; without an outcome after two weeks the caseload asks for it; once the
 * outcome is in, the question is gone. (5) The teamleider holds a
 * casuïstiekoverleg about two of the begeleider's dossiers; the actions appear
 * in the begeleider's caseload.
 *
 * Each project uses its own seeded dossiers of the demo begeleider (lib/seed/data.ts).
 */
test.describe.configure({ mode: "serial", timeout: 300_000 });

const PERSONEN = {
  desktop: { verwijzen: "Samira Osman", overleg: ["Tesfaye Gebru", "Abdirahman Warsame"] },
  phone: { verwijzen: "Omar Al-Amoudi", overleg: ["Ahmad Karimi", "Khaled Mansour"] },
} as const;
const personen = (project: string) => PERSONEN[project as keyof typeof PERSONEN];
const tag = uniek();
const ORGANISATIE = "Taalhuis bibliotheek Den Haag";

/** The caseload item of one person (a card on a phone, a row on a desktop). */
const caseloadRij = caseloadItem;

test("(4) een doorverwijzing naar de sociale kaart wordt opgevolgd tot de uitkomst bekend is", async ({ page }, testInfo) => {
  const naam = personen(testInfo.project.name).verwijzen;
  await signIn(page, "begeleider");

  // The sociale kaart: readable for the begeleider, per leefgebied, with languages and opening hours.
  await page.goto("/sociale-kaart?leefgebied=PARTICIPATIE");
  await expect(page.getByRole("heading", { name: "Sociale kaart", level: 1 })).toBeVisible();
  const kaartje = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: ORGANISATIE }) });
  await expect(kaartje.getByText("Arabisch, Tigrinya")).toBeVisible();
  await expect(page.getByRole("link", { name: "Organisatie toevoegen" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Record the referral on the dossier, dated three weeks ago.
  await page.goto("/");
  await caseloadRij(page, naam).getByRole("link", { name: naam, exact: true }).click();
  await page.getByRole("link", { name: "Doorverwijzingen" }).click();
  await expect(page.getByRole("heading", { name: "Nieuwe doorverwijzing" })).toBeVisible();
  const drieWekenGeleden = plusDagen(vandaag(), -21);
  await page.getByLabel("Naar welke organisatie?").selectOption({ label: ORGANISATIE });
  await page.getByLabel("Datum", { exact: true }).fill(drieWekenGeleden);
  await page.getByLabel("Waarom verwijs je door?").fill(`Wil beter Nederlands leren en formulieren leren invullen ${tag}`);
  await page.getByRole("button", { name: "Doorverwijzing vastleggen" }).click();
  await expect(page.getByText("De doorverwijzing is vastgelegd.")).toBeVisible();
  const verwijzing = page.getByRole("listitem").filter({ hasText: tag });
  await expect(verwijzing.getByText("Uitkomst nog onbekend: vraag ernaar")).toBeVisible();
  await expect(verwijzing.getByText(formatKalenderdatum(drieWekenGeleden))).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The caseload asks for the outcome, with a link back to the doorverwijzingen.
  await page.goto("/");
  const vraag = `Uitkomst doorverwijzing nog onbekend: ${ORGANISATIE} (21 dagen geleden)`;
  await expect(caseloadRij(page, naam).getByText(vraag)).toBeVisible();
  await caseloadRij(page, naam).getByRole("link", { name: new RegExp(`^${vraag.replace(/[()]/g, "\\$&")}`) }).click();

  // The outcome comes in: the question leaves the caseload.
  await page.getByLabel(`Uitkomst bij ${ORGANISATIE}`).selectOption({ label: "Geholpen" });
  await page.getByRole("button", { name: "Uitkomst opslaan" }).click();
  // The form gives way to the outcome itself.
  await expect(page.getByRole("listitem").filter({ hasText: tag }).getByText(/^Geholpen \(/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Uitkomst opslaan" })).toHaveCount(0);
  await page.goto("/");
  await expect(caseloadRij(page, naam)).toBeVisible();
  await expect(caseloadRij(page, naam).getByText(/Uitkomst doorverwijzing nog onbekend: Taalhuis/)).toHaveCount(0);
});

test("(5) een casuïstiekoverleg met twee dossiers zet acties in de caseload van wie ze doet", async ({ page, browser }, testInfo) => {
  const [eerste, tweede] = personen(testInfo.project.name).overleg;
  const begeleider = DEMO_ACCOUNTS.begeleider.naam;
  const titel = `Casuïstiekoverleg ${tag}`;
  const acties = { [eerste]: `Wijkteam bellen over de huur ${tag}`, [tweede]: `Gesprek met de consulent over de leerroute ${tag}` };
  const klaarOp = plusDagen(vandaag(), 7);

  await signIn(page, "teamleider");
  await page.goto("/overleggen/nieuw");
  await page.getByLabel("Naam van het overleg").fill(titel);
  await page.getByLabel(`${begeleider} (begeleider)`).check();
  await page.getByLabel("Deelnemers van buiten (mag leeg)").fill("Wmo-consulent gemeente (voorbeeld)");
  await page.getByLabel(`${eerste} (Den Haag)`).check();
  await page.getByLabel(`${tweede} (Den Haag)`).check();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Overleg plannen" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`^${titel}`), level: 1 })).toBeVisible();

  for (const naam of [eerste, tweede]) {
    const punt = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: naam, exact: true }) });
    await punt.getByLabel(`Besluiten over ${naam}`).fill(`Besproken; zie de actie ${tag}`);
    await punt.getByRole("button", { name: "Besluiten opslaan" }).click();
    await expect(punt.getByText("De besluiten zijn opgeslagen.")).toBeVisible();
    await punt.getByLabel(`Nieuwe actie voor ${naam}`).fill(acties[naam]!);
    await punt.getByLabel("Wie doet het?").selectOption({ label: begeleider });
    await punt.getByLabel("Klaar op").fill(klaarOp);
    await punt.getByRole("button", { name: "Actie toevoegen" }).click();
    await expect(punt.getByText(acties[naam]!)).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);

  // The begeleider finds both actions in the caseload, each with its dossier.
  const collega = await nieuweSessie(browser, testInfo, "begeleider");
  await collega.goto("/");
  for (const naam of [eerste, tweede]) {
    await expect(caseloadRij(collega, naam).getByText(`Actie uit casuïstiekoverleg: ${acties[naam]} (klaar vóór ${formatKalenderdatum(klaarOp)})`)).toBeVisible();
  }
  // And in the overleg, ticks one off: it leaves the caseload.
  await collega.goto("/overleggen");
  await collega.getByRole("link", { name: new RegExp(titel) }).click();
  await collega.getByRole("button", { name: `Afvinken: ${acties[eerste]}` }).click();
  await expect(collega.getByText("Gedaan. De actie is afgerond.")).toBeVisible();
  await collega.goto("/");
  await expect(caseloadRij(collega, eerste).getByText(acties[eerste]!)).toHaveCount(0);
  await expect(caseloadRij(collega, tweede).getByText(acties[tweede]!)).toBeVisible();
  await collega.context().close();
});

test("de teamleider laadt een CSV: foute rijen geven een rapport per rij en niets geïmporteerd; daarna controleren en importeren", async ({ page }, testInfo) => {
  const naam = `Buurtwerk De Proef ${tag} ${testInfo.project.name}`;
  await signIn(page, "teamleider");
  await page.goto("/sociale-kaart/import");
  await page.getByLabel("Sociale kaart van").selectOption({ label: "Den Haag" });
  const fout = ["naam;leefgebieden;email", `${naam};Sociaal netwerk;info@proef.test`, `Tweede ${tag};Ruimtevaart;geen-mail`].join("\n");
  await page.getByLabel("CSV-bestand").setInputFiles({ name: "kaart.csv", mimeType: "text/csv", buffer: Buffer.from(fout) });
  await page.getByRole("button", { name: "Bestand controleren" }).click();
  await expect(page.getByText("Er is niets geïmporteerd: 1 rij klopt niet.")).toBeVisible();
  const rapport = page.getByRole("region", { name: "Wat er niet klopt" });
  await expect(rapport.getByText(/^Rij 3 \(Tweede/)).toBeVisible();
  await expect(rapport).toContainText('Leefgebied "Ruimtevaart" kennen we niet');
  await expect(rapport).toContainText("E-mail: Vul een geldig e-mailadres in");
  await expectNoSeriousA11yViolations(page);

  const goed = ["naam;leefgebieden;talen;openingstijden", `${naam};Sociaal netwerk;Arabisch, Dari;ma 9-12`].join("\n");
  await page.getByLabel("CSV-bestand").setInputFiles({ name: "kaart.csv", mimeType: "text/csv", buffer: Buffer.from(goed) });
  await page.getByRole("button", { name: "Bestand controleren" }).click();
  await expect(page.getByText(/^Het bestand klopt\. Er komt 1 organisatie bij/)).toBeVisible();
  await page.getByRole("button", { name: "Importeren" }).click();
  await expect(page.getByText("Klaar: 1 nieuw en 0 bijgewerkt op de sociale kaart van Den Haag.")).toBeVisible();
  await page.goto(`/sociale-kaart?zoek=${encodeURIComponent(tag)}`);
  await expect(page.getByRole("heading", { name: naam })).toBeVisible();
  await expect(page.getByRole("heading", { name: `Tweede ${tag}` })).toHaveCount(0);
});

