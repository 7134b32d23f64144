import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { aanmeldInburgeraar } from "@/lib/inburgeraar/aanmelden";
import { DubbelDossierError } from "@/lib/inburgeraar/duplicates";
import { hashBsn } from "@/lib/crypto/bsn";
import { maakGebruiker, maakOrganisatie, sessionUser } from "../factories";
import { zinVoorAudit } from "@/lib/audit/zinnen";

async function wereld() {
  const { organisatie, gemeente } = await maakOrganisatie();
  const begeleider = await sessionUser((await maakGebruiker(organisatie.id, "BEGELEIDER")).id);
  const collega = await sessionUser((await maakGebruiker(organisatie.id, "BEGELEIDER")).id);
  const teamleider = await sessionUser((await maakGebruiker(organisatie.id, "TEAMLEIDER")).id);
  return { organisatie, gemeente, begeleider, collega, teamleider };
}

const basis = (gemeenteId: string) => ({
  voornaam: "Mohammed",
  achternaam: "Al-Hassan",
  geboortedatum: "1988-04-12",
  gemeenteId,
  verblijfsvergunning: "ASIEL_BEPAALDE_TIJD",
  koppelingDatum: "2026-01-10",
  woningtoewijzingDatum: "2026-02-01",
  brpInschrijvingDatum: "2026-03-01",
});

async function aantal(organisatieId: string) {
  return db().inburgeraar.count({ where: { organisatieId } });
}

async function fout(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return e as Error & { issues?: { path: (string | number)[]; message: string }[] };
  }
  throw new Error("verwachtte een fout");
}

