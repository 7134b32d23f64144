import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { decryptBsn } from "@/lib/crypto/bsn";
import { db } from "@/lib/db";
import { Fase, Rol } from "@/lib/db/generated/enums";
import { isValidBsn } from "@/lib/inburgeraar/rules";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/accounts";
import { seedDemo } from "@/lib/seed/demo";
import { dateKolomNaarKalenderdatum } from "@/lib/tijd";

const NOW = new Date("2026-03-02T10:00:00Z");

/** Row counts of every table the seed writes. */
async function tellingen() {
  const p = db();
  const [
    organisaties, gemeenten, gebruikers, inburgeraars, huishouden, toewijzingen, afspraken, checklist,
    templates, plannen, meetmomenten, scores, doelen, signalen, toestemmingen, verlengingen, socialeKaart, auditLog,
  ] = await Promise.all([
    p.organisatie.count(), p.gemeente.count(), p.gebruiker.count(), p.inburgeraar.count(), p.huishoudlid.count(),
    p.toewijzing.count(), p.afspraak.count(), p.checklistItem.count(), p.checklistTemplateItem.count(),
    p.begeleidingsplan.count(), p.meetmoment.count(), p.leefgebiedScore.count(), p.doel.count(), p.signaal.count(),
    p.toestemming.count(), p.verlenging.count(), p.socialeKaartOrganisatie.count(), p.auditLog.count(),
  ]);
  return {
    organisaties, gemeenten, gebruikers, inburgeraars, huishouden, toewijzingen, afspraken, checklist,
    templates, plannen, meetmomenten, scores, doelen, signalen, toestemmingen, verlengingen, socialeKaart, auditLog,
  };
}

