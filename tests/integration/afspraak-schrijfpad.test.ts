/**
 * Logging (and planning) an afspraak in few, raw statements (docs/decisions/022):
 * the rows written are the ones the Prisma model writes wrote, the audit row is
 * the one audit() writes, and repeats, races, scope and stale versions still
 * write nothing extra. Runs on PostgreSQL and PGlite; the forced race only on
 * PostgreSQL (PGlite has one connection, so two transactions never overlap).
 * The plain log runs without a transaction (decision 023): its write must
 * itself refuse what changed after its read, which `naLezing` forces.
 */
import { describe, expect, inject, it, vi } from "vitest";
import { logAfspraak, planAfspraak, wijzigAfspraak, isUniekeSleutelFout } from "@/lib/afspraak/mutations";
import { audit } from "@/lib/audit";
import { isCuid } from "@/lib/cuid";
import { db, telStatements } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { amsterdamNaarInstant, kalenderdatumNaarDate, plusDagen, vandaag } from "@/lib/tijd";
import { maakTweeOrganisatiesMetSessies } from "../factories";

/** Runs once right after the next leesSql: a change that lands between a write's read and its write. */
const naLezing = vi.hoisted(() => ({ eenmaal: null as null | (() => Promise<unknown>) }));
vi.mock("@/lib/db", async (importOriginal) => {
  const echt = await importOriginal<typeof import("@/lib/db")>();
  return {
    ...echt,
    leesSql: async (query: Parameters<typeof echt.leesSql>[0]) => {
      const rijen = await echt.leesSql(query);
      const tussendoor = naLezing.eenmaal;
      naLezing.eenmaal = null;
      await tussendoor?.();
      return rijen;
    },
  };
});

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-request-id": "schrijfpad-verzoek" }),
  cookies: async () => ({ get: () => undefined }),
}));

const isPostgres = inject("testDb").engine === "postgresql";
const sleutel = () => `test-${crypto.randomUUID()}`;
const gisteren = () => plusDagen(vandaag(), -1);

const wereld = maakTweeOrganisatiesMetSessies;

async function fout(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("verwachtte een fout");
}

/** Everything the database holds for a person's afspraken and audit trail, to prove a refusal wrote nothing. */
async function stand(inburgeraarId: string) {
  const [afspraken, audits] = await Promise.all([
    db().afspraak.findMany({ where: { inburgeraarId }, orderBy: { id: "asc" } }),
    db().auditLog.count({ where: { actie: { startsWith: "afspraak." } } }),
  ]);
  return { afspraken, audits };
}

/** An audit row without what differs per write by nature (its number and time). */
const zonderVolgnummer = ({ id: _id, createdAt: _createdAt, ...rest }: { id: bigint; createdAt: Date } & Record<string, unknown>) => rest;

