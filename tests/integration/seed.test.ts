import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { decryptBsn } from "@/lib/crypto/bsn";
import { afwijkendeStanden } from "@/lib/caseload/stand";
import { db, getDatabase } from "@/lib/db";
import { Fase, Rol } from "@/lib/db/generated/enums";
import { isValidBsn } from "@/lib/inburgeraar/rules";
import { toestemmingGeldig } from "@/lib/authz/zicht";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/accounts";
import { seedDemo } from "@/lib/seed/demo";
import { dateKolomNaarKalenderdatum, vandaag } from "@/lib/tijd";
import { leesAuditActie } from "@/lib/audit/acties";
import { zinVoorAudit } from "@/lib/audit/zinnen";

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
    const start = performance.now();
    await expect(seedDemo(db(), { now: NOW })).resolves.toEqual({ created: true });
    if (process.env.TEST_DB_TIMING) process.stdout.write(`[seed] demo geseed in ${((performance.now() - start) / 1000).toFixed(2)} s\n`);
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

  it("leaves the stored facts of every person equal to a full recomputation (its writes ran the triggers)", async () => {
    expect(await afwijkendeStanden(getDatabase().sql)).toEqual([]);
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

  it("gives the demo begeleider about ten people and the demo vrijwilliger two to five maatjes", async () => {
    const actief = { tot: null };
    const begeleider = await db().toewijzing.count({
      where: { ...actief, gebruiker: { email: DEMO_ACCOUNTS.begeleider.email } },
    });
    expect(begeleider).toBeGreaterThanOrEqual(8);
    // About ten of her own, plus Hiwet Kidane after the intern overdracht (lib/seed/delen.ts) and the two
    // opstartfase dossiers the plan journey starts from (tests/e2e/plan.spec.ts).
    expect(begeleider).toBeLessThanOrEqual(13);
    const maatjes = await db().toewijzing.count({
      where: { ...actief, rol: "MAATJE", gebruiker: { email: DEMO_ACCOUNTS.vrijwilliger.email } },
    });
    expect(maatjes).toBeGreaterThanOrEqual(2);
    // Three in the begeleidingsfase, two in the opstartfase for the plan journey (tests/e2e/plan.spec.ts).
    expect(maatjes).toBeLessThanOrEqual(5);
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

  it("gives every demo dossier a timeline of past typed events, read in the words the real actions get", async () => {
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
        // A typed event (lib/audit/acties), no stored prose: the sentence is made when read.
        expect(leesAuditActie(r), `${r.actie} ${JSON.stringify(r.details)}`).not.toBeNull();
        expect((r.details as { samenvatting?: unknown }).samenvatting).toBeUndefined();
      }
    }
    const zinnen = rijen.map((r) => zinVoorAudit(r));
    expect(zinnen).toContainEqual(expect.stringMatching(/^Opstartfase afsluiten: van Opstartfase naar Begeleidingsfase$/));
    expect(zinnen).toContainEqual(expect.stringMatching(/^Dossier afsluiten: van Afronding naar Afgesloten$/));
    expect(zinnen).toContainEqual(expect.stringMatching(/^Afspraak gepland: .+ op \d+ \w+ \d{4} om \d\d:\d\d$/));
    expect(zinnen).toContainEqual(expect.stringMatching(/^Checklist: .+ → geregeld/));
    expect(zinnen).toContainEqual(expect.stringMatching(/^Verlenging van 6 maanden goedgekeurd; nieuwe einddatum/));
    expect(zinnen).toContainEqual(expect.stringMatching(/^Gegevens gewijzigd: inschrijving in de BRP \(/));
  });
  // ── the demo data tells a consistent story (issue 6 §8) ──

  it("never puts a medewerker or an inburgeraar in two afspraken at once", async () => {
    const afspraken = await db().afspraak.findMany({
      select: { id: true, medewerkerId: true, inburgeraarId: true, start: true, duurMinuten: true },
      orderBy: { start: "asc" },
    });
    expect(afspraken.length).toBeGreaterThan(500);
    for (const sleutel of ["medewerkerId", "inburgeraarId"] as const) {
      const einde = new Map<string, { tot: number; id: string }>();
      for (const a of afspraken) {
        const vorige = einde.get(a[sleutel]);
        const start = a.start.getTime();
        if (vorige) expect(start, `${sleutel} ${a[sleutel]}: ${vorige.id} overlapt ${a.id}`).toBeGreaterThanOrEqual(vorige.tot);
        // A contact without a duration (a no-show) still held its half hour.
        const tot = start + (a.duurMinuten ?? 30) * 60_000;
        if (!vorige || tot > vorige.tot) einde.set(a[sleutel], { tot, id: a.id });
      }
    }
  });

  it("logs only the past, and a no-show has no duration", async () => {
    const nietVerschenen = await db().afspraak.findMany({ where: { status: { in: ["NIET_VERSCHENEN", "GEANNULEERD"] } }, select: { duurMinuten: true } });
    expect(nietVerschenen.length).toBeGreaterThan(0);
    expect(nietVerschenen.every((a) => a.duurMinuten === null)).toBe(true);
    const gelogd = await db().afspraak.findMany({ where: { status: { not: "GEPLAND" } }, select: { start: true, gelogdOp: true, duurMinuten: true, status: true } });
    for (const a of gelogd) {
      expect(a.start.getTime()).toBeLessThan(NOW.getTime());
      expect(a.gelogdOp!.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(a.gelogdOp!.getTime()).toBeGreaterThanOrEqual(a.start.getTime() + (a.duurMinuten ?? 0) * 60_000);
    }
    expect(await db().afspraak.count({ where: { status: "GEPLAND", start: { lt: new Date(`${vandaag(NOW)}T00:00:00Z`) } } })).toBe(0);
  });

  it("dates every change when the story says it happened, never when the seed ran", async () => {
    const items = await db().checklistItem.findMany({ select: { status: true, datum: true, updatedAt: true, gewijzigdDoorId: true } });
    const geregeld = items.filter((i) => i.status === "GEREGELD" && i.datum);
    expect(geregeld.length).toBeGreaterThan(100);
    for (const i of items) expect(i.updatedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    // "Gewijzigd op" of an item ticked off on some day is that day (in Amsterdam), not today.
    for (const i of geregeld) expect(vandaag(i.updatedAt)).toBe(dateKolomNaarKalenderdatum(i.datum!));
    const laatst = async (rijen: Promise<Array<{ t: Date }>>) => Math.max(...(await rijen).map((r) => r.t.getTime()));
    const tijden = {
      afspraak: await laatst(db().afspraak.findMany({ select: { updatedAt: true } }).then((r) => r.map((x) => ({ t: x.updatedAt })))),
      inburgeraar: await laatst(db().inburgeraar.findMany({ select: { updatedAt: true } }).then((r) => r.map((x) => ({ t: x.updatedAt })))),
      signaal: await laatst(db().signaal.findMany({ select: { updatedAt: true } }).then((r) => r.map((x) => ({ t: x.updatedAt })))),
      overdracht: await laatst(db().overdracht.findMany({ select: { createdAt: true, updatedAt: true } }).then((r) => r.flatMap((x) => [{ t: x.createdAt }, { t: x.updatedAt }]))),
      toestemming: await laatst(db().toestemming.findMany({ select: { createdAt: true } }).then((r) => r.map((x) => ({ t: x.createdAt })))),
      plan: await laatst(db().begeleidingsplan.findMany({ select: { updatedAt: true } }).then((r) => r.map((x) => ({ t: x.updatedAt })))),
      doel: await laatst(db().doel.findMany({ select: { updatedAt: true } }).then((r) => r.map((x) => ({ t: x.updatedAt })))),
    };
    for (const [tabel, t] of Object.entries(tijden)) expect(t, tabel).toBeLessThanOrEqual(NOW.getTime());
  });

  it("writes about children only for a household with children", async () => {
    const personen = await db().inburgeraar.findMany({ select: { id: true, huishouden: { select: { relatie: true } } } });
    const metKinderen = new Set(personen.filter((p) => p.huishouden.some((h) => h.relatie === "KIND")).map((p) => p.id));
    expect(metKinderen.size).toBeGreaterThan(0);
    expect(metKinderen.size).toBeLessThan(personen.length);
    const overKinderen = /\b(kind|kinderen|school|schoolapp)\b|oudergesprek/i;
    const verslagen = await db().afspraak.findMany({ where: { verslag: { not: null } }, select: { inburgeraarId: true, verslag: true } });
    const overKind = verslagen.filter((a) => overKinderen.test(a.verslag!));
    expect(overKind.length).toBeGreaterThan(0);
    for (const a of overKind) expect(metKinderen.has(a.inburgeraarId), a.verslag!).toBe(true);
    const doelen = await db().doel.findMany({ where: { leefgebied: "KINDEREN_SCHOOL" }, select: { plan: { select: { inburgeraarId: true } } } });
    for (const d of doelen) expect(metKinderen.has(d.plan.inburgeraarId)).toBe(true);
    const kindgebonden = await db().toeslagAanvraag.findMany({ where: { soort: "Kindgebonden budget" }, select: { inburgeraarId: true } });
    expect(kindgebonden.length).toBeGreaterThan(0);
    for (const k of kindgebonden) expect(metKinderen.has(k.inburgeraarId)).toBe(true);
  });

  it("gives every dossier past the opstartfase a plan with scores at its past meetmomenten, own scores beside them and an agreed version", async () => {
    const verder = await db().inburgeraar.findMany({
      where: { fase: { in: ["BEGELEIDINGSFASE", "AFRONDING", "AFGESLOTEN"] }, gemeente: { NOT: { meetmomentenMaanden: { isEmpty: true } } } },
      select: {
        voornaam: true,
        brpInschrijvingDatum: true,
        afgeslotenOp: true,
        gemeente: { select: { meetmomentenMaanden: true } },
        plan: { select: { focusLeefgebied: true, versies: { select: { nummer: true } }, doelen: { select: { acties: { select: { voor: true } } } }, meetmomenten: { select: { maandNaStart: true, afgenomenOp: true, scores: { select: { score: true, eigenScore: true } } } } } },
      },
    });
    expect(verder.length).toBeGreaterThan(10);
    for (const p of verder) {
      expect(p.plan, p.voornaam).not.toBeNull();
      const plan = p.plan!;
      expect(plan.focusLeefgebied, p.voornaam).not.toBeNull();
      expect(plan.versies.map((v) => v.nummer), p.voornaam).toEqual([1]);
      // Only recorded meetmomenten are rows: the nulmeting and every passed month of the gemeente.
      expect(plan.meetmomenten.every((m) => m.afgenomenOp !== null && m.scores.length >= 5)).toBe(true);
      const maanden = plan.meetmomenten.map((m) => m.maandNaStart).sort((a, b) => a - b);
      expect(maanden[0], p.voornaam).toBe(0);
      expect(maanden.length, p.voornaam).toBeGreaterThanOrEqual(2);
      expect(plan.doelen.flatMap((d) => d.acties.map((a) => a.voor))).toContain("INBURGERAAR");
    }
    const scores = verder.flatMap((p) => p.plan!.meetmomenten.flatMap((m) => m.scores));
    expect(scores.every((s) => s.score >= 1 && s.score <= 5)).toBe(true);
    expect(scores.filter((s) => s.eigenScore !== null).length / scores.length).toBeGreaterThan(0.6);
    expect(await db().afspraakDoel.count()).toBeGreaterThan(10);
    // The two dossiers the plan journey starts from have no plan, but a maatje.
    for (const voornaam of ["Nadia", "Tesfay"]) {
      const p = await db().inburgeraar.findFirstOrThrow({ where: { voornaam, gemeente: { naam: "Den Haag" } }, select: { plan: true, toewijzingen: { where: { rol: "MAATJE" } } } });
      expect(p.plan).toBeNull();
      expect(p.toewijzingen).toHaveLength(1);
    }
  });

  it("gives the demo consulent a dossier in their gemeente with consent in force (Layla Darwish)", async () => {
    const consulent = await db().gebruiker.findUniqueOrThrow({
      where: { email: DEMO_ACCOUNTS.consulent.email },
      select: { rol: true, organisatieId: true, gemeenten: { select: { gemeenteId: true } } },
    });
    expect(consulent.rol).toBe("CONSULENT");
    const layla = await db().inburgeraar.findFirstOrThrow({
      where: { voornaam: "Layla", achternaam: "Darwish" },
      select: { id: true, gemeenteId: true, organisatieId: true },
    });
    expect(layla.organisatieId).toBe(consulent.organisatieId);
    expect(consulent.gemeenten.map((g) => g.gemeenteId)).toContain(layla.gemeenteId);
    const geldig = [];
    for (const onderwerp of ["VOORTGANG", "CONTACTGEGEVENS", "CHECKLIST", "AFSPRAKEN", "BEGELEIDINGSPLAN", "SIGNALEN"] as const) {
      if ((await db().toestemming.count({ where: { inburgeraarId: layla.id, ...toestemmingGeldig(onderwerp, NOW) } })) > 0) geldig.push(onderwerp);
    }
    expect(geldig).toEqual(["VOORTGANG", "CONTACTGEGEVENS", "CHECKLIST", "AFSPRAKEN", "BEGELEIDINGSPLAN", "SIGNALEN"]);
    // And the policy's own filter finds her among the dossiers whose voortgang that consulent may see.
    const zichtbaar = await db().inburgeraar.count({
      where: { gemeenteId: { in: consulent.gemeenten.map((g) => g.gemeenteId) }, toestemmingen: { some: toestemmingGeldig("VOORTGANG", NOW) } },
    });
    expect(zichtbaar).toBeGreaterThanOrEqual(2);
  });
});
