import { describe, expect, it } from "vitest";
import { logAfspraak, logGroepscontact, planAfspraak, wijzigAfspraak } from "@/lib/afspraak/mutations";
import { getContactFormulier } from "@/lib/afspraak/queries";
import { getMijnWeek } from "@/lib/agenda/week";
import { maandagVan } from "@/lib/afspraak/rules";
import { getCaseload } from "@/lib/caseload/queries";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { zetChecklistStatus } from "@/lib/opstart/checklist";
import { amsterdamNaarInstant, plusDagen, vandaag } from "@/lib/tijd";
import { maakInburgeraar, maakTweeOrganisatiesMetSessies, sessionUser, wijsToe } from "../factories";

/**
 * Issue 7: contact vastleggen in seconds. The server side of the one-screen
 * form (defaults), "volgend contact" as a planned afspraak, unlogged afspraken
 * as attention, overlap warnings, group contacts (all or nothing), checklist
 * taps with undo, and the repeat/conflict rules an offline queue relies on.
 */

const sleutel = () => `test-${crypto.randomUUID()}`;

const wereld = maakTweeOrganisatiesMetSessies;

async function fout(p: Promise<unknown>): Promise<AppError | Record<string, string[]>> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    const zod = e as { issues?: { path: PropertyKey[]; message: string }[] };
    if (zod.issues) {
      const velden: Record<string, string[]> = {};
      for (const i of zod.issues) (velden[String(i.path[0])] ??= []).push(i.message);
      return velden;
    }
    throw e;
  }
  throw new Error("verwachtte een fout");
}

describe("de standaarden van het formulier komen van de server", () => {
  it("neemt het type dat déze gebruiker het laatst gebruikte bij deze persoon, de tolk uit het dossier en begint nu min de gewone duur", async () => {
    const w = await wereld();
    await db().inburgeraar.update({ where: { id: w.inburgeraarA.id }, data: { tolkNodig: true, tolkTaal: "Tigrinya" } });
    // The begeleider's last contact was at the office; the volunteer's was a home visit.
    await logAfspraak(w.begeleider, { inburgeraarId: w.inburgeraarA.id, datum: vandaag(), tijd: "00:05", type: "KANTOOR", status: "VOND_PLAATS", aanvraagSleutel: sleutel() });
    await logAfspraak(w.vrijwilliger, { inburgeraarId: w.inburgeraarA.id, datum: plusDagen(vandaag(), -3), tijd: "15:00", type: "HUISBEZOEK", status: "VOND_PLAATS", aanvraagSleutel: sleutel() });

    const nu = new Date(); // the logs above are "today"; the form's times below use a fixed instant
    const vast = new Date("2026-03-10T13:07:00Z"); // 14:07 in Amsterdam
    const voorVrijwilliger = await getContactFormulier(w.vrijwilliger, w.inburgeraarA.id, {}, vast);
    expect(voorVrijwilliger.standaarden).toMatchObject({ type: "HUISBEZOEK", duurMinuten: 60, datum: "2026-03-10", tijd: "13:05", metTolk: true, tolkTaal: "Tigrinya" });
    const voorBegeleider = await getContactFormulier(w.begeleider, w.inburgeraarA.id, {}, nu);
    expect(voorBegeleider.standaarden.type).toBe("KANTOOR");
    expect(voorBegeleider.inburgeraar.naam).toBe(`${w.inburgeraarA.voornaam} ${w.inburgeraarA.achternaam}`);
    // The view is in the audit trail.
    expect(await db().auditLog.count({ where: { actie: "inburgeraar.bekeken", gebruikerId: w.vrijwilliger.id, details: { path: ["onderdeel"], equals: "contact-vastleggen" } } })).toBe(1);
  });

  it("zet open checklistpunten die te laat zijn bovenaan en laat geregelde weg", async () => {
    const w = await wereld();
    const gisteren = new Date(`${plusDagen(vandaag(), -1)}T00:00:00Z`);
    const overMaand = new Date(`${plusDagen(vandaag(), 30)}T00:00:00Z`);
    await db().checklistItem.createMany({
      data: [
        { inburgeraarId: w.inburgeraarA.id, code: "A", titel: "Zonder deadline", categorieen: ["VL"], volgorde: 1 },
        { inburgeraarId: w.inburgeraarA.id, code: "B", titel: "Over een maand", categorieen: ["FIN"], volgorde: 2, deadline: overMaand },
        { inburgeraarId: w.inburgeraarA.id, code: "C", titel: "Te laat", categorieen: ["HV"], volgorde: 3, deadline: gisteren, status: "BEZIG" },
        { inburgeraarId: w.inburgeraarA.id, code: "D", titel: "Al geregeld", categorieen: ["HV"], volgorde: 0, status: "GEREGELD" },
      ],
    });
    const f = await getContactFormulier(w.begeleider, w.inburgeraarA.id);
    expect(f.openPunten.map((p) => [p.titel, p.isTeLaat])).toEqual([
      ["Te laat", true],
      ["Over een maand", false],
      ["Zonder deadline", false],
    ]);
  });

  it("laat een persoon buiten bereik niet zien, en een consulent kan niet vastleggen", async () => {
    const w = await wereld();
    expect(await fout(getContactFormulier(w.begeleider, w.inburgeraarB.id))).toMatchObject({ code: "NIET_GEVONDEN" });
    expect(await fout(getContactFormulier(w.begeleider, w.nietToegewezenA.id))).toMatchObject({ code: "NIET_GEVONDEN" });
    const consulent = await sessionUser(w.gebruikers.consulent.id);
    expect(await fout(getContactFormulier(consulent, w.inburgeraarA.id))).toMatchObject({ code: "GEEN_TOEGANG" });
  });
});