describe("aanmelden", () => {
  it("maakt dossier, huishouden, toewijzing, einddatum en auditregel in één keer", async () => {
    const w = await wereld();
    const { id } = await aanmeldInburgeraar(w.begeleider, {
      ...basis(w.gemeente.id),
      bsn: "1234.56.782",
      vNummer: "12345 67890",
      talen: "Arabisch, Engels",
      doelgroepen: ["ALLEENSTAANDE_OUDER"],
      huishouden: [{ voornaam: "Fictieva", geboortedatum: "2019-02-02", relatie: "KIND", isNareiziger: "on" }],
    });
    const r = await db().inburgeraar.findUniqueOrThrow({
      where: { id },
      omit: { bsnHash: false, bsnVersleuteld: false },
      include: { toewijzingen: true, huishouden: true },
    });
    expect(r.einddatum?.toISOString().slice(0, 10)).toBe("2027-03-01");
    expect(r.bsnHash).toBe(hashBsn("123456782"));
    expect(r.bsnVersleuteld).not.toContain("123456782");
    expect(r.vNummer).toBe("1234567890");
    expect(r.talen).toEqual(["Arabisch", "Engels"]);
    expect(r.aangemaaktDoorId).toBe(w.begeleider.id);
    expect(r.toewijzingen).toMatchObject([{ gebruikerId: w.begeleider.id, rol: "BEGELEIDER", tot: null }]);
    expect(r.huishouden).toMatchObject([{ voornaam: "Fictieva", relatie: "KIND", isNareiziger: true }]);
    const log = await db().auditLog.findMany({ where: { inburgeraarId: id } });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ actie: "inburgeraar.aangemeld", gebruikerId: w.begeleider.id });
    expect(zinVoorAudit(log[0]!)).toContain("1 maart 2027");
  });

  it("laat een teamleider een begeleider uit de eigen organisatie kiezen, niet van een andere", async () => {
    const w = await wereld();
    const ander = await maakOrganisatie();
    const vreemde = await maakGebruiker(ander.organisatie.id, "BEGELEIDER");
    const e = await fout(aanmeldInburgeraar(w.teamleider, { ...basis(w.gemeente.id), begeleiderId: vreemde.id }));
    expect(e.issues?.[0]).toMatchObject({ path: ["begeleiderId"] });
    const { id } = await aanmeldInburgeraar(w.teamleider, { ...basis(w.gemeente.id), begeleiderId: w.collega.id });
    expect(await db().toewijzing.findMany({ where: { inburgeraarId: id } })).toMatchObject([{ gebruikerId: w.collega.id, toegewezenDoorId: w.teamleider.id }]);
  });

  it("verandert niets bij lege, te lange of ongeldige invoer en zet de melding bij het veld", async () => {
    const w = await wereld();
    const gevallen: [Record<string, unknown>, string, RegExp][] = [
      [{ ...basis(w.gemeente.id), voornaam: "" }, "voornaam", /Vul de voornaam in/],
      [{ ...basis(w.gemeente.id), achternaam: "x".repeat(101) }, "achternaam", /hoogstens 100 tekens/],
      [{ ...basis(w.gemeente.id), bsn: "123456789" }, "bsn", /11-proef/],
      [{ ...basis(w.gemeente.id), vNummer: "12ab" }, "vNummer", /10 cijfers/],
      [{ ...basis(w.gemeente.id), geboortedatum: "2099-01-01" }, "geboortedatum", /verleden/],
      [{ ...basis(w.gemeente.id), geboortedatum: "1850-01-01" }, "geboortedatum", /te lang geleden/],
      [{ ...basis(w.gemeente.id), geboortedatum: "2026-02-30" }, "geboortedatum", /geldige datum/],
      [{ ...basis(w.gemeente.id), woningtoewijzingDatum: "2025-12-01" }, "woningtoewijzingDatum", /niet vóór de koppeling/],
      [{ ...basis(w.gemeente.id), brpInschrijvingDatum: "2026-01-09" }, "brpInschrijvingDatum", /niet vóór de koppeling/],
      [{ ...basis(w.gemeente.id), verblijfsvergunning: "REGULIER_GEZIN_NEDERLANDER" }, "redenZonderWettelijkRecht", /geen wettelijk recht/],
      [{ ...basis(w.gemeente.id), tolkNodig: "on" }, "tolkTaal", /tolk/],
      [{ ...basis(w.gemeente.id), huishouden: [{ voornaam: "", relatie: "KIND" }] }, "huishouden.0.voornaam", /voornaam/],
      [{ ...basis(w.gemeente.id), huishouden: [{ voornaam: "Kind", relatie: "KIND", geboortedatum: "2099-01-01" }] }, "huishouden.0.geboortedatum", /verleden/],
    ];
    for (const [input, veld, melding] of gevallen) {
      const e = await fout(aanmeldInburgeraar(w.begeleider, input));
      const issue = e.issues?.find((i) => i.path.join(".") === veld);
      expect(issue, veld).toBeDefined();
      expect(issue!.message).toMatch(melding);
    }
    expect(await aantal(w.organisatie.id)).toBe(0);
    expect(await db().auditLog.count({ where: { organisatieId: w.organisatie.id } })).toBe(0);
  });

  it("neemt iemand zonder wettelijk recht alleen op met een reden", async () => {
    const w = await wereld();
    const { id } = await aanmeldInburgeraar(w.begeleider, {
      ...basis(w.gemeente.id),
      verblijfsvergunning: "REGULIER_GEZIN_NEDERLANDER",
      redenZonderWettelijkRecht: "Gemeente heeft besloten ook gezinsmigranten te begeleiden.",
    });
    expect((await db().inburgeraar.findUniqueOrThrow({ where: { id } })).redenZonderWettelijkRecht).toMatch(/gezinsmigranten/);
  });

  it("weigert een gemeente van een andere organisatie", async () => {
    const w = await wereld();
    const ander = await maakOrganisatie();
    const e = await fout(aanmeldInburgeraar(w.begeleider, basis(ander.gemeente.id)));
    expect(e.issues?.[0]).toMatchObject({ path: ["gemeenteId"] });
    expect(await aantal(w.organisatie.id)).toBe(0);
  });

  it("weigert vrijwilligers en consulenten", async () => {
    const w = await wereld();
    const vrijwilliger = await sessionUser((await maakGebruiker(w.organisatie.id, "VRIJWILLIGER")).id);
    await expect(aanmeldInburgeraar(vrijwilliger, basis(w.gemeente.id))).rejects.toMatchObject({ code: "GEEN_TOEGANG" });
  });

  describe("dubbele dossiers", () => {
    it("vindt hetzelfde BSN en linkt naar het dossier als je het mag zien", async () => {
      const w = await wereld();
      const { id } = await aanmeldInburgeraar(w.begeleider, { ...basis(w.gemeente.id), bsn: "123456782" });
      const e = await fout(
        aanmeldInburgeraar(w.begeleider, { ...basis(w.gemeente.id), voornaam: "Karim", achternaam: "Totaal Anders", geboortedatum: "1970-01-01", bsn: "123456782" }),
      );
      expect(e).toBeInstanceOf(DubbelDossierError);
      expect((e as DubbelDossierError).dossier).toEqual({ id, naam: "Mohammed Al-Hassan" });
      expect(e.message).toContain("hetzelfde BSN");
      expect(await aantal(w.organisatie.id)).toBe(1);
    });

    it("vindt hetzelfde V-nummer, maar noemt geen naam als je het dossier niet mag zien", async () => {
      const w = await wereld();
      await aanmeldInburgeraar(w.begeleider, { ...basis(w.gemeente.id), vNummer: "1234567890" });
      const e = await fout(
        aanmeldInburgeraar(w.collega, { ...basis(w.gemeente.id), voornaam: "Karim", achternaam: "Anders", geboortedatum: "1970-01-01", vNummer: "1234567890" }),
      );
      expect(e).toBeInstanceOf(DubbelDossierError);
      expect((e as DubbelDossierError).dossier).toBeNull();
      expect(e.message).not.toMatch(/Mohammed|Hassan/);
      expect(e.message).toContain("teamleider");
      expect(await aantal(w.organisatie.id)).toBe(1);
    });

    it("vindt een andere transliteratie met dezelfde geboortedatum", async () => {
      const w = await wereld();
      await aanmeldInburgeraar(w.begeleider, basis(w.gemeente.id));
      const e = await fout(aanmeldInburgeraar(w.begeleider, { ...basis(w.gemeente.id), voornaam: "Muhammad", achternaam: "Alhassan" }));
      expect(e).toBeInstanceOf(DubbelDossierError);
      expect(e.message).toContain("dezelfde geboortedatum");
      // Same name, other birth date: a different person.
      await aanmeldInburgeraar(w.begeleider, { ...basis(w.gemeente.id), voornaam: "Muhammad", achternaam: "Alhassan", geboortedatum: "1990-04-12" });
      expect(await aantal(w.organisatie.id)).toBe(2);
    });

    it("kijkt niet over de grens van de organisatie", async () => {
      const w = await wereld();
      const ander = await wereld();
      await aanmeldInburgeraar(ander.begeleider, { ...basis(ander.gemeente.id), bsn: "123456782" });
      await aanmeldInburgeraar(w.begeleider, { ...basis(w.gemeente.id), bsn: "123456782" });
      expect(await aantal(w.organisatie.id)).toBe(1);
    });
  });
});
