import { describe, expect, it } from "vitest";
import { hashBsn } from "@/lib/crypto/bsn";
import { db } from "@/lib/db";
import { aanmeldInburgeraar } from "@/lib/inburgeraar/aanmelden";
import { DubbelDossierError } from "@/lib/inburgeraar/duplicates";
import { wijzigGegevens } from "@/lib/inburgeraar/gegevens";
import { maakGebruiker, maakOrganisatie, sessionUser } from "../factories";
import { zinVoorAudit } from "@/lib/audit/zinnen";

async function wereld() {
  const { organisatie, gemeente } = await maakOrganisatie();
  const begeleider = await sessionUser((await maakGebruiker(organisatie.id, "BEGELEIDER")).id);
  const collega = await sessionUser((await maakGebruiker(organisatie.id, "BEGELEIDER")).id);
  const teamleider = await sessionUser((await maakGebruiker(organisatie.id, "TEAMLEIDER")).id);
  const { id } = await aanmeldInburgeraar(begeleider, { ...aanmelding(gemeente.id), bsn: "123456782" });
  const vrijwilliger = await sessionUser((await maakGebruiker(organisatie.id, "VRIJWILLIGER")).id);
  await db().toewijzing.create({ data: { inburgeraarId: id, gebruikerId: vrijwilliger.id, rol: "MAATJE" } });
  return { organisatie, gemeente, begeleider, collega, teamleider, vrijwilliger, id };
}

const aanmelding = (gemeenteId: string) => ({
  voornaam: "Mohammed",
  achternaam: "Al-Hassan",
  geboortedatum: "1988-04-12",
  gemeenteId,
  verblijfsvergunning: "ASIEL_BEPAALDE_TIJD",
  koppelingDatum: "2026-01-10",
  woningtoewijzingDatum: "2026-02-01",
  brpInschrijvingDatum: "2026-03-01",
  telefoon: "06 1234 5678",
});

/** The form as it arrives for the stored dossier: every field, BSN empty (= keep). */
async function formulier(id: string, wijziging: Record<string, unknown> = {}) {
  const r = await db().inburgeraar.findUniqueOrThrow({ where: { id } });
  const d = (x: Date | null) => (x ? x.toISOString().slice(0, 10) : "");
  return {
    version: String(r.version),
    voornaam: r.voornaam,
    achternaam: r.achternaam,
    geboortedatum: d(r.geboortedatum),
    bsn: "",
    vNummer: r.vNummer ?? "",
    landVanHerkomst: r.landVanHerkomst ?? "",
    talen: r.talen.join(", "),
    tolkTaal: r.tolkTaal ?? "",
    ...(r.tolkNodig ? { tolkNodig: "on" } : {}),
    telefoon: r.telefoon ?? "",
    email: r.email ?? "",
    verblijfsvergunning: r.verblijfsvergunning,
    redenZonderWettelijkRecht: r.redenZonderWettelijkRecht ?? "",
    doelgroepen: r.doelgroepen,
    koppelingDatum: d(r.koppelingDatum),
    woningtoewijzingDatum: d(r.woningtoewijzingDatum),
    verhuisDatum: d(r.verhuisDatum),
    brpInschrijvingDatum: d(r.brpInschrijvingDatum),
    uitkeringStartDatum: d(r.uitkeringStartDatum),
    bredeIntakeDatum: d(r.bredeIntakeDatum),
    pipVastgesteldDatum: d(r.pipVastgesteldDatum),
    startLeerrouteDatum: d(r.startLeerrouteDatum),
    eersteLesDatum: d(r.eersteLesDatum),
    straat: r.straat ?? "",
    huisnummer: r.huisnummer ?? "",
    postcode: r.postcode ?? "",
    woonplaats: r.woonplaats ?? "",
    ...wijziging,
  };
}

async function momentopname(id: string) {
  const r = await db().inburgeraar.findUniqueOrThrow({ where: { id }, omit: { bsnHash: false, bsnVersleuteld: false } });
  const audit = await db().auditLog.count({ where: { inburgeraarId: id, actie: "inburgeraar.gegevens-gewijzigd" } });
  return { r, audit };
}

async function fout(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return e as Error & { code?: string; issues?: { path: (string | number)[]; message: string }[] };
  }
  throw new Error("verwachtte een fout");
}

const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