describe("seedDemo", () => {
  // One seed for the whole file: it is the slow part.
  let eerste: Awaited<ReturnType<typeof tellingen>>;
  beforeAll(async () => {
    expect(await db().organisatie.count()).toBe(0);
    await expect(seedDemo(db(), { now: NOW })).resolves.toEqual({ created: true });
    eerste = await tellingen();
  }, 120_000);

  it("fills every table it seeds", () => {
    expect(eerste.organisaties).toBeGreaterThanOrEqual(6);
    for (const [tabel, aantal] of Object.entries(eerste)) expect(aantal, tabel).toBeGreaterThan(0);
  });

  it("changes nothing on a second run", async () => {
    await expect(seedDemo(db(), { now: NOW })).resolves.toEqual({ created: false });
    expect(await tellingen()).toEqual(eerste);
  });

  it("creates at least 40 test inburgeraars in all five phases", async () => {
    const perFase = await db().inburgeraar.groupBy({ by: ["fase"], _count: { _all: true } });
    const aantal = Object.fromEntries(perFase.map((r) => [r.fase, r._count._all]));
    for (const fase of Object.values(Fase)) expect(aantal[fase] ?? 0, fase).toBeGreaterThan(0);
    expect(await db().inburgeraar.count()).toBeGreaterThanOrEqual(40);
    expect(await db().inburgeraar.count({ where: { isTestdata: false } })).toBe(0);
  });

  it("creates a user of every role", async () => {
    for (const rol of Object.values(Rol)) {
      expect(await db().gebruiker.count({ where: { rol, actief: true } }), rol).toBeGreaterThan(0);
    }
    // Consulenten are linked to their gemeenten.
    const consulenten = await db().gebruiker.findMany({ where: { rol: "CONSULENT" }, select: { gemeenten: true } });
    expect(consulenten.every((c) => c.gemeenten.length > 0)).toBe(true);
  });

  it("creates the DEMO_ACCOUNTS, active, in the Den Haag organisation, with the demo password", async () => {
    for (const [rol, account] of Object.entries(DEMO_ACCOUNTS)) {
      const gebruiker = await db().gebruiker.findUnique({
        where: { email: account.email },
        select: { rol: true, actief: true, naam: true, organisatie: { select: { naam: true } } },
      });
      expect(gebruiker, rol).not.toBeNull();
      expect(gebruiker!.rol).toBe(rol.toUpperCase());
      expect(gebruiker!.actief).toBe(true);
      expect(gebruiker!.naam).toBe(account.naam);
      expect(gebruiker!.organisatie.naam).toBe("VluchtelingenWerk regio Den Haag");
    }
    const { wachtwoordHash } = await db().gebruiker.findUniqueOrThrow({
      where: { email: DEMO_ACCOUNTS.begeleider.email },
      omit: { wachtwoordHash: false },
    });
    expect(await verifyPassword(wachtwoordHash!, DEMO_PASSWORD)).toBe(true);
  });

  it("gives the demo begeleider about ten people and the demo vrijwilliger two or three maatjes", async () => {
    const actief = { tot: null };
    const begeleider = await db().toewijzing.count({
      where: { ...actief, gebruiker: { email: DEMO_ACCOUNTS.begeleider.email } },
    });
    expect(begeleider).toBeGreaterThanOrEqual(8);
    expect(begeleider).toBeLessThanOrEqual(12);
    const maatjes = await db().toewijzing.count({
      where: { ...actief, rol: "MAATJE", gebruiker: { email: DEMO_ACCOUNTS.vrijwilliger.email } },
    });
    expect(maatjes).toBeGreaterThanOrEqual(2);
    expect(maatjes).toBeLessThanOrEqual(3);
  });

  it("stores valid, encrypted test BSNs and consistent trajectory dates", async () => {
    const personen = await db().inburgeraar.findMany({
      select: {
        bsnVersleuteld: true,
        koppelingDatum: true,
        woningtoewijzingDatum: true,
        brpInschrijvingDatum: true,
        einddatum: true,
        fase: true,
      },
    });
    for (const p of personen) {
      const bsn = decryptBsn(p.bsnVersleuteld!);
      expect(isValidBsn(bsn), bsn).toBe(true);
      expect(bsn.startsWith("9999")).toBe(true);
      const kd = (d: Date | null) => (d ? dateKolomNaarKalenderdatum(d) : null);
      if (p.woningtoewijzingDatum && p.brpInschrijvingDatum) {
        expect(kd(p.koppelingDatum)! < kd(p.woningtoewijzingDatum)!).toBe(true);
        expect(kd(p.woningtoewijzingDatum)! < kd(p.brpInschrijvingDatum)!).toBe(true);
      }
      expect(p.einddatum === null).toBe(p.brpInschrijvingDatum === null);
      if (p.fase !== "AANGEMELD") expect(p.brpInschrijvingDatum).not.toBeNull();
    }
  });

  it("gives every demo dossier a timeline of past events in the words the real actions use", async () => {
    const personen = await db().inburgeraar.findMany({ select: { id: true, fase: true, organisatieId: true } });
    const rijen = await db().auditLog.findMany({
      where: { inburgeraarId: { not: null } },
      select: { inburgeraarId: true, organisatieId: true, actie: true, createdAt: true, details: true },
    });
    const per = new Map<string, typeof rijen>();
    for (const r of rijen) per.set(r.inburgeraarId!, [...(per.get(r.inburgeraarId!) ?? []), r]);
    for (const p of personen) {
      const tijdlijn = per.get(p.id) ?? [];
      const acties = new Set(tijdlijn.map((r) => r.actie));
      expect(acties.has("inburgeraar.aangemeld"), p.id).toBe(true);
      if (p.fase !== "AANGEMELD") expect(acties.has("inburgeraar.fase-gewijzigd"), p.id).toBe(true);
      if (p.fase === "BEGELEIDINGSFASE" || p.fase === "AFGESLOTEN") expect(acties.has("afspraak.gelogd"), p.id).toBe(true);
      for (const r of tijdlijn) {
        expect(r.organisatieId).toBe(p.organisatieId);
        expect(r.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
        expect(typeof (r.details as { samenvatting?: unknown }).samenvatting).toBe("string");
      }
    }
    const zinnen = rijen.map((r) => (r.details as { samenvatting: string }).samenvatting);
    expect(zinnen).toContainEqual(expect.stringMatching(/^Opstartfase afsluiten: van Opstartfase naar Begeleidingsfase$/));
    expect(zinnen).toContainEqual(expect.stringMatching(/^Dossier afsluiten: van Afronding naar Afgesloten$/));
    expect(zinnen).toContainEqual(expect.stringMatching(/^Afspraak gepland: .+ op \d+ \w+ \d{4} om \d\d:\d\d$/));
    expect(zinnen).toContainEqual(expect.stringMatching(/^Checklist: .+ → geregeld/));
    expect(zinnen).toContainEqual(expect.stringMatching(/^Verlenging van 6 maanden goedgekeurd; nieuwe einddatum/));
    expect(zinnen).toContainEqual(expect.stringMatching(/^Gegevens gewijzigd: inschrijving in de BRP \(/));
  });
});