describe("volgend contact wordt een geplande afspraak", () => {
  it("plant hem op de gekozen dag op dezelfde tijd, en toont hem in de caseload en de agenda", async () => {
    const w = await wereld();
    const dag = vandaag();
    const volgend = plusDagen(dag, 7);
    const invoer = {
      inburgeraarId: w.inburgeraarA.id,
      datum: dag,
      tijd: "09:30",
      type: "HUISBEZOEK",
      status: "VOND_PLAATS",
      verslag: "Post samen doorgenomen.",
      volgendContact: volgend,
      metTolk: "on",
      tolkTaal: "Arabisch",
      aanvraagSleutel: sleutel(),
    };
    const r = await logAfspraak(w.begeleider, invoer);
    expect(r.volgende).toMatchObject({ isNieuw: true, start: amsterdamNaarInstant(volgend, "09:30") });
    const gepland = await db().afspraak.findUniqueOrThrow({ where: { id: r.volgende!.id } });
    expect(gepland).toMatchObject({ status: "GEPLAND", type: "HUISBEZOEK", medewerkerId: w.begeleider.id, duurMinuten: 60, metTolk: true, tolkTaal: "Arabisch", onderwerp: "Volgend contact" });

    const rij = (await getCaseload(w.begeleider)).find((x) => x.id === w.inburgeraarA.id)!;
    expect(rij.volgendeAfspraak).toEqual(amsterdamNaarInstant(volgend, "09:30"));
    expect(rij.aandacht.map((a) => a.soort)).not.toContain("GEEN_AFSPRAAK");
    const week = await getMijnWeek(w.begeleider, maandagVan(volgend));
    expect(week.map((a) => a.id)).toContain(gepland.id);

    // The same submit again (a retry after a lost answer): still one contact and one planned afspraak.
    const nogmaals = await logAfspraak(w.begeleider, invoer);
    expect(nogmaals).toMatchObject({ id: r.id, isNieuw: false, volgende: { id: gepland.id } });
    expect(await db().afspraak.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(2);
    const audit = await db().auditLog.findFirstOrThrow({ where: { actie: "afspraak.gepland", entiteitId: gepland.id } });
    expect(audit.details).toMatchObject({ bron: "volgend-contact", naAfspraakId: r.id });
  });

  it("gebruikt een gekozen tijd, 10:00 na een contact buiten kantoortijd, en een afspraak die die dag al gepland is", async () => {
    const w = await wereld();
    const dag = vandaag();
    const basis = { inburgeraarId: w.inburgeraarA.id, datum: dag, type: "TELEFONISCH", status: "VOND_PLAATS" };
    const metTijd = await logAfspraak(w.begeleider, { ...basis, tijd: "00:10", volgendContact: plusDagen(dag, 3), volgendContactTijd: "14:15", aanvraagSleutel: sleutel() });
    expect(metTijd.volgende?.start).toEqual(amsterdamNaarInstant(plusDagen(dag, 3), "14:15"));
    const laat = await logAfspraak(w.begeleider, { ...basis, tijd: "00:20", volgendContact: plusDagen(dag, 4), aanvraagSleutel: sleutel() });
    expect(laat.volgende?.start).toEqual(amsterdamNaarInstant(plusDagen(dag, 4), "10:00"));
    // Already planned on day +3: no second afspraak that day.
    const opDezelfdeDag = await logAfspraak(w.begeleider, { ...basis, tijd: "00:30", volgendContact: plusDagen(dag, 3), aanvraagSleutel: sleutel() });
    expect(opDezelfdeDag.volgende).toMatchObject({ id: metTijd.volgende!.id, isNieuw: false });
    expect(await db().afspraak.count({ where: { inburgeraarId: w.inburgeraarA.id, status: "GEPLAND" } })).toBe(2);
  });

  it("weigert een volgend contact in het verleden, en schrijft dan niets", async () => {
    const w = await wereld();
    const eerder = plusDagen(vandaag(), -10);
    const f = await fout(
      logAfspraak(w.begeleider, { inburgeraarId: w.inburgeraarA.id, datum: eerder, tijd: "10:00", type: "KANTOOR", status: "VOND_PLAATS", volgendContact: plusDagen(eerder, 7), aanvraagSleutel: sleutel() }),
    );
    expect(f).toMatchObject({ volgendContact: [expect.stringMatching(/vandaag of later/)] });
    expect(await db().afspraak.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(0);
  });
});

describe("afspraken die nog niet zijn vastgelegd", () => {
  it("tellen als aandacht bij mijn eigen afspraken, met elke afspraak om direct te loggen", async () => {
    const w = await wereld();
    const nu = new Date();
    const eerder = (uren: number) => new Date(nu.getTime() - uren * 3_600_000);
    const [a, b] = await Promise.all([
      db().afspraak.create({ data: { inburgeraarId: w.inburgeraarA.id, medewerkerId: w.begeleider.id, start: eerder(50), type: "KANTOOR" } }),
      db().afspraak.create({ data: { inburgeraarId: w.inburgeraarA.id, medewerkerId: w.begeleider.id, start: eerder(2), type: "HUISBEZOEK" } }),
      // The volunteer's own unlogged afspraak is their to-do, not the begeleider's.
      db().afspraak.create({ data: { inburgeraarId: w.inburgeraarA.id, medewerkerId: w.vrijwilliger.id, start: eerder(3), type: "HUISBEZOEK" } }),
      // Still ahead: not overdue.
      db().afspraak.create({ data: { inburgeraarId: w.inburgeraarA.id, medewerkerId: w.begeleider.id, start: eerder(-5), type: "KANTOOR" } }),
    ]);
    const rij = (await getCaseload(w.begeleider, {}, nu)).find((x) => x.id === w.inburgeraarA.id)!;
    expect(rij.nietVastgelegd.map((x) => x.id)).toEqual([a.id, b.id]);
    expect(rij.aandacht.map((x) => x.tekst)).toContain("2 afspraken nog niet vastgelegd");
    const vanVrijwilliger = (await getCaseload(w.vrijwilliger, {}, nu)).find((x) => x.id === w.inburgeraarA.id)!;
    expect(vanVrijwilliger.aandacht.map((x) => x.tekst)).toContain("1 afspraak nog niet vastgelegd");

    // Logged: no longer attention.
    const versie = (await db().afspraak.findUniqueOrThrow({ where: { id: a.id } })).version;
    await logAfspraak(w.begeleider, { inburgeraarId: w.inburgeraarA.id, afspraakId: a.id, version: versie, datum: vandaag(eerder(50)), tijd: "10:00", type: "KANTOOR", status: "NIET_VERSCHENEN", aanvraagSleutel: sleutel() });
    const daarna = (await getCaseload(w.begeleider, {}, nu)).find((x) => x.id === w.inburgeraarA.id)!;
    expect(daarna.aandacht.map((x) => x.tekst)).toContain("1 afspraak nog niet vastgelegd");
    // The agenda marks it too.
    const week = await getMijnWeek(w.begeleider, maandagVan(vandaag(eerder(2))), nu);
    expect(week.find((x) => x.id === b.id)?.moetGelogd).toBe(true);
  });
});

describe("overlappende afspraken", () => {
  it("geven een waarschuwing bij plannen en verplaatsen, geen weigering", async () => {
    const w = await wereld();
    const tweede = await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id);
    await wijsToe(tweede.id, w.gebruikers.begeleider.id, "BEGELEIDER");
    const dag = plusDagen(vandaag(), 2);
    const eerste = await planAfspraak(w.begeleider, { inburgeraarId: w.inburgeraarA.id, datum: dag, tijd: "10:00", type: "HUISBEZOEK", aanvraagSleutel: sleutel() });
    expect(eerste.overlap).toEqual([]);
    const botsing = await planAfspraak(w.begeleider, { inburgeraarId: tweede.id, datum: dag, tijd: "10:30", type: "KANTOOR", aanvraagSleutel: sleutel() });
    expect(botsing.overlap).toEqual([
      { start: amsterdamNaarInstant(dag, "10:00"), eind: amsterdamNaarInstant(dag, "11:00"), type: "HUISBEZOEK", naam: `${w.inburgeraarA.voornaam} ${w.inburgeraarA.achternaam}` },
    ]);
    expect(await db().afspraak.count({ where: { medewerkerId: w.begeleider.id, status: "GEPLAND" } })).toBe(2);
    // Back to back is fine.
    const direct = await planAfspraak(w.begeleider, { inburgeraarId: tweede.id, datum: dag, tijd: "11:30", type: "TELEFONISCH", aanvraagSleutel: sleutel() });
    expect(direct.overlap).toEqual([]);
    // Someone else's afspraak at the same time is not mine to worry about.
    const vrijwilliger = await planAfspraak(w.vrijwilliger, { inburgeraarId: w.inburgeraarA.id, datum: dag, tijd: "10:15", type: "HUISBEZOEK", aanvraagSleutel: sleutel() });
    expect(vrijwilliger.overlap).toEqual([]);

    // Moving the 11:30 call to 10:45 overlaps both others.
    const rij = await db().afspraak.findUniqueOrThrow({ where: { id: direct.id } });
    const verplaatst = await wijzigAfspraak(w.begeleider, { afspraakId: direct.id, version: rij.version, datum: dag, tijd: "10:45", type: "TELEFONISCH" });
    expect(verplaatst.overlap?.map((o) => o.type).sort()).toEqual(["HUISBEZOEK", "KANTOOR"]);
    expect((await db().afspraak.findUniqueOrThrow({ where: { id: direct.id } })).start).toEqual(amsterdamNaarInstant(dag, "10:45"));
  });

  it("verplaatsen met een oude versie is een conflict, en andermans afspraak bestaat niet", async () => {
    const w = await wereld();
    const dag = plusDagen(vandaag(), 2);
    const r = await planAfspraak(w.begeleider, { inburgeraarId: w.inburgeraarA.id, datum: dag, tijd: "10:00", type: "HUISBEZOEK", aanvraagSleutel: sleutel() });
    await wijzigAfspraak(w.begeleider, { afspraakId: r.id, version: 1, datum: dag, tijd: "11:00", type: "HUISBEZOEK" });
    expect(await fout(wijzigAfspraak(w.begeleider, { afspraakId: r.id, version: 1, datum: dag, tijd: "12:00", type: "HUISBEZOEK" }))).toMatchObject({ code: "CONFLICT" });
    expect(await fout(wijzigAfspraak(w.vrijwilliger, { afspraakId: r.id, version: 2, datum: dag, tijd: "12:00", type: "HUISBEZOEK" }))).toMatchObject({ code: "NIET_GEVONDEN" });
    expect((await db().afspraak.findUniqueOrThrow({ where: { id: r.id } })).start).toEqual(amsterdamNaarInstant(dag, "11:00"));
  });
});

describe("groepscontact", () => {
  async function groep() {
    const w = await wereld();
    const [tweede, derde] = await Promise.all([maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id), maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id)]);
    await Promise.all([wijsToe(tweede.id, w.gebruikers.begeleider.id, "BEGELEIDER"), wijsToe(derde.id, w.gebruikers.begeleider.id, "BEGELEIDER")]);
    const ids = [w.inburgeraarA.id, tweede.id, derde.id];
    const invoer = (extra: Record<string, unknown> = {}) => ({
      inburgeraarIds: ids,
      datum: vandaag(),
      tijd: "00:00",
      type: "GROEPSBIJEENKOMST",
      leefgebieden: ["FINANCIEN_ADMINISTRATIE"],
      verslag: "Budgetcursus met Nibud, les 2.",
      aanvraagSleutel: sleutel(),
      ...extra,
    });
    const aantal = () => db().afspraak.count({ where: { inburgeraarId: { in: ids } } });
    return { ...w, ids, invoer, aantal };
  }

  it("één keer opslaan voor drie personen geeft drie contacten, elk met een auditregel; herhalen verdubbelt niets", async () => {
    const g = await groep();
    const invoer = g.invoer();
    const r = await logGroepscontact(g.begeleider, invoer);
    expect(r).toMatchObject({ isNieuw: true, inburgeraarIds: g.ids });
    const rijen = await db().afspraak.findMany({ where: { id: { in: r.afspraakIds } } });
    expect(rijen.map((x) => x.inburgeraarId).sort()).toEqual([...g.ids].sort());
    for (const x of rijen) expect(x).toMatchObject({ status: "VOND_PLAATS", type: "GROEPSBIJEENKOMST", duurMinuten: 120, verslag: "Budgetcursus met Nibud, les 2.", gelogdDoorId: g.begeleider.id });
    expect(await db().auditLog.count({ where: { actie: "afspraak.gelogd", entiteitId: { in: r.afspraakIds } } })).toBe(3);
    expect(await logGroepscontact(g.begeleider, invoer)).toMatchObject({ isNieuw: false });
    const [p, q] = await Promise.all([logGroepscontact(g.begeleider, { ...invoer, aanvraagSleutel: "gelijk-1234" }), logGroepscontact(g.begeleider, { ...invoer, aanvraagSleutel: "gelijk-1234" })]);
    expect(p.afspraakIds.sort()).toEqual(q.afspraakIds.sort());
    expect(await g.aantal()).toBe(6);
  });

  it("schrijft niemand als één persoon buiten bereik is", async () => {
    const g = await groep();
    const f = await fout(logGroepscontact(g.begeleider, g.invoer({ inburgeraarIds: [...g.ids.slice(0, 2), g.nietToegewezenA.id] })));
    expect(f).toMatchObject({ code: "NIET_GEVONDEN", message: expect.stringMatching(/niets opgeslagen/) });
    expect(await fout(logGroepscontact(g.begeleider, g.invoer({ inburgeraarIds: [...g.ids.slice(0, 2), g.inburgeraarB.id] })))).toMatchObject({ code: "NIET_GEVONDEN" });
    expect(await g.aantal()).toBe(0);
    expect(await db().afspraak.count({ where: { inburgeraarId: { in: [g.nietToegewezenA.id, g.inburgeraarB.id] } } })).toBe(0);
  });

  it("schrijft niemand als het opslaan halverwege misgaat", async () => {
    const g = await groep();
    // The third insert fails inside the database, after the first two succeeded in the same transaction.
    const derde = g.ids[2]!;
    await db().$executeRawUnsafe(`
      CREATE FUNCTION test_weiger_derde() RETURNS trigger AS $$
      BEGIN
        IF NEW."inburgeraarId" = '${derde}' THEN RAISE EXCEPTION 'test: derde mislukt'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db().$executeRawUnsafe(`CREATE TRIGGER test_weiger_derde BEFORE INSERT ON "Afspraak" FOR EACH ROW EXECUTE FUNCTION test_weiger_derde()`);
    try {
      await expect(logGroepscontact(g.begeleider, g.invoer())).rejects.toThrow(/derde mislukt/);
      expect(await g.aantal()).toBe(0);
      expect(await db().auditLog.count({ where: { actie: "afspraak.gelogd", inburgeraarId: { in: g.ids } } })).toBe(0);
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER test_weiger_derde ON "Afspraak"`);
      await db().$executeRawUnsafe(`DROP FUNCTION test_weiger_derde()`);
    }
  });

  it("geeft duidelijke meldingen bij foute invoer en schrijft dan niets", async () => {
    const g = await groep();
    expect(await fout(logGroepscontact(g.begeleider, g.invoer({ inburgeraarIds: [g.ids[0]] })))).toMatchObject({ inburgeraarIds: [expect.stringMatching(/minstens twee/)] });
    expect(await fout(logGroepscontact(g.begeleider, g.invoer({ inburgeraarIds: [g.ids[0], g.ids[0]] })))).toMatchObject({ inburgeraarIds: [expect.stringMatching(/verschillende/)] });
    expect(await fout(logGroepscontact(g.begeleider, g.invoer({ verslag: "x".repeat(2001) })))).toMatchObject({ verslag: [expect.stringMatching(/hoogstens 2000/)] });
    expect(await fout(logGroepscontact(g.begeleider, g.invoer({ datum: plusDagen(vandaag(), 1) })))).toMatchObject({ datum: [expect.stringMatching(/al geweest/)] });
    const consulent = await sessionUser(g.gebruikers.consulent.id);
    expect(await fout(logGroepscontact(consulent, g.invoer()))).toMatchObject({ code: "GEEN_TOEGANG" });
    expect(await g.aantal()).toBe(0);
  });
});