describe("gegevens wijzigen", () => {
  it("slaat wijzigingen op, rekent de einddatum opnieuw uit met verlengingen en schrijft één auditregel zonder BSN", async () => {
    const w = await wereld();
    await db().verlenging.create({ data: { inburgeraarId: w.id, maanden: 6, reden: "Taal", status: "GOEDGEKEURD", aangevraagdDoorId: w.begeleider.id } });
    await db().verlenging.create({ data: { inburgeraarId: w.id, maanden: 3, reden: "Nee", status: "AFGEWEZEN", aangevraagdDoorId: w.begeleider.id } });
    const { gewijzigd } = await wijzigGegevens(
      w.begeleider,
      w.id,
      await formulier(w.id, {
        achternaam: "Al-Hassani",
        bsn: "111222333",
        brpInschrijvingDatum: "2026-04-15",
        bredeIntakeDatum: "2026-04-20",
        pipVastgesteldDatum: "2026-05-10",
        startLeerrouteDatum: "2026-06-01",
        eersteLesDatum: "2026-06-01",
        doelgroepen: ["NAREIZIGER"],
      }),
    );
    expect(gewijzigd).toEqual(expect.arrayContaining(["achternaam", "brpInschrijvingDatum", "bredeIntakeDatum", "doelgroepen", "bsn"]));
    const { r } = await momentopname(w.id);
    expect(r).toMatchObject({ achternaam: "Al-Hassani", version: 2, doelgroepen: ["NAREIZIGER"], telefoon: "06 1234 5678", bsnHash: hashBsn("111222333") });
    expect(iso(r.brpInschrijvingDatum)).toBe("2026-04-15");
    expect(iso(r.eersteLesDatum)).toBe("2026-06-01");
    // 12 months looptijd + 6 granted (the rejected 3 do not count).
    expect(iso(r.einddatum)).toBe("2027-10-15");
    const log = await db().auditLog.findMany({ where: { inburgeraarId: w.id, actie: "inburgeraar.gegevens-gewijzigd" } });
    expect(log).toHaveLength(1);
    const samenvatting = zinVoorAudit(log[0]!);
    expect(samenvatting).toMatch(/^Gegevens gewijzigd: /);
    expect(samenvatting).toContain("achternaam");
    expect(samenvatting).toContain("inschrijving in de BRP (15 april 2026)");
    expect(samenvatting).toContain("brede intake (20 april 2026)");
    expect(samenvatting).toContain("BSN gewijzigd");
    expect(samenvatting).toContain("einddatum nu 15 oktober 2027");
    expect(JSON.stringify(log[0]!.details)).not.toMatch(/111222333|123456782/);
    expect(log[0]!.gebruikerId).toBe(w.begeleider.id);
  });

  it("houdt het BSN als het veld leeg blijft en verwijdert het alleen met het vinkje", async () => {
    const w = await wereld();
    await wijzigGegevens(w.begeleider, w.id, await formulier(w.id, { telefoon: "0612345679" }));
    expect((await momentopname(w.id)).r.bsnHash).toBe(hashBsn("123456782"));
    await wijzigGegevens(w.begeleider, w.id, await formulier(w.id, { bsnVerwijderen: "on" }));
    const { r } = await momentopname(w.id);
    expect(r.bsnHash).toBeNull();
    expect(r.bsnVersleuteld).toBeNull();
    const laatste = await db().auditLog.findFirst({ where: { inburgeraarId: w.id, actie: "inburgeraar.gegevens-gewijzigd" }, orderBy: { id: "desc" } });
    expect(zinVoorAudit(laatste!)).toBe("Gegevens gewijzigd: BSN verwijderd");
  });

  it("slaat niets op en schrijft niets als er niets veranderde", async () => {
    const w = await wereld();
    expect(await wijzigGegevens(w.begeleider, w.id, await formulier(w.id))).toEqual({ gewijzigd: [] });
    expect(await momentopname(w.id)).toMatchObject({ r: { version: 1 }, audit: 0 });
  });

  it("geeft een conflict bij een verouderde versie en verandert niets", async () => {
    const w = await wereld();
    const oud = await formulier(w.id, { achternaam: "Eerste" });
    await wijzigGegevens(w.teamleider, w.id, await formulier(w.id, { achternaam: "Tweede" }));
    const e = await fout(wijzigGegevens(w.begeleider, w.id, oud));
    expect(e.code).toBe("CONFLICT");
    expect(e.message).toMatch(/intussen gewijzigd/);
    const { r, audit } = await momentopname(w.id);
    expect(r).toMatchObject({ achternaam: "Tweede", version: 2 });
    expect(audit).toBe(1);
  });

  it("zet bij foute invoer de melding bij het veld en verandert niets", async () => {
    const w = await wereld();
    const voor = await momentopname(w.id);
    const gevallen: [Record<string, unknown>, string, RegExp][] = [
      [{ voornaam: "" }, "voornaam", /Vul de voornaam in/],
      [{ achternaam: "x".repeat(101) }, "achternaam", /hoogstens 100 tekens/],
      [{ straat: "x".repeat(101) }, "straat", /Hoogstens 100 tekens/],
      [{ bsn: "123456789" }, "bsn", /11-proef/],
      [{ bsn: "111222333", bsnVerwijderen: "on" }, "bsn", /niet allebei/],
      [{ brpInschrijvingDatum: "2026-01-09" }, "brpInschrijvingDatum", /niet vóór de koppeling/],
      [{ verhuisDatum: "2026-01-20" }, "verhuisDatum", /niet vóór de woningtoewijzing/],
      [{ bredeIntakeDatum: "2026-03-10", pipVastgesteldDatum: "2026-03-01" }, "pipVastgesteldDatum", /niet vóór de brede intake/],
      [{ pipVastgesteldDatum: "2026-03-10", startLeerrouteDatum: "2026-03-01" }, "startLeerrouteDatum", /niet starten vóór/],
      [{ startLeerrouteDatum: "2026-04-10", eersteLesDatum: "2026-04-01" }, "eersteLesDatum", /niet vóór de start van de leerroute/],
      [{ eersteLesDatum: "2026-02-31" }, "eersteLesDatum", /geldige datum/],
      [{ verblijfsvergunning: "REGULIER_GEZIN_NEDERLANDER" }, "redenZonderWettelijkRecht", /geen wettelijk recht/],
      [{ version: "" }, "version", /.+/],
    ];
    for (const [wijziging, veld, melding] of gevallen) {
      const e = await fout(wijzigGegevens(w.begeleider, w.id, await formulier(w.id, wijziging)));
      const issue = e.issues?.find((i) => i.path.join(".") === veld);
      expect(issue, veld).toBeDefined();
      expect(issue!.message).toMatch(melding);
    }
    expect(await momentopname(w.id)).toEqual(voor);
  });

  it("weigert een wijziging die het dossier gelijk maakt aan een ander dossier", async () => {
    const w = await wereld();
    const ander = await aanmeldInburgeraar(w.begeleider, {
      ...aanmelding(w.gemeente.id),
      voornaam: "Karim",
      achternaam: "Anders",
      geboortedatum: "1970-01-01",
      vNummer: "1234567890",
    });
    const voor = await momentopname(w.id);
    for (const wijziging of [{ bsn: "", vNummer: "12345 67890" }, { voornaam: "Kariem", achternaam: "Anders", geboortedatum: "1970-01-01" }]) {
      const e = await fout(wijzigGegevens(w.begeleider, w.id, await formulier(w.id, wijziging)));
      expect(e).toBeInstanceOf(DubbelDossierError);
      expect((e as DubbelDossierError).dossier).toEqual({ id: ander.id, naam: "Karim Anders" });
    }
    // The other dossier's BSN.
    await wijzigGegevens(w.begeleider, ander.id, await formulier(ander.id, { bsn: "111222333" }));
    expect(await fout(wijzigGegevens(w.begeleider, w.id, await formulier(w.id, { bsn: "111222333" })))).toBeInstanceOf(DubbelDossierError);
    expect(await momentopname(w.id)).toEqual(voor);
    // Its own BSN, V-nummer and name are no duplicate of itself.
    await wijzigGegevens(w.begeleider, w.id, await formulier(w.id, { bsn: "123456782", voornaam: "Muhammad" }));
    expect((await momentopname(w.id)).r.voornaam).toBe("Muhammad");
  });

  it("weigert een vrijwilliger en behandelt dossiers buiten bereik als niet gevonden", async () => {
    const w = await wereld();
    const anderOrg = await wereld();
    const invoer = await formulier(w.id, { achternaam: "Gehackt" });
    await expect(wijzigGegevens(w.vrijwilliger, w.id, invoer)).rejects.toMatchObject({ code: "GEEN_TOEGANG" });
    await expect(wijzigGegevens(w.collega, w.id, invoer)).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    await expect(wijzigGegevens(anderOrg.begeleider, w.id, invoer)).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    await expect(wijzigGegevens(anderOrg.teamleider, w.id, invoer)).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    expect(await momentopname(w.id)).toMatchObject({ r: { achternaam: "Al-Hassan", version: 1 }, audit: 0 });
  });
});