/** An afspraak row without what differs per write by nature. */
const zonderSleutels = ({ id: _id, aanvraagSleutel: _s, createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;

describe("een gelogd contact in ruwe SQL", () => {
  it("kost twee statements zonder transactie: één lezing (bereik, sleutel, geplande afspraak), één schrijf (rij en auditregel)", async () => {
    const w = await wereld();
    const invoer = { inburgeraarId: w.inburgeraarA.id, datum: gisteren(), tijd: "10:00", type: "TELEFONISCH", status: "VOND_PLAATS", duurMinuten: "15", verslag: "Kort gebeld." };
    await logAfspraak(w.begeleider, { ...invoer, aanvraagSleutel: sleutel() }); // warm-up: the first call loads modules
    const los = await telStatements(() => logAfspraak(w.begeleider, { ...invoer, aanvraagSleutel: sleutel() }));
    expect(los.statements.map((s) => s.trim().split(/\s+/)[0])).toEqual(["SELECT", "WITH"]);

    const gepland = await planAfspraak(w.begeleider, { inburgeraarId: w.inburgeraarA.id, datum: plusDagen(vandaag(), 3), tijd: "09:00", type: "KANTOOR", aanvraagSleutel: sleutel() });
    await db().afspraak.update({ where: { id: gepland.id }, data: { start: amsterdamNaarInstant(gisteren(), "09:00") } });
    const vanGepland = await telStatements(() =>
      logAfspraak(w.begeleider, { ...invoer, afspraakId: gepland.id, version: 1, aanvraagSleutel: sleutel() }),
    );
    expect(vanGepland.aantal, vanGepland.statements.join("\n")).toBe(2);

    const herhaald = sleutel();
    await logAfspraak(w.begeleider, { ...invoer, aanvraagSleutel: herhaald });
    const herhaling = await telStatements(() => logAfspraak(w.begeleider, { ...invoer, aanvraagSleutel: herhaald }));
    expect(herhaling.aantal, herhaling.statements.join("\n")).toBe(1);

    // With a checklist item or a volgend contact it is one transaction again.
    const metVolgend = await telStatements(() =>
      logAfspraak(w.begeleider, { ...invoer, volgendContact: plusDagen(vandaag(), 5), aanvraagSleutel: sleutel() }),
    );
    expect(metVolgend.statements[0]?.trim()).toBe("BEGIN");
    expect(metVolgend.statements.at(-1)?.trim()).toBe("COMMIT");
  });

  it("zonder transactie: wat tussen lezen en schrijven verandert (fase, bereik) laat de schrijf niets schrijven", async () => {
    const w = await wereld();
    const invoer = () => ({ inburgeraarId: w.inburgeraarA.id, datum: gisteren(), tijd: "10:00", type: "TELEFONISCH", status: "VOND_PLAATS", verslag: "Tussendoor", aanvraagSleutel: sleutel() });
    const gepland = await planAfspraak(w.begeleider, { inburgeraarId: w.inburgeraarA.id, datum: plusDagen(vandaag(), 2), tijd: "09:00", type: "KANTOOR", aanvraagSleutel: sleutel() });
    const { fase } = await db().inburgeraar.findUniqueOrThrow({ where: { id: w.inburgeraarA.id }, select: { fase: true } });
    const andereFase = fase === "OPSTARTFASE" ? "BEGELEIDINGSFASE" : "OPSTARTFASE";
    const voor = await stand(w.inburgeraarA.id);

    // Another fase: the checks (eindgesprek, which fields) were made for the old one.
    naLezing.eenmaal = () => db().inburgeraar.update({ where: { id: w.inburgeraarA.id }, data: { fase: andereFase } });
    expect(await fout(logAfspraak(w.begeleider, invoer()))).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/intussen iets veranderd/) });
    expect(await stand(w.inburgeraarA.id)).toEqual(voor);
    await db().inburgeraar.update({ where: { id: w.inburgeraarA.id }, data: { fase } });
    // The same for a planned afspraak that is logged: it stays planned, at its version.
    naLezing.eenmaal = () => db().inburgeraar.update({ where: { id: w.inburgeraarA.id }, data: { fase: andereFase } });
    expect(await fout(logAfspraak(w.begeleider, { ...invoer(), afspraakId: gepland.id, version: 1 }))).toMatchObject({ code: "CONFLICT" });
    expect(await stand(w.inburgeraarA.id)).toEqual(voor);
    await db().inburgeraar.update({ where: { id: w.inburgeraarA.id }, data: { fase } });

    // The maatje's assignment ends between the read and the write: out of reach, nothing written.
    naLezing.eenmaal = () =>
      db().toewijzing.updateMany({ where: { inburgeraarId: w.inburgeraarA.id, gebruikerId: w.vrijwilliger.id }, data: { tot: new Date(Date.now() - 1000) } });
    expect(await fout(logAfspraak(w.vrijwilliger, invoer()))).toMatchObject({ code: "CONFLICT" });
    expect(await stand(w.inburgeraarA.id)).toEqual(voor);
    expect(naLezing.eenmaal).toBeNull();
  });

  it("zonder transactie: een herhaling die na onze lezing won, geeft het eerste resultaat, geen conflict", async () => {
    const w = await wereld();
    const gepland = await planAfspraak(w.begeleider, { inburgeraarId: w.inburgeraarA.id, datum: plusDagen(vandaag(), 2), tijd: "09:00", type: "KANTOOR", aanvraagSleutel: sleutel() });
    const log = { inburgeraarId: w.inburgeraarA.id, afspraakId: gepland.id, version: 1, datum: gisteren(), tijd: "10:00", type: "KANTOOR", status: "VOND_PLAATS", verslag: "Dubbel verstuurd" };
    // The same submit twice (a double tap): the second read sees no earlier key and version 1; the first commits in between.
    const k = sleutel();
    let eerste: Awaited<ReturnType<typeof logAfspraak>> | undefined;
    naLezing.eenmaal = async () => {
      eerste = await logAfspraak(w.begeleider, { ...log, aanvraagSleutel: k });
    };
    const tweede = await logAfspraak(w.begeleider, { ...log, aanvraagSleutel: k });
    expect(eerste).toMatchObject({ id: gepland.id, isNieuw: true });
    expect(tweede).toMatchObject({ id: gepland.id, isNieuw: false });
    const na = await stand(w.inburgeraarA.id);
    expect(na.afspraken.filter((a) => a.aanvraagSleutel === k)).toHaveLength(1);
    expect(na.afspraken.find((a) => a.id === gepland.id)).toMatchObject({ status: "VOND_PLAATS", version: 2, verslag: "Dubbel verstuurd" });
  });

  it("schrijft dezelfde afspraak als afspraak.create en dezelfde auditregel als audit()", async () => {
    const w = await wereld();
    const dag = gisteren();
    const volgend = plusDagen(vandaag(), 7);
    const invoer = {
      inburgeraarId: w.inburgeraarA.id,
      datum: dag,
      tijd: "14:30",
      type: "HUISBEZOEK",
      status: "VOND_PLAATS",
      duurMinuten: "50",
      leefgebieden: ["WONEN", "ZORG_GEZONDHEID"],
      verslag: "Huis bekeken; 'quotes' en \\ backslash blijven heel.",
      deelMetMaatje: "on",
      volgendContact: volgend,
      locatie: "Thuis",
      metTolk: "on",
      tolkTaal: "Tigrinya",
      aanvraagSleutel: sleutel(),
    };
    const nu = new Date();
    const r = await logAfspraak(w.begeleider, invoer, nu);
    expect(isCuid(r.id)).toBe(true);
    expect(r.id).toHaveLength(25);

    // The row the model write made before (lib/afspraak/mutations.ts before decision 022), for comparison.
    const start = amsterdamNaarInstant(dag, "14:30");
    const referentie = await db().afspraak.create({
      data: {
        start,
        type: "HUISBEZOEK",
        status: "VOND_PLAATS",
        duurMinuten: 50,
        leefgebieden: ["WONEN", "ZORG_GEZONDHEID"],
        verslag: invoer.verslag,
        deelMetMaatje: true,
        volgendContact: kalenderdatumNaarDate(volgend),
        isEindgesprek: false,
        metTolk: true,
        tolkTaal: "Tigrinya",
        gelogdDoorId: w.begeleider.id,
        gelogdOp: nu,
        aanvraagSleutel: sleutel(),
        inburgeraarId: w.inburgeraarA.id,
        medewerkerId: w.begeleider.id,
        locatie: "Thuis",
      },
    });
    const rij = await db().afspraak.findUniqueOrThrow({ where: { id: r.id } });
    expect(zonderSleutels(rij)).toEqual(zonderSleutels(referentie));
    expect(rij.aanvraagSleutel).toBe(invoer.aanvraagSleutel);
    expect(rij.createdAt.getTime()).toBe(rij.updatedAt.getTime());
    // The stored attention fields (decision 016) follow the raw insert through the triggers.
    expect((await db().inburgeraar.findUniqueOrThrow({ where: { id: w.inburgeraarA.id } })).laatsteContactOp).toEqual(start);

    const geschreven = await db().auditLog.findFirstOrThrow({ where: { actie: "afspraak.gelogd", entiteitId: r.id } });
    expect(geschreven.details).toEqual({
      type: "HUISBEZOEK",
      status: "VOND_PLAATS",
      duurMinuten: 50,
      wasGepland: false,
      leefgebieden: ["WONEN", "ZORG_GEZONDHEID"],
      checklistItems: 0,
      doelen: 0,
      volgendContact: volgend,
      isEindgesprek: false,
    });
    await audit({
      actie: "afspraak.gelogd",
      gebruiker: w.begeleider,
      entiteit: "Afspraak",
      entiteitId: r.id,
      inburgeraarId: w.inburgeraarA.id,
      details: geschreven.details as never,
    });
    const viaAudit = await db().auditLog.findFirstOrThrow({ where: { actie: "afspraak.gelogd", entiteitId: r.id }, orderBy: { id: "desc" } });
    expect(viaAudit.id).not.toBe(geschreven.id);
    expect(zonderVolgnummer(geschreven)).toEqual(zonderVolgnummer(viaAudit));
    expect(geschreven).toMatchObject({ requestId: "schrijfpad-verzoek", organisatieId: w.begeleider.organisatieId, gebruikerId: w.begeleider.id, entiteit: "Afspraak" });
    expect(Math.abs(geschreven.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("schrijft bij een geplande afspraak dezelfde auditregel, ook met afgevinkte checklistpunten (de auditregel apart)", async () => {
    const w = await wereld();
    const item = await db().checklistItem.create({ data: { inburgeraarId: w.inburgeraarA.id, code: "HV-1", titel: "Huurcontract getekend", categorieen: ["HV"] } });
    const gepland = await planAfspraak(w.begeleider, { inburgeraarId: w.inburgeraarA.id, datum: plusDagen(vandaag(), 2), tijd: "11:00", type: "KANTOOR", locatie: "Balie 3", aanvraagSleutel: sleutel() });
    const auditGepland = await db().auditLog.findFirstOrThrow({ where: { actie: "afspraak.gepland", entiteitId: gepland.id } });
    expect(auditGepland).toMatchObject({
      gebruikerId: w.begeleider.id,
      organisatieId: w.begeleider.organisatieId,
      inburgeraarId: w.inburgeraarA.id,
      entiteit: "Afspraak",
      requestId: "schrijfpad-verzoek",
      details: { type: "KANTOOR", start: amsterdamNaarInstant(plusDagen(vandaag(), 2), "11:00").toISOString(), metTolk: false },
    });
    expect(await db().afspraak.findUniqueOrThrow({ where: { id: gepland.id } })).toMatchObject({ status: "GEPLAND", duurMinuten: 60, locatie: "Balie 3", version: 1 });

    await db().afspraak.update({ where: { id: gepland.id }, data: { start: amsterdamNaarInstant(gisteren(), "11:00") } });
    const r = await logAfspraak(w.begeleider, {
      inburgeraarId: w.inburgeraarA.id,
      afspraakId: gepland.id,
      version: 1,
      datum: gisteren(),
      tijd: "11:15",
      type: "KANTOOR",
      status: "VOND_PLAATS",
      checklistItemIds: [item.id],
      aanvraagSleutel: sleutel(),
    });
    expect(r.id).toBe(gepland.id);
    const rij = await db().afspraak.findUniqueOrThrow({ where: { id: gepland.id } });
    // locatie not sent: the planned one stays.
    expect(rij).toMatchObject({ status: "VOND_PLAATS", version: 2, locatie: "Balie 3", duurMinuten: 60, gelogdDoorId: w.begeleider.id, start: amsterdamNaarInstant(gisteren(), "11:15") });
    expect(rij.updatedAt.getTime()).toBeGreaterThan(rij.createdAt.getTime());
    expect(await db().checklistItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "GEREGELD", afspraakId: gepland.id });

    const rijen = await db().auditLog.findMany({ where: { inburgeraarId: w.inburgeraarA.id, actie: { in: ["checklist.gewijzigd", "afspraak.gelogd"] } }, orderBy: { id: "asc" } });
    expect(rijen.map((a) => a.actie)).toEqual(["checklist.gewijzigd", "afspraak.gelogd"]);
    const gelogd = rijen[1]!;
    expect(gelogd.details).toEqual({
      type: "KANTOOR",
      status: "VOND_PLAATS",
      duurMinuten: 60,
      wasGepland: true,
      leefgebieden: [],
      checklistItems: 1,
      doelen: 0,
      volgendContact: null,
      isEindgesprek: false,
    });
    await audit({ actie: "afspraak.gelogd", gebruiker: w.begeleider, entiteit: "Afspraak", entiteitId: r.id, inburgeraarId: w.inburgeraarA.id, details: gelogd.details as never });
    const viaAudit = await db().auditLog.findFirstOrThrow({ where: { actie: "afspraak.gelogd", entiteitId: r.id }, orderBy: { id: "desc" } });
    expect(zonderVolgnummer(gelogd)).toEqual(zonderVolgnummer(viaAudit));
  });
});

describe("herhalen, races, bereik en oude versies schrijven niets extra", () => {
  it("een herhaalde sleutel geeft één rij, één auditregel en hetzelfde antwoord", async () => {
    const w = await wereld();
    const invoer = { inburgeraarId: w.inburgeraarA.id, datum: gisteren(), tijd: "08:00", type: "CHAT", status: "VOND_PLAATS", aanvraagSleutel: sleutel() };
    const eerste = await logAfspraak(w.begeleider, invoer);
    const tweede = await logAfspraak(w.begeleider, invoer);
    expect(eerste).toMatchObject({ isNieuw: true });
    expect(tweede).toEqual({ id: eerste.id, inburgeraarId: w.inburgeraarA.id, isNieuw: false, volgende: null });
    expect(await db().afspraak.count({ where: { aanvraagSleutel: invoer.aanvraagSleutel } })).toBe(1);
    expect(await db().auditLog.count({ where: { actie: "afspraak.gelogd", entiteitId: eerste.id } })).toBe(1);
    // Another user with the same key is refused, and writes nothing.
    const voor = await stand(w.inburgeraarA.id);
    expect(await fout(logAfspraak(w.vrijwilliger, invoer))).toMatchObject({ code: "CONFLICT" });
    expect(await stand(w.inburgeraarA.id)).toEqual(voor);
  });

  it("gelijktijdige verzoeken met één sleutel geven één rij en gelijke antwoorden", async () => {
    const w = await wereld();
    const invoer = { inburgeraarId: w.inburgeraarA.id, datum: gisteren(), tijd: "08:30", type: "TELEFONISCH", status: "VOND_PLAATS", aanvraagSleutel: sleutel() };
    const antwoorden = await Promise.all(Array.from({ length: 4 }, () => logAfspraak(w.begeleider, invoer)));
    expect(new Set(antwoorden.map((a) => a.id)).size).toBe(1);
    expect(antwoorden.filter((a) => a.isNieuw)).toHaveLength(1);
    expect(await db().afspraak.count({ where: { aanvraagSleutel: invoer.aanvraagSleutel } })).toBe(1);
    expect(await db().auditLog.count({ where: { actie: "afspraak.gelogd", entiteitId: antwoorden[0]!.id } })).toBe(1);
  });

  it.skipIf(!isPostgres)("verliest de race op de sleutel: de ruwe INSERT botst, en het antwoord is de winnaar", async () => {
    const w = await wereld();
    const invoer = { inburgeraarId: w.inburgeraarA.id, datum: gisteren(), tijd: "09:30", type: "KANTOOR", status: "VOND_PLAATS", aanvraagSleutel: sleutel() };
    let laatGaan!: () => void;
    const wacht = new Promise<void>((r) => (laatGaan = r));
    let winnaar = "";
    // The winner holds its uncommitted row with the same key while the log runs.
    const houder = db().$transaction(
      async (tx) => {
        const rij = await tx.afspraak.create({
          data: { inburgeraarId: w.inburgeraarA.id, medewerkerId: w.begeleider.id, start: new Date(), type: "KANTOOR", status: "VOND_PLAATS", gelogdDoorId: w.begeleider.id, aanvraagSleutel: invoer.aanvraagSleutel },
        });
        winnaar = rij.id;
        await wacht;
      },
      { timeout: 30_000 },
    );
    while (!winnaar) await new Promise((r) => setTimeout(r, 10));
    const log = logAfspraak(w.begeleider, invoer);
    // Until the log's INSERT waits on the unique index behind the winner's row.
    let wachtOpSleutel = false;
    for (let i = 0; i < 500 && !wachtOpSleutel; i++) {
      const [{ n }] = await db().$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`;
      wachtOpSleutel = n > 0;
      if (!wachtOpSleutel) await new Promise((r) => setTimeout(r, 10));
    }
    expect(wachtOpSleutel).toBe(true);
    laatGaan();
    await houder;
    expect(await log).toEqual({ id: winnaar, inburgeraarId: w.inburgeraarA.id, isNieuw: false, volgende: null });
    expect(await db().afspraak.count({ where: { aanvraagSleutel: invoer.aanvraagSleutel } })).toBe(1);
    expect(await db().auditLog.count({ where: { actie: "afspraak.gelogd", inburgeraarId: w.inburgeraarA.id } })).toBe(0);
  });

  it("herkent een dubbele sleutel uit ruwe SQL en uit een modelschrijf, maar geen andere unieke botsing", async () => {
    const w = await wereld();
    const k = sleutel();
    const rij = (id: string, key: string) =>
      Prisma.sql`INSERT INTO "Afspraak" (id, "inburgeraarId", "medewerkerId", start, type, status, "aanvraagSleutel", "updatedAt")
                 VALUES (${id}, ${w.inburgeraarA.id}, ${w.begeleider.id}, ${new Date()}, 'KANTOOR', 'VOND_PLAATS', ${key}, ${new Date()})`;
    await db().$executeRaw(rij("c-eerste-rij-van-de-test", k));
    const fouten: unknown[] = [];
    for (const poging of [
      () => db().$executeRaw(rij("c-tweede-rij-van-de-test", k)),
      () => db().$transaction((tx) => tx.$executeRaw(Prisma.sql`WITH w AS (${rij("c-derde-rij-van-de-test", k)} RETURNING id) SELECT id FROM w`)),
      () => db().afspraak.create({ data: { inburgeraarId: w.inburgeraarA.id, medewerkerId: w.begeleider.id, start: new Date(), type: "KANTOOR", aanvraagSleutel: k } }),
      () => db().$executeRaw(rij("c-eerste-rij-van-de-test", sleutel())),
    ]) {
      fouten.push(await poging().then(() => null, (e: unknown) => e));
    }
    expect(fouten.map(isUniekeSleutelFout)).toEqual([true, true, true, false]);
  });

  it("buiten bereik: niet gevonden, en er wordt niets geschreven", async () => {
    const w = await wereld();
    const invoer = (inburgeraarId: string) => ({ inburgeraarId, datum: gisteren(), tijd: "10:00", type: "TELEFONISCH", status: "VOND_PLAATS", aanvraagSleutel: sleutel() });
    const anders = await planAfspraak(w.begeleiderB, { inburgeraarId: w.inburgeraarB.id, datum: plusDagen(vandaag(), 1), tijd: "10:00", type: "KANTOOR", aanvraagSleutel: sleutel() });
    const voorA = await stand(w.inburgeraarA.id);
    const voorB = await stand(w.inburgeraarB.id);
    // Another organisation's person, and a person whose maatje this volunteer is not.
    expect(await fout(logAfspraak(w.begeleider, invoer(w.inburgeraarB.id)))).toMatchObject({ code: "NIET_GEVONDEN" });
    expect(await fout(logAfspraak(w.begeleiderB, invoer(w.inburgeraarA.id)))).toMatchObject({ code: "NIET_GEVONDEN" });
    expect(await fout(planAfspraak(w.begeleiderB, { ...invoer(w.inburgeraarA.id), datum: plusDagen(vandaag(), 1) }))).toMatchObject({ code: "NIET_GEVONDEN" });
    // A planned afspraak of another person, logged as if it were this person's.
    expect(await fout(logAfspraak(w.begeleider, { ...invoer(w.inburgeraarA.id), afspraakId: anders.id, version: 1 }))).toMatchObject({ code: "NIET_GEVONDEN" });
    // An ended assignment ends the scope.
    await db().toewijzing.updateMany({ where: { inburgeraarId: w.inburgeraarA.id, gebruikerId: w.vrijwilliger.id }, data: { tot: new Date(Date.now() - 1000) } });
    expect(await fout(logAfspraak(w.vrijwilliger, invoer(w.inburgeraarA.id)))).toMatchObject({ code: "NIET_GEVONDEN" });
    expect(await stand(w.inburgeraarA.id)).toEqual(voorA);
    expect(await stand(w.inburgeraarB.id)).toEqual(voorB);
    expect(voorB.afspraken.map((a) => a.id)).toContain(anders.id);
  });

  it("een oude versie of een al gelogde afspraak: conflict, en er wordt niets geschreven", async () => {
    const w = await wereld();
    const gepland = await planAfspraak(w.begeleider, { inburgeraarId: w.inburgeraarA.id, datum: plusDagen(vandaag(), 1), tijd: "10:00", type: "KANTOOR", aanvraagSleutel: sleutel() });
    await wijzigAfspraak(w.begeleider, { afspraakId: gepland.id, version: 1, datum: plusDagen(vandaag(), 1), tijd: "11:00", type: "KANTOOR" });
    const voor = await stand(w.inburgeraarA.id);
    const log = { inburgeraarId: w.inburgeraarA.id, afspraakId: gepland.id, datum: vandaag(), tijd: "00:00", type: "KANTOOR", status: "VOND_PLAATS", verslag: "Oud formulier" };
    const oud = await fout(logAfspraak(w.begeleider, { ...log, version: 1, aanvraagSleutel: sleutel() }));
    expect(oud).toMatchObject({ code: "CONFLICT" });
    expect(oud.message).not.toMatch(/al gelogd/);
    expect(await stand(w.inburgeraarA.id)).toEqual(voor);

    await logAfspraak(w.vrijwilliger, { ...log, version: 2, verslag: "Door het maatje", aanvraagSleutel: sleutel() });
    const naLog = await stand(w.inburgeraarA.id);
    const alGelogd = await fout(logAfspraak(w.begeleider, { ...log, version: 3, aanvraagSleutel: sleutel() }));
    expect(alGelogd).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/intussen al gelogd/) });
    expect(await stand(w.inburgeraarA.id)).toEqual(naLog);
    expect(naLog.afspraken.find((a) => a.id === gepland.id)).toMatchObject({ verslag: "Door het maatje", version: 3, gelogdDoorId: w.vrijwilliger.id });
  });
});