describe("checklist: een tik slaat op, ongedaan maken zet terug", () => {
  it("slaat de status op bij een tik, houdt de notitie, en zet bij ongedaan maken status en datum precies terug", async () => {
    const w = await wereld();
    const item = await db().checklistItem.create({
      data: { inburgeraarId: w.inburgeraarA.id, code: "FIN-1", titel: "Zorgverzekering afsluiten", categorieen: ["FIN"], status: "BEZIG", notitie: "Offerte ligt er", datum: new Date("2026-01-05T00:00:00Z") },
    });
    const tik = await zetChecklistStatus(w.vrijwilliger, { id: item.id, version: 1, status: "GEREGELD" });
    expect(tik).toMatchObject({ status: "GEREGELD", version: 2, vorige: { status: "BEZIG", datum: "2026-01-05" } });
    expect(await db().checklistItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      status: "GEREGELD",
      datum: new Date(`${vandaag()}T00:00:00Z`),
      notitie: "Offerte ligt er",
      gewijzigdDoorId: w.vrijwilliger.id,
      version: 2,
    });
    const terug = await zetChecklistStatus(w.vrijwilliger, { id: item.id, version: tik.version, status: tik.vorige.status, datum: tik.vorige.datum ?? "", ongedaan: "1" });
    expect(terug).toMatchObject({ status: "BEZIG", version: 3 });
    expect(await db().checklistItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "BEZIG", datum: new Date("2026-01-05T00:00:00Z"), notitie: "Offerte ligt er" });
    const acties = await db().auditLog.findMany({ where: { entiteitId: item.id }, orderBy: { createdAt: "asc" }, select: { actie: true, details: true } });
    expect(acties.map((a) => [a.actie, (a.details as { ongedaan?: boolean }).ongedaan ?? false])).toEqual([
      ["checklist.gewijzigd", false],
      ["checklist.gewijzigd", true],
    ]);
  });

  it("weigert een tik of ongedaan maken op een oude versie: niets wordt overschreven", async () => {
    const w = await wereld();
    const item = await db().checklistItem.create({ data: { inburgeraarId: w.inburgeraarA.id, code: "HV-1", titel: "Huurcontract", categorieen: ["HV"] } });
    const tik = await zetChecklistStatus(w.begeleider, { id: item.id, version: 1, status: "GEREGELD" });
    // Someone else changes it meanwhile (another device).
    await zetChecklistStatus(w.vrijwilliger, { id: item.id, version: tik.version, status: "NVT" });
    const undo = await fout(zetChecklistStatus(w.begeleider, { id: item.id, version: tik.version, status: "OPEN", ongedaan: "1" }));
    expect(undo).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/intussen gewijzigd/) });
    expect((await db().checklistItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("NVT");
    expect(await fout(zetChecklistStatus(w.begeleiderB, { id: item.id, version: 3, status: "OPEN" }))).toMatchObject({ code: "NIET_GEVONDEN" });
  });
});

