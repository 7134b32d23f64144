/**
 * The stored attention facts (lib/caseload/stand.ts, docs/decisions/016).
 * 1. After any random sequence of writes to afspraken and checklist items —
 *    inserts, status and date changes, moves to another person, deletes, and
 *    transactions that roll back — the stored columns equal a full recomputation.
 * 2. The urgency the lists sort by in SQL equals `beoordeel`'s urgentie for the
 *    same facts (lib/caseload/rules.ts stays the one definition).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { beoordeel, checklistStand } from "@/lib/caseload/rules";
import { aandachtsscoreSql, afwijkendeScores, afwijkendeStanden, herberekenScores, herberekenStanden } from "@/lib/caseload/stand";
import { db, getDatabase } from "@/lib/db";
import type { AfspraakStatus, BelUitkomst, ChecklistStatus, Fase, ToewijzingRol } from "@/lib/db/generated/enums";
import { dateKolomNaarKalenderdatum, naarKalenderdatum, vandaag as vandaagIn } from "@/lib/tijd";
import { getCaseloadPagina } from "@/lib/caseload/queries";
import { listTeamInburgeraars, TEAMLIJST_PER_PAGINA } from "@/lib/team/inburgeraars";
import { maakInburgeraar, maakTweeOrganisaties, sessionUser } from "../factories";

const SEED = 20261130;
const RUNS = Number(process.env.STAND_RUNS ?? (process.env.DATABASE_URL ? 60 : 15));
const now = new Date("2026-11-30T10:00:00Z");
const dag = 86_400_000;

const AFSPRAAK_STATUS: AfspraakStatus[] = ["GEPLAND", "VOND_PLAATS", "NIET_VERSCHENEN", "GEANNULEERD"];
const CHECKLIST_STATUS: ChecklistStatus[] = ["OPEN", "BEZIG", "GEREGELD", "NVT"];
const BEL_UITKOMST: BelUitkomst[] = ["BEREIKT", "NIET_BEREIKT", "VERVOLG_NODIG"];
const TOEWIJZING_ROL: ToewijzingRol[] = ["OPSTART", "BEGELEIDER", "MAATJE"];

type Schrijf =
  | { soort: "afspraak"; persoon: number; dagen: number; status: AfspraakStatus }
  | { soort: "afspraakStatus"; welke: number; status: AfspraakStatus }
  | { soort: "afspraakVerzet"; welke: number; dagen: number }
  | { soort: "afspraakVerhuis"; welke: number; persoon: number }
  | { soort: "afspraakWeg"; welke: number }
  | { soort: "punt"; persoon: number; dagen: number | null; status: ChecklistStatus }
  | { soort: "puntStatus"; welke: number; status: ChecklistStatus }
  | { soort: "puntDeadline"; welke: number; dagen: number | null }
  | { soort: "puntWeg"; welke: number }
  | { soort: "terugdraaien"; persoon: number; dagen: number }
  | { soort: "bel"; persoon: number; dagen: number; uitkomst: BelUitkomst }
  | { soort: "belVerzet"; welke: number; dagen: number }
  | { soort: "belUitkomst"; welke: number; uitkomst: BelUitkomst }
  | { soort: "belWeg"; welke: number }
  | { soort: "toewijzing"; persoon: number; rol: ToewijzingRol; tot: number | null }
  | { soort: "toewijzingEinde"; welke: number; tot: number | null }
  | { soort: "toewijzingRol"; welke: number; rol: ToewijzingRol }
  | { soort: "toewijzingVerhuis"; welke: number; persoon: number }
  | { soort: "toewijzingWeg"; welke: number };

const schrijf: fc.Arbitrary<Schrijf> = fc.oneof(
  fc.record({ soort: fc.constant("afspraak" as const), persoon: fc.nat(2), dagen: fc.integer({ min: -400, max: 60 }), status: fc.constantFrom(...AFSPRAAK_STATUS) }),
  fc.record({ soort: fc.constant("afspraakStatus" as const), welke: fc.nat(), status: fc.constantFrom(...AFSPRAAK_STATUS) }),
  fc.record({ soort: fc.constant("afspraakVerzet" as const), welke: fc.nat(), dagen: fc.integer({ min: -400, max: 60 }) }),
  fc.record({ soort: fc.constant("afspraakVerhuis" as const), welke: fc.nat(), persoon: fc.nat(2) }),
  fc.record({ soort: fc.constant("afspraakWeg" as const), welke: fc.nat() }),
  fc.record({ soort: fc.constant("punt" as const), persoon: fc.nat(2), dagen: fc.option(fc.integer({ min: -90, max: 90 })), status: fc.constantFrom(...CHECKLIST_STATUS) }),
  fc.record({ soort: fc.constant("puntStatus" as const), welke: fc.nat(), status: fc.constantFrom(...CHECKLIST_STATUS) }),
  fc.record({ soort: fc.constant("puntDeadline" as const), welke: fc.nat(), dagen: fc.option(fc.integer({ min: -90, max: 90 })) }),
  fc.record({ soort: fc.constant("puntWeg" as const), welke: fc.nat() }),
  fc.record({ soort: fc.constant("terugdraaien" as const), persoon: fc.nat(2), dagen: fc.integer({ min: -30, max: 30 }) }),
  fc.record({ soort: fc.constant("bel" as const), persoon: fc.nat(2), dagen: fc.integer({ min: -200, max: 0 }), uitkomst: fc.constantFrom(...BEL_UITKOMST) }),
  fc.record({ soort: fc.constant("belVerzet" as const), welke: fc.nat(), dagen: fc.integer({ min: -200, max: 0 }) }),
  fc.record({ soort: fc.constant("belUitkomst" as const), welke: fc.nat(), uitkomst: fc.constantFrom(...BEL_UITKOMST) }),
  fc.record({ soort: fc.constant("belWeg" as const), welke: fc.nat() }),
  // An assignment without an end, ended in the past, or ending in the future (days from now).
  fc.record({ soort: fc.constant("toewijzing" as const), persoon: fc.nat(2), rol: fc.constantFrom(...TOEWIJZING_ROL), tot: fc.option(fc.integer({ min: -60, max: 60 })) }),
  fc.record({ soort: fc.constant("toewijzingEinde" as const), welke: fc.nat(), tot: fc.option(fc.integer({ min: -60, max: 60 })) }),
  fc.record({ soort: fc.constant("toewijzingRol" as const), welke: fc.nat(), rol: fc.constantFrom(...TOEWIJZING_ROL) }),
  fc.record({ soort: fc.constant("toewijzingVerhuis" as const), welke: fc.nat(), persoon: fc.nat(2) }),
  fc.record({ soort: fc.constant("toewijzingWeg" as const), welke: fc.nat() }),
);

describe("opgeslagen aandacht", () => {
  it("is na elke willekeurige reeks schrijfacties gelijk aan een volledige herberekening", async () => {
    const w = await maakTweeOrganisaties();
    const medewerkerId = w.gebruikers.begeleider.id;
    let teller = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(schrijf, { minLength: 1, maxLength: 25 }), async (reeks) => {
        const personen = await Promise.all([0, 1, 2].map(() => maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id, { fase: "BEGELEIDINGSFASE" })));
        const ids = personen.map((p) => p.id);
        const afspraken: string[] = [];
        const punten: string[] = [];
        const belpogingen: string[] = [];
        const toewijzingen: string[] = [];
        const totOp = (dagen: number | null) => (dagen === null ? null : new Date(now.getTime() + dagen * dag));
        const kies = (lijst: string[], n: number) => (lijst.length ? lijst[n % lijst.length]! : null);
        for (const s of reeks) {
          switch (s.soort) {
            case "afspraak":
              afspraken.push(
                (await db().afspraak.create({ data: { inburgeraarId: ids[s.persoon]!, medewerkerId, start: new Date(now.getTime() + s.dagen * dag), type: "HUISBEZOEK", status: s.status } })).id,
              );
              break;
            case "afspraakStatus": {
              const id = kies(afspraken, s.welke);
              if (id) await db().afspraak.update({ where: { id }, data: { status: s.status } });
              break;
            }
            case "afspraakVerzet": {
              const id = kies(afspraken, s.welke);
              if (id) await db().afspraak.update({ where: { id }, data: { start: new Date(now.getTime() + s.dagen * dag) } });
              break;
            }
            case "afspraakVerhuis": {
              const id = kies(afspraken, s.welke);
              if (id) await db().afspraak.update({ where: { id }, data: { inburgeraarId: ids[s.persoon]! } });
              break;
            }
            case "afspraakWeg": {
              const id = kies(afspraken, s.welke);
              if (id) {
                await db().afspraak.delete({ where: { id } });
                afspraken.splice(afspraken.indexOf(id), 1);
              }
              break;
            }
            case "punt":
              punten.push(
                (
                  await db().checklistItem.create({
                    data: {
                      inburgeraarId: ids[s.persoon]!,
                      code: `P-${++teller}`,
                      titel: "Onderdeel",
                      status: s.status,
                      deadline: s.dagen === null ? null : new Date(`${naarKalenderdatum(new Date(now.getTime() + s.dagen * dag))}T00:00:00Z`),
                    },
                  })
                ).id,
              );
              break;
            case "puntStatus": {
              const id = kies(punten, s.welke);
              if (id) await db().checklistItem.update({ where: { id }, data: { status: s.status } });
              break;
            }
            case "puntDeadline": {
              const id = kies(punten, s.welke);
              if (id)
                await db().checklistItem.update({
                  where: { id },
                  data: { deadline: s.dagen === null ? null : new Date(`${naarKalenderdatum(new Date(now.getTime() + s.dagen * dag))}T00:00:00Z`) },
                });
              break;
            }
            case "puntWeg": {
              const id = kies(punten, s.welke);
              if (id) {
                await db().checklistItem.delete({ where: { id } });
                punten.splice(punten.indexOf(id), 1);
              }
              break;
            }
            case "bel":
              belpogingen.push(
                (await db().belpoging.create({ data: { inburgeraarId: ids[s.persoon]!, gebruikerId: medewerkerId, op: new Date(now.getTime() + s.dagen * dag), uitkomst: s.uitkomst } })).id,
              );
              break;
            case "belVerzet": {
              const id = kies(belpogingen, s.welke);
              if (id) await db().belpoging.update({ where: { id }, data: { op: new Date(now.getTime() + s.dagen * dag) } });
              break;
            }
            case "belUitkomst": {
              const id = kies(belpogingen, s.welke);
              if (id) await db().belpoging.update({ where: { id }, data: { uitkomst: s.uitkomst } });
              break;
            }
            case "belWeg": {
              const id = kies(belpogingen, s.welke);
              if (id) {
                await db().belpoging.delete({ where: { id } });
                belpogingen.splice(belpogingen.indexOf(id), 1);
              }
              break;
            }
            case "toewijzing":
              toewijzingen.push(
                (await db().toewijzing.create({ data: { inburgeraarId: ids[s.persoon]!, gebruikerId: medewerkerId, rol: s.rol, tot: totOp(s.tot) } })).id,
              );
              break;
            case "toewijzingEinde": {
              const id = kies(toewijzingen, s.welke);
              if (id) await db().toewijzing.update({ where: { id }, data: { tot: totOp(s.tot) } });
              break;
            }
            case "toewijzingRol": {
              const id = kies(toewijzingen, s.welke);
              if (id) await db().toewijzing.update({ where: { id }, data: { rol: s.rol } });
              break;
            }
            case "toewijzingVerhuis": {
              const id = kies(toewijzingen, s.welke);
              if (id) await db().toewijzing.update({ where: { id }, data: { inburgeraarId: ids[s.persoon]! } });
              break;
            }
            case "toewijzingWeg": {
              const id = kies(toewijzingen, s.welke);
              if (id) {
                await db().toewijzing.delete({ where: { id } });
                toewijzingen.splice(toewijzingen.indexOf(id), 1);
              }
              break;
            }
            case "terugdraaien":
              // A write that fails halfway: its change to the stored facts goes with it.
              await expect(
                db().$transaction(async (tx) => {
                  await tx.afspraak.create({ data: { inburgeraarId: ids[s.persoon]!, medewerkerId, start: new Date(now.getTime() + s.dagen * dag), type: "TELEFONISCH", status: "VOND_PLAATS" } });
                  throw new Error("halverwege mislukt");
                }),
              ).rejects.toThrow("halverwege mislukt");
              break;
          }
        }
        expect(await afwijkendeStanden(getDatabase().sql, w.a.organisatie.id)).toEqual([]);
        // The stored urgency was set by the same writes, at the database's clock.
        expect(await afwijkendeScores(getDatabase().sql, w.a.organisatie.id)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Deleting a person with afspraken and checklist items (cascade) leaves nothing behind to correct.
    const p = await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id);
    await db().afspraak.create({ data: { inburgeraarId: p.id, medewerkerId, start: now, type: "HUISBEZOEK", status: "GEPLAND" } });
    await db().checklistItem.create({ data: { inburgeraarId: p.id, code: "X", titel: "X", deadline: new Date("2026-12-01T00:00:00Z") } });
    await db().inburgeraar.delete({ where: { id: p.id } });
    expect(await afwijkendeStanden(getDatabase().sql)).toEqual([]);
  });

  it("herberekenStanden zet bulkgeladen rijen goed (geladen zonder triggers)", async () => {
    const w = await maakTweeOrganisaties();
    const p = await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id, { fase: "BEGELEIDINGSFASE" });
    const sql = getDatabase().sql;
    await sql.transaction(async (tx) => {
      await tx.exec(`ALTER TABLE "Afspraak" DISABLE TRIGGER "afspraak_stand"`);
      await tx.query(
        `INSERT INTO "Afspraak" ("id", "inburgeraarId", "medewerkerId", "start", "type", "status", "updatedAt") VALUES ('bulk-1', $1, $2, $3, 'HUISBEZOEK', 'VOND_PLAATS', now())`,
        [p.id, w.gebruikers.begeleider.id, new Date(now.getTime() - 5 * dag)],
      );
      await tx.exec(`ALTER TABLE "Afspraak" ENABLE TRIGGER "afspraak_stand"`);
      await tx.exec(`ALTER TABLE "Belpoging" DISABLE TRIGGER "belpoging_stand"`);
      await tx.query(`INSERT INTO "Belpoging" ("id", "inburgeraarId", "gebruikerId", "op", "uitkomst") VALUES ('bulk-bel-1', $1, $2, $3, 'NIET_BEREIKT')`, [
        p.id,
        w.gebruikers.begeleider.id,
        new Date(now.getTime() - 3 * dag),
      ]);
      await tx.exec(`ALTER TABLE "Belpoging" ENABLE TRIGGER "belpoging_stand"`);
      await tx.exec(`ALTER TABLE "Toewijzing" DISABLE TRIGGER "toewijzing_stand"`);
      await tx.query(`INSERT INTO "Toewijzing" ("id", "inburgeraarId", "gebruikerId", "rol") VALUES ('bulk-toewijzing-1', $1, $2, 'MAATJE')`, [p.id, w.gebruikers.vrijwilliger.id]);
      await tx.exec(`ALTER TABLE "Toewijzing" ENABLE TRIGGER "toewijzing_stand"`);
    });
    expect(await afwijkendeStanden(sql, w.a.organisatie.id)).toEqual([p.id]);
    expect(await herberekenStanden(sql, w.a.organisatie.id)).toBeGreaterThan(0);
    expect(await afwijkendeStanden(sql, w.a.organisatie.id)).toEqual([]);
    const na = await db().inburgeraar.findUniqueOrThrow({ where: { id: p.id }, select: { laatsteContactOp: true, laatsteBelOp: true, openMaatje: true } });
    expect(na.openMaatje).toBe(true);
    expect(na.laatsteContactOp?.toISOString()).toBe(new Date(now.getTime() - 5 * dag).toISOString());
    expect(na.laatsteBelOp?.toISOString()).toBe(new Date(now.getTime() - 3 * dag).toISOString());
  });

  it("houdt de aantallen van de checklist bij, en herberekenStanden zet ze goed na een bulklading", async () => {
    const w = await maakTweeOrganisaties();
    const p = await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id, { fase: "OPSTARTFASE" });
    const stand = () =>
      db().inburgeraar.findUniqueOrThrow({ where: { id: p.id }, select: { checklistAantal: true, checklistGeregeld: true, checklistNvt: true } });
    const punt = (code: string, status: ChecklistStatus) => db().checklistItem.create({ data: { inburgeraarId: p.id, code, titel: code, status } });
    await punt("A", "OPEN");
    const b = await punt("B", "GEREGELD");
    await punt("C", "NVT");
    const d = await punt("D", "BEZIG");
    expect(await stand()).toEqual({ checklistAantal: 4, checklistGeregeld: 1, checklistNvt: 1 });
    await db().checklistItem.update({ where: { id: d.id }, data: { status: "GEREGELD" } });
    await db().checklistItem.delete({ where: { id: b.id } });
    expect(await stand()).toEqual({ checklistAantal: 3, checklistGeregeld: 1, checklistNvt: 1 });

    const sql = getDatabase().sql;
    await sql.transaction(async (tx) => {
      await tx.exec(`ALTER TABLE "ChecklistItem" DISABLE TRIGGER "checklist_stand"`);
      await tx.query(`INSERT INTO "ChecklistItem" ("id", "inburgeraarId", "code", "titel", "status", "updatedAt") VALUES ('bulk-c', $1, 'E', 'E', 'NVT', now())`, [p.id]);
      await tx.exec(`ALTER TABLE "ChecklistItem" ENABLE TRIGGER "checklist_stand"`);
    });
    expect(await afwijkendeStanden(sql, w.a.organisatie.id)).toEqual([p.id]);
    await herberekenStanden(sql, w.a.organisatie.id);
    expect(await afwijkendeStanden(sql, w.a.organisatie.id)).toEqual([]);
    expect(await stand()).toEqual({ checklistAantal: 4, checklistGeregeld: 1, checklistNvt: 2 });
  });

  it("de urgentie in SQL is die van beoordeel voor dezelfde feiten", async () => {
    const w = await maakTweeOrganisaties();
    const medewerkerId = w.gebruikers.begeleider.id;
    const vandaag = vandaagIn(now);
    const persoon = fc.record({
      fase: fc.constantFrom<Fase>("AANGEMELD", "OPSTARTFASE", "BEGELEIDINGSFASE", "AFRONDING", "AFGESLOTEN"),
      norm: fc.integer({ min: 7, max: 60 }),
      brpDagen: fc.option(fc.integer({ min: 0, max: 400 })),
      aangemeldDagen: fc.integer({ min: 0, max: 400 }),
      // Minutes, so afspraken fall on both sides of midnight in Amsterdam and of `now`.
      afspraken: fc.array(fc.record({ minuten: fc.integer({ min: -200 * 1440, max: 30 * 1440 }), status: fc.constantFrom(...AFSPRAAK_STATUS) }), { maxLength: 6 }),
      punten: fc.array(fc.record({ dagen: fc.option(fc.integer({ min: -60, max: 60 })), status: fc.constantFrom(...CHECKLIST_STATUS) }), { maxLength: 6 }),
    });
    await fc.assert(
      fc.asyncProperty(persoon, async (f) => {
        const gemeente = await db().gemeente.create({ data: { organisatieId: w.a.organisatie.id, naam: `Normstad ${Math.random()}`, contactNormDagen: f.norm } });
        const p = await maakInburgeraar(w.a.organisatie.id, gemeente.id, {
          fase: f.fase,
          brpInschrijvingDatum: f.brpDagen === null ? undefined : naarKalenderdatum(new Date(now.getTime() - f.brpDagen * dag)),
          createdAt: new Date(now.getTime() - f.aangemeldDagen * dag),
        });
        for (const a of f.afspraken) {
          await db().afspraak.create({ data: { inburgeraarId: p.id, medewerkerId, start: new Date(now.getTime() + a.minuten * 60_000), type: "HUISBEZOEK", status: a.status } });
        }
        let n = 0;
        for (const c of f.punten) {
          await db().checklistItem.create({
            data: {
              inburgeraarId: p.id,
              code: `C${n++}`,
              titel: "Onderdeel",
              status: c.status,
              deadline: c.dagen === null ? null : new Date(`${naarKalenderdatum(new Date(now.getTime() + c.dagen * dag))}T00:00:00Z`),
            },
          });
        }
        const [rij] = await db().$queryRaw<{ score: number }[]>`
          SELECT ${aandachtsscoreSql(vandaag, now)} AS score FROM "Inburgeraar" i JOIN "Gemeente" g ON g.id = i."gemeenteId" WHERE i.id = ${p.id}`;
        const r = await db().inburgeraar.findUniqueOrThrow({ where: { id: p.id }, select: { createdAt: true, brpInschrijvingDatum: true } });
        const gehad = f.afspraken.filter((a) => a.status === "VOND_PLAATS").map((a) => now.getTime() + a.minuten * 60_000);
        const gepland = f.afspraken.filter((a) => a.status === "GEPLAND").map((a) => now.getTime() + a.minuten * 60_000);
        const verwacht = beoordeel(
          {
            fase: f.fase,
            contactNormDagen: f.norm,
            laatsteContact: gehad.length ? naarKalenderdatum(new Date(Math.max(...gehad))) : null,
            volgendeAfspraak: gepland.some((t) => t >= now.getTime()) ? new Date(Math.min(...gepland.filter((t) => t >= now.getTime()))) : null,
            startdatum: r.brpInschrijvingDatum ? dateKolomNaarKalenderdatum(r.brpInschrijvingDatum) : naarKalenderdatum(r.createdAt),
            checklist: checklistStand(
              f.punten.map((c) => ({ status: c.status, deadline: c.dagen === null ? null : naarKalenderdatum(new Date(now.getTime() + c.dagen * dag)) })),
            ),
            meetmoment: null,
            klokken: [],
            nietVastgelegd: gepland.filter((t) => t < now.getTime()).length,
          },
          vandaag,
        ).urgentie;
        expect(Number(rij!.score)).toBe(verwacht);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("de opgeslagen urgentie volgt de klok (elk kwartier) en een nieuwe contactnorm van de gemeente", async () => {
    const w = await maakTweeOrganisaties();
    const sql = getDatabase().sql;
    const p = await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id, { fase: "BEGELEIDINGSFASE" });
    const echt = new Date();
    await db().afspraak.createMany({
      data: [
        { inburgeraarId: p.id, medewerkerId: w.gebruikers.begeleider.id, start: new Date(echt.getTime() - dag), type: "HUISBEZOEK", status: "VOND_PLAATS" },
        { inburgeraarId: p.id, medewerkerId: w.gebruikers.begeleider.id, start: new Date(echt.getTime() + 60 * dag), type: "HUISBEZOEK", status: "GEPLAND" },
      ],
    });
    const score = async () => (await db().inburgeraar.findUniqueOrThrow({ where: { id: p.id }, select: { aandachtsscore: true } })).aandachtsscore;
    expect(await score()).toBe(0);
    // 40 days later without a write: the quarter-hourly refresh raises it (contact too long), and only changed rows are written.
    const later = new Date(echt.getTime() + 40 * dag);
    const norm = (await db().gemeente.findUniqueOrThrow({ where: { id: w.a.gemeente.id } })).contactNormDagen;
    expect(await herberekenScores(sql, later, w.a.organisatie.id)).toBeGreaterThan(0);
    expect(await score()).toBe(40 + Math.min(40, 41 - norm));
    expect(await herberekenScores(sql, later, w.a.organisatie.id)).toBe(0);
    // Back at today's clock; then a stricter norm makes the same contact too long, at once.
    await herberekenScores(sql, echt, w.a.organisatie.id);
    expect(await score()).toBe(0);
    await db().gemeente.update({ where: { id: w.a.gemeente.id }, data: { contactNormDagen: 0 } });
    expect(await score()).toBe(41);
    expect(await afwijkendeScores(sql, w.a.organisatie.id)).toEqual([]);
  });

  it("de teamleider ziet wie het eerst aandacht nodig heeft bovenaan, over pagina's heen", async () => {
    const w = await maakTweeOrganisaties();
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const medewerkerId = w.gebruikers.begeleider.id;
    // 30 people seen yesterday with a next afspraak: nothing to do. Then three who need attention, in a known order.
    const gewoon = await db().inburgeraar.createManyAndReturn({
      data: Array.from({ length: 30 }, (_, k) => ({
        organisatieId: w.a.organisatie.id,
        gemeenteId: w.a.gemeente.id,
        voornaam: "Rustig",
        achternaam: `Aaa-${String(k).padStart(2, "0")}`,
        geboortedatum: new Date("1990-01-01T00:00:00Z"),
        fase: "BEGELEIDINGSFASE" as const,
        isTestdata: true,
      })),
      select: { id: true },
    });
    await db().afspraak.createMany({
      data: gewoon.flatMap((p) => [
        { inburgeraarId: p.id, medewerkerId, start: new Date(now.getTime() - dag), type: "HUISBEZOEK" as const, status: "VOND_PLAATS" as const },
        { inburgeraarId: p.id, medewerkerId, start: new Date(now.getTime() + 7 * dag), type: "HUISBEZOEK" as const, status: "GEPLAND" as const },
      ]),
    });
    const persoon = async (achternaam: string) =>
      db().inburgeraar.create({
        data: { organisatieId: w.a.organisatie.id, gemeenteId: w.a.gemeente.id, voornaam: "Let", achternaam, geboortedatum: new Date("1990-01-01T00:00:00Z"), fase: "BEGELEIDINGSFASE", createdAt: new Date(now.getTime() - 100 * dag), isTestdata: true },
      });
    // Zzz-nooit: never seen in 100 days and nothing planned (60 + 10).
    const nooit = await persoon("Zzz-nooit");
    // Zzz-lang: last seen 60 days ago, next afspraak planned (40 + min(40, 60 - norm)).
    const lang = await persoon("Zzz-lang");
    await db().afspraak.createMany({
      data: [
        { inburgeraarId: lang.id, medewerkerId, start: new Date(now.getTime() - 60 * dag), type: "HUISBEZOEK", status: "VOND_PLAATS" },
        { inburgeraarId: lang.id, medewerkerId, start: new Date(now.getTime() + 3 * dag), type: "HUISBEZOEK", status: "GEPLAND" },
      ],
    });
    // Zzz-punt: seen yesterday, one checklist item late (30 + 5), next afspraak planned.
    const punt = await persoon("Zzz-punt");
    await db().afspraak.createMany({
      data: [
        { inburgeraarId: punt.id, medewerkerId, start: new Date(now.getTime() - dag), type: "HUISBEZOEK", status: "VOND_PLAATS" },
        { inburgeraarId: punt.id, medewerkerId, start: new Date(now.getTime() + 3 * dag), type: "HUISBEZOEK", status: "GEPLAND" },
      ],
    });
    await db().checklistItem.create({ data: { inburgeraarId: punt.id, code: "DIGID", titel: "DigiD", deadline: new Date("2026-11-01T00:00:00Z") } });

    // The lists sort on the stored urgency; at this test's clock it is what the quarter-hourly refresh sets.
    await herberekenScores(getDatabase().sql, now, w.a.organisatie.id);
    const eerste = await listTeamInburgeraars(teamleider, {}, now);
    expect(eerste.totaal).toBeGreaterThanOrEqual(33);
    // (The factory's own people sort among them by their own facts; only ours are compared.)
    const onze = (rijen: { naam: string }[]) => rijen.map((r) => r.naam).filter((n) => !n.startsWith("Testpersoon"));
    expect(onze(eerste.rijen).slice(0, 3)).toEqual(["Let Zzz-lang", "Let Zzz-nooit", "Let Zzz-punt"]);
    expect(eerste.rijen[0]?.aandacht.map((a) => a.soort)).toContain("GEEN_CONTACT");
    // By name, the three come last: on the second page.
    const opNaam = await listTeamInburgeraars(teamleider, { sortering: "naam", pagina: 2 }, now);
    expect(eerste.rijen).toHaveLength(TEAMLIJST_PER_PAGINA);
    expect(opNaam.rijen.map((r) => r.naam)).toEqual(expect.arrayContaining(["Let Zzz-lang", "Let Zzz-nooit", "Let Zzz-punt"]));
    // The organisation-wide caseload pages in SQL the same way.
    const caseload = await getCaseloadPagina(teamleider, {}, now);
    expect(caseload.totaal).toBe(eerste.totaal);
    expect(onze(caseload.rijen).slice(0, 3)).toEqual(["Let Zzz-lang", "Let Zzz-nooit", "Let Zzz-punt"]);
    expect([nooit.id, lang.id, punt.id].every((id) => caseload.rijen.some((r) => r.id === id))).toBe(true);
  });
});