describe("wat een wachtrij op het apparaat nodig heeft", () => {
  it("een tweede keer versturen van een gelogde geplande afspraak geeft hetzelfde contact; een wijziging van een ander intussen geeft een conflict", async () => {
    const w = await wereld();
    const dag = vandaag();
    const nu = new Date();
    const gepland = await db().afspraak.create({ data: { inburgeraarId: w.inburgeraarA.id, medewerkerId: w.begeleider.id, start: new Date(nu.getTime() - 3_600_000), type: "HUISBEZOEK" } });
    const invoer = { inburgeraarId: w.inburgeraarA.id, afspraakId: gepland.id, version: 1, datum: dag, tijd: "00:00", type: "HUISBEZOEK", status: "VOND_PLAATS", verslag: "Eerste apparaat", aanvraagSleutel: sleutel() };
    const eerste = await logAfspraak(w.begeleider, invoer);
    // The answer got lost; the queue sends the same thing again.
    expect(await logAfspraak(w.begeleider, invoer)).toMatchObject({ id: eerste.id, isNieuw: false });
    expect(await db().afspraak.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(1);

    // A queued log (made offline from version 1) of an afspraak someone else logged meanwhile.
    const tweede = await db().afspraak.create({ data: { inburgeraarId: w.inburgeraarA.id, medewerkerId: w.begeleider.id, start: new Date(nu.getTime() - 7_200_000), type: "KANTOOR" } });
    await logAfspraak(w.vrijwilliger, { inburgeraarId: w.inburgeraarA.id, afspraakId: tweede.id, version: 1, datum: dag, tijd: "00:00", type: "KANTOOR", status: "VOND_PLAATS", verslag: "Tweede apparaat", aanvraagSleutel: sleutel() });
    const f = await fout(logAfspraak(w.begeleider, { ...invoer, afspraakId: tweede.id, type: "KANTOOR", verslag: "Uit de wachtrij", aanvraagSleutel: sleutel() }));
    expect(f).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/intussen al gelogd/) });
    expect((await db().afspraak.findUniqueOrThrow({ where: { id: tweede.id } })).verslag).toBe("Tweede apparaat");
  });
});
