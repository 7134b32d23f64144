import "server-only";
import { z } from "zod";
import { audit, auditSql, type AuditEntry } from "@/lib/audit";
import { assertCan, can, eigenAfspraakScope, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { inburgeraarScopeSql } from "@/lib/authz/sql-scope";
import { cuid } from "@/lib/cuid";
import { db, leesSql, schrijfSql, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import type { AfspraakStatus, AfspraakType, Fase, Leefgebied } from "@/lib/db/generated/enums";
import { conflict, notFound } from "@/lib/errors";
import { markeerGeregeld } from "@/lib/opstart/checklist";
import { koppelDoelen } from "@/lib/plan/afspraak-doelen";
import { amsterdamNaarInstant, dateKolomNaarKalenderdatum, plusDagen, vandaag, type Kalenderdatum } from "@/lib/tijd";
import {
  controleerLog,
  controleerPlanning,
  eindVan,
  MAX_DUUR_MINUTEN,
  overlapt,
  standaardDuur,
  standaardVolgendTijd,
  type OverlapAfspraak,
  type VeldFouten,
} from "./rules";
import { groepscontactSchema, logAfspraakSchema, planAfspraakSchema, wijzigAfspraakSchema } from "./schema";

/**
 * Writes of the afspraken module. Each is a plain function `(user, input)`:
 * parse → authorize → scoped load → write + audit in one transaction.
 * Repeats of the same form submit (double click, retry) are recognised by the
 * form's `aanvraagSleutel` and return the first result instead of a second row.
 */

export interface AfspraakResultaat {
  id: string;
  inburgeraarId: string;
  /** false when this was a repeat of an earlier submit. */
  isNieuw: boolean;
  /** My other planned afspraken at the same time: a warning, never a refusal. */
  overlap?: OverlapAfspraak[];
  /** The planned afspraak "volgend contact" became (or the one already planned that day). */
  volgende?: { id: string; start: Date; isNieuw: boolean } | null;
}

/** Cross-field problems as a ZodError, so forms show them next to the field. */
function gooiVeldFouten(fouten: VeldFouten, input: unknown): void {
  const issues = Object.entries(fouten).map(([veld, message]) => ({ code: "custom" as const, path: [veld], message: message!, input }));
  if (issues.length > 0) throw new z.ZodError(issues);
}

interface DriverFout {
  code?: unknown;
  originalCode?: unknown;
  message?: unknown;
  originalMessage?: unknown;
  constraint?: { fields?: unknown[] };
}

/**
 * A second row for the same aanvraagSleutel. A model write on pg reports
 * Prisma's P2002. Raw SQL (docs/decisions/022) reports P2010 with the driver's
 * error: pg as `originalCode` 23505 with the constraint's fields, PGlite as
 * `code` 23505 with the constraint's name in its message. On PGlite a model
 * write's violation arrives as that driver error itself (a DriverAdapterError).
 */
export function isUniekeSleutelFout(error: unknown): boolean {
  const e = error as { code?: string; name?: string; constraint?: unknown; cause?: DriverFout; meta?: { driverAdapterError?: { cause?: DriverFout } } } | null;
  if (e?.code === "P2002") return true;
  // A statement on the pool itself (schrijfSql, decision 023): pg's own error, with the index's name.
  if (e?.code === "23505" && typeof e.constraint === "string") return e.constraint === "Afspraak_aanvraagSleutel_key";
  const oorzaak = e?.code === "P2010" ? e.meta?.driverAdapterError?.cause : e?.name === "DriverAdapterError" ? e.cause : undefined;
  if (!oorzaak || (oorzaak.originalCode ?? oorzaak.code) !== "23505") return false;
  return [oorzaak.originalMessage, oorzaak.message, ...(oorzaak.constraint?.fields ?? [])].some(
    (t) => typeof t === "string" && t.includes("aanvraagSleutel"),
  );
}

interface EerdereAanvraag {
  id: string;
  inburgeraarId: string;
  medewerkerId: string;
  gelogdDoorId: string | null;
  volgendContact: Kalenderdatum | null;
}

interface Vooraf {
  /** The person, when in the user's scope (inburgeraarScope). */
  persoon: { id: string; fase: Fase } | null;
  /** The afspraak an earlier submit with the same key made. */
  eerder: EerdereAanvraag | null;
  /** The planned afspraak being logged, when it is this person's. */
  gepland: { id: string; status: AfspraakStatus; locatie: string | null } | null;
}

interface VoorafRij {
  persoonId: string | null;
  fase: Fase | null;
  eerderId: string | null;
  eerderInburgeraarId: string | null;
  eerderMedewerkerId: string | null;
  eerderGelogdDoorId: string | null;
  eerderVolgendContact: string | null;
  geplandId: string | null;
  geplandStatus: AfspraakStatus | null;
  geplandLocatie: string | null;
}

/**
 * Where the raw statements of a write run: inside a Prisma transaction, or
 * each on its own on the pool (`los`, decision 023) for the plain log, whose
 * one write re-checks in its WHERE what the read before it found.
 */
interface Uitvoer {
  lees<T>(query: Prisma.Sql): Promise<T>;
  schrijf(query: Prisma.Sql): Promise<number>;
}
const inTransactie = (tx: Tx): Uitvoer => ({ lees: (q) => tx.$queryRaw(q), schrijf: (q) => tx.$executeRaw(q) });
const los: Uitvoer = { lees: leesSql, schrijf: schrijfSql };

/**
 * What a write needs to know first, in ONE statement (docs/decisions/022):
 * the person within the user's scope (inburgeraarScopeSql, as
 * inburgeraarScope), the afspraak an earlier submit with this key made, and
 * the planned afspraak `afspraakId` of this person.
 */
async function laadVooraf(u: Uitvoer, user: SessionUser, inburgeraarId: string, aanvraagSleutel: string, afspraakId?: string): Promise<Vooraf> {
  const [r] = await u.lees<VoorafRij[]>(Prisma.sql`
    SELECT i.id AS "persoonId", i.fase::text AS fase,
           e.id AS "eerderId", e."inburgeraarId" AS "eerderInburgeraarId", e."medewerkerId" AS "eerderMedewerkerId",
           e."gelogdDoorId" AS "eerderGelogdDoorId", to_char(e."volgendContact", 'YYYY-MM-DD') AS "eerderVolgendContact",
           g.id AS "geplandId", g.status::text AS "geplandStatus", g.locatie AS "geplandLocatie"
      FROM (SELECT 1) AS een
      LEFT JOIN "Inburgeraar" i ON i.id = ${inburgeraarId} AND ${inburgeraarScopeSql(user, new Date(), "i")}
      LEFT JOIN "Afspraak" e ON e."aanvraagSleutel" = ${aanvraagSleutel}
      LEFT JOIN "Afspraak" g ON g.id = ${afspraakId ?? null} AND g."inburgeraarId" = ${inburgeraarId}`);
  return {
    persoon: r?.persoonId ? { id: r.persoonId, fase: r.fase! } : null,
    eerder: r?.eerderId
      ? {
          id: r.eerderId,
          inburgeraarId: r.eerderInburgeraarId!,
          medewerkerId: r.eerderMedewerkerId!,
          gelogdDoorId: r.eerderGelogdDoorId,
          volgendContact: r.eerderVolgendContact,
        }
      : null,
    gepland: r?.geplandId ? { id: r.geplandId, status: r.geplandStatus!, locatie: r.geplandLocatie } : null,
  };
}

/** An earlier submit with the same key counts only when it was this user's for this person. */
function controleerEerder(user: SessionUser, eerder: EerdereAanvraag, inburgeraarId: string): EerdereAanvraag {
  if (eerder.inburgeraarId !== inburgeraarId || (eerder.medewerkerId !== user.id && eerder.gelogdDoorId !== user.id)) {
    throw conflict("Dit formulier is al gebruikt. Laad de pagina opnieuw en probeer het nog eens.");
  }
  return eerder;
}

/** The afspraak an earlier submit with the same key made, if it was this user's for this person. */
async function eerdereAanvraag(tx: Tx, user: SessionUser, aanvraagSleutel: string, inburgeraarId: string) {
  const eerder = await tx.afspraak.findUnique({
    where: { aanvraagSleutel },
    select: { id: true, inburgeraarId: true, medewerkerId: true, gelogdDoorId: true, volgendContact: true },
  });
  if (!eerder) return null;
  const volgendContact = eerder.volgendContact ? dateKolomNaarKalenderdatum(eerder.volgendContact) : null;
  return controleerEerder(user, { ...eerder, volgendContact }, inburgeraarId);
}

/** The answer to a repeated submit: the first result, with the volgend contact it planned. */
async function herhaling(tx: Tx, eerder: { id: string; volgendContact: Kalenderdatum | null }, inburgeraarId: string): Promise<AfspraakResultaat> {
  const volgende = eerder.volgendContact ? await geplandOpDag(tx, inburgeraarId, eerder.volgendContact, eerder.id) : null;
  return { id: eerder.id, inburgeraarId, isNieuw: false, volgende: volgende ? { ...volgende, isNieuw: false } : null };
}

/** A write found the person changed since its read (another fase, or no longer in reach): nothing was written. */
const PERSOON_GEWIJZIGD = "Er is intussen iets veranderd aan deze persoon. Laad de pagina opnieuw en probeer het nog eens.";

/** Runs `schrijf`; when a concurrent repeat won the race on the unique key, returns that one. */
async function eenmalig(
  user: SessionUser,
  aanvraagSleutel: string,
  inburgeraarId: string,
  schrijf: () => Promise<AfspraakResultaat>,
): Promise<AfspraakResultaat> {
  try {
    return await schrijf();
  } catch (error) {
    if (!isUniekeSleutelFout(error)) throw error;
    // The transaction is aborted; look the winner up outside it.
    const eerder = await eerdereAanvraag(db(), user, aanvraagSleutel, inburgeraarId);
    if (!eerder) throw error;
    return herhaling(db(), eerder, inburgeraarId);
  }
}

/**
 * A write of one Afspraak row and, when `audit` is given, its audit row in the
 * same statement: `audit` is auditSql(entry, "w") over the written row, so it
 * is written exactly when the row was (an update that matched nothing writes
 * neither). $executeRaw's count is the number of audit rows, or without audit
 * the number of afspraken written.
 */
function metAudit(schrijf: Prisma.Sql, audit: Prisma.Sql | null): Prisma.Sql {
  return audit ? Prisma.sql`WITH w AS (${schrijf} RETURNING id) ${audit}` : schrijf;
}

/** The columns of an Afspraak a log sets, as SQL values (the Prisma schema's types, casts for enums). */
interface LogVelden {
  start: Date;
  type: AfspraakType;
  status: AfspraakStatus;
  duurMinuten: number | null;
  leefgebieden: Leefgebied[];
  verslag: string | null;
  deelMetMaatje: boolean;
  volgendContact: Kalenderdatum | null;
  isEindgesprek: boolean;
  metTolk: boolean;
  tolkTaal: string | null;
  gelogdDoorId: string;
  gelogdOp: Date;
  aanvraagSleutel: string;
}

function logKolommen(v: LogVelden): Array<[string, Prisma.Sql]> {
  return [
    ["start", Prisma.sql`${v.start}`],
    ["type", Prisma.sql`${v.type}::"AfspraakType"`],
    ["status", Prisma.sql`${v.status}::"AfspraakStatus"`],
    ["duurMinuten", Prisma.sql`${v.duurMinuten}::int`],
    ["leefgebieden", Prisma.sql`${v.leefgebieden}::text[]::"Leefgebied"[]`],
    ["verslag", Prisma.sql`${v.verslag}`],
    ["deelMetMaatje", Prisma.sql`${v.deelMetMaatje}`],
    ["volgendContact", Prisma.sql`${v.volgendContact}::date`],
    ["isEindgesprek", Prisma.sql`${v.isEindgesprek}`],
    ["metTolk", Prisma.sql`${v.metTolk}`],
    ["tolkTaal", Prisma.sql`${v.tolkTaal}`],
    ["gelogdDoorId", Prisma.sql`${v.gelogdDoorId}`],
    ["gelogdOp", Prisma.sql`${v.gelogdOp}`],
    ["aanvraagSleutel", Prisma.sql`${v.aanvraagSleutel}`],
  ];
}

const kolom = (naam: string) => Prisma.raw(`"${naam}"`);

/**
 * The write's own check that what laadVooraf found still holds: the person is
 * in the user's scope and still in the fase the checks were made for. A write
 * on its own (`los`) has no transaction around the read, so this is what makes
 * a write after a concurrent change write nothing.
 */
function persoonOngewijzigd(user: SessionUser, persoon: { id: string; fase: Fase }): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "Inburgeraar" i WHERE i.id = ${persoon.id} AND i.fase = ${persoon.fase}::"Fase" AND ${inburgeraarScopeSql(user, new Date(), "i")})`;
}

/** INSERT of a new Afspraak (a contact that was never planned, or a planned one), as afspraak.create wrote it; nothing unless `voorwaarde`. */
function nieuweAfspraakSql(id: string, inburgeraarId: string, medewerkerId: string, waarden: Array<[string, Prisma.Sql]>, voorwaarde: Prisma.Sql): Prisma.Sql {
  const nu = new Date();
  const alle: Array<[string, Prisma.Sql]> = [
    ["id", Prisma.sql`${id}`],
    ["inburgeraarId", Prisma.sql`${inburgeraarId}`],
    ["medewerkerId", Prisma.sql`${medewerkerId}`],
    ...waarden,
    ["version", Prisma.sql`1`],
    ["createdAt", Prisma.sql`${nu}`],
    ["updatedAt", Prisma.sql`${nu}`],
  ];
  return Prisma.sql`INSERT INTO "Afspraak" (${Prisma.join(alle.map(([k]) => kolom(k)))}) SELECT ${Prisma.join(alle.map(([, v]) => v))} WHERE ${voorwaarde}`;
}

/** The versioned UPDATE of a planned afspraak that is logged: only version `version`, only while still GEPLAND, only if `voorwaarde`. */
function geplandLoggenSql(id: string, version: number, waarden: Array<[string, Prisma.Sql]>, voorwaarde: Prisma.Sql): Prisma.Sql {
  const zet = waarden.map(([k, v]) => Prisma.sql`${kolom(k)} = ${v}`);
  return Prisma.sql`UPDATE "Afspraak" SET ${Prisma.join(zet)}, version = version + 1, "updatedAt" = ${new Date()}
     WHERE id = ${id} AND version = ${version}::int AND status = 'GEPLAND' AND ${voorwaarde}`;
}

/** A planned afspraak of this person on that Amsterdam day (the first), other than `behalve`. */
async function geplandOpDag(tx: Tx, inburgeraarId: string, dag: Kalenderdatum, behalve?: string) {
  return tx.afspraak.findFirst({
    where: {
      inburgeraarId,
      status: "GEPLAND",
      start: { gte: amsterdamNaarInstant(dag, "00:00"), lt: amsterdamNaarInstant(plusDagen(dag, 1), "00:00") },
      ...(behalve ? { id: { not: behalve } } : {}),
    },
    orderBy: { start: "asc" },
    select: { id: true, start: true },
  });
}

/**
 * My other planned afspraken that overlap [start, eind). Only afspraken of
 * people still in my scope (as in the agenda); a short list, never a refusal.
 */
async function zoekOverlap(tx: Tx, user: SessionUser, start: Date, eind: Date, behalve: string[]): Promise<OverlapAfspraak[]> {
  const rijen = await tx.afspraak.findMany({
    where: {
      ...eigenAfspraakScope(user),
      status: "GEPLAND",
      id: { notIn: behalve },
      // No afspraak lasts longer than MAX_DUUR_MINUTEN: earlier starts cannot reach `start`.
      start: { lt: eind, gt: new Date(start.getTime() - MAX_DUUR_MINUTEN * 60_000) },
    },
    orderBy: { start: "asc" },
    take: 20,
    select: { start: true, duurMinuten: true, type: true, inburgeraar: { select: { voornaam: true, achternaam: true } } },
  });
  return rijen
    .map((r) => ({ start: r.start, eind: eindVan(r.start, r.duurMinuten, r.type), type: r.type, naam: `${r.inburgeraar.voornaam} ${r.inburgeraar.achternaam}` }))
    .filter((o) => overlapt({ start, eind }, o));
}

/** Plans an afspraak with the signed-in user as medewerker. */
export async function planAfspraak(user: SessionUser, input: unknown, nu: Date = new Date()): Promise<AfspraakResultaat> {
  assertCan(user, "afspraak:plannen");
  const data = planAfspraakSchema.parse(input);
  gooiVeldFouten(controleerPlanning({ datum: data.datum, vandaag: vandaag(nu) }), input);
  const start = amsterdamNaarInstant(data.datum, data.tijd);
  return eenmalig(user, data.aanvraagSleutel, data.inburgeraarId, () =>
    db().$transaction(async (tx) => {
      const { persoon, eerder } = await laadVooraf(inTransactie(tx), user, data.inburgeraarId, data.aanvraagSleutel);
      if (!persoon) throw notFound();
      if (eerder) return { id: controleerEerder(user, eerder, data.inburgeraarId).id, inburgeraarId: data.inburgeraarId, isNieuw: false };
      const duurMinuten = data.duurMinuten ?? standaardDuur(data.type);
      const id = cuid();
      // The afspraak and its audit row in one statement (docs/decisions/022).
      const geschreven = await tx.$executeRaw(
        metAudit(
          nieuweAfspraakSql(id, data.inburgeraarId, user.id, [
            ["start", Prisma.sql`${start}`],
            ["duurMinuten", Prisma.sql`${duurMinuten}::int`],
            ["type", Prisma.sql`${data.type}::"AfspraakType"`],
            ["locatie", Prisma.sql`${data.locatie ?? null}`],
            ["onderwerp", Prisma.sql`${data.onderwerp ?? null}`],
            ["metTolk", Prisma.sql`${data.metTolk}`],
            ["tolkTaal", Prisma.sql`${data.metTolk ? (data.tolkTaal ?? null) : null}`],
            ["status", Prisma.sql`'GEPLAND'::"AfspraakStatus"`],
            ["aanvraagSleutel", Prisma.sql`${data.aanvraagSleutel}`],
          ], persoonOngewijzigd(user, persoon)),
          await auditSql(
            {
              actie: "afspraak.gepland",
              gebruiker: user,
              entiteit: "Afspraak",
              entiteitId: id,
              inburgeraarId: data.inburgeraarId,
              details: { type: data.type, start: start.toISOString(), metTolk: data.metTolk },
            },
            "w",
          ),
        ),
      );
      if (geschreven === 0) throw conflict(PERSOON_GEWIJZIGD);
      const overlap = await zoekOverlap(tx, user, start, eindVan(start, duurMinuten, data.type), [id]);
      return { id, inburgeraarId: data.inburgeraarId, isNieuw: true, overlap };
    }),
  );
}

/**
 * Logs a contact afterwards: either a planned afspraak (with the version the
 * form loaded; stale → conflict) or a contact that was never planned.
 */
export async function logAfspraak(user: SessionUser, input: unknown, nu: Date = new Date()): Promise<AfspraakResultaat> {
  assertCan(user, "afspraak:loggen");
  const data = logAfspraakSchema.parse(input);
  const start = amsterdamNaarInstant(data.datum, data.tijd);
  const isVondPlaats = data.status === "VOND_PLAATS";
  const duurMinuten = isVondPlaats ? (data.duurMinuten ?? standaardDuur(data.type)) : null;
  const checklistItemIds = isVondPlaats ? [...new Set(data.checklistItemIds)] : [];

  // The plain log (what a maatje or begeleider logs most: no checklist items, no doelen, no volgend
  // contact) is one read and one write, each on its own (decision 023): the write re-checks scope,
  // fase, key and version itself. Everything else runs in one transaction.
  const doelIds = isVondPlaats ? data.doelIds : [];
  const eenvoudig = checklistItemIds.length === 0 && doelIds.length === 0 && !data.volgendContact;
  return eenmalig(user, data.aanvraagSleutel, data.inburgeraarId, () =>
    eenvoudig ? logIn(los, db()) : db().$transaction((tx) => logIn(inTransactie(tx), tx)),
  );

  /** The log itself: raw statements through `u`; model queries (the rarer branches) on `tx`, the transaction when there is one. */
  async function logIn(u: Uitvoer, tx: Tx): Promise<AfspraakResultaat> {
    // A write that wrote nothing may have lost to a repeat of this same submit (same key) that
    // committed after our read: then the answer is that first result, not a conflict.
    const alsHerhaling = async () => {
      const eerder = await eerdereAanvraag(tx, user, data.aanvraagSleutel, data.inburgeraarId);
      return eerder ? herhaling(tx, eerder, data.inburgeraarId) : null;
    };
    const { persoon, eerder, gepland } = await laadVooraf(u, user, data.inburgeraarId, data.aanvraagSleutel, data.afspraakId);
    if (!persoon) throw notFound();
    if (data.volgendContact) assertCan(user, "afspraak:plannen");
    gooiVeldFouten(
      controleerLog({
        datum: data.datum,
        vandaag: vandaag(nu),
        status: data.status,
        volgendContact: data.volgendContact,
        isEindgesprek: data.isEindgesprek,
        fase: persoon.fase,
        aantalChecklistItems: data.checklistItemIds.length,
      }),
      input,
    );
    if (eerder) return herhaling(tx, controleerEerder(user, eerder, data.inburgeraarId), data.inburgeraarId);

    const velden: LogVelden = {
      start,
      type: data.type,
      status: data.status,
      duurMinuten,
      leefgebieden: isVondPlaats ? data.leefgebieden : [],
      verslag: data.verslag ?? null,
      // Only those who may share a verslag with the maatje can set it; anyone else's tick is ignored.
      deelMetMaatje: data.deelMetMaatje && can(user, "verslag:delen-met-maatje"),
      volgendContact: data.volgendContact ?? null,
      isEindgesprek: isVondPlaats && data.isEindgesprek,
      metTolk: data.metTolk,
      tolkTaal: data.metTolk ? (data.tolkTaal ?? null) : null,
      gelogdDoorId: user.id,
      gelogdOp: nu,
      // The log's own key replaces the planning key, so a repeat of this log is recognised.
      aanvraagSleutel: data.aanvraagSleutel,
    };
    const gelogd = (afspraakId: string, doelen: number): AuditEntry => ({
      actie: "afspraak.gelogd",
      gebruiker: user,
      entiteit: "Afspraak",
      entiteitId: afspraakId,
      inburgeraarId: data.inburgeraarId,
      details: {
        type: data.type,
        status: data.status,
        duurMinuten,
        wasGepland: Boolean(data.afspraakId),
        leefgebieden: velden.leefgebieden,
        checklistItems: checklistItemIds.length,
        doelen,
        volgendContact: data.volgendContact ?? null,
        isEindgesprek: velden.isEindgesprek,
      },
    });
    // The common log (no checklist items, no doelen) writes its row and its audit row in ONE
    // statement (docs/decisions/022); otherwise the audit row follows the items and doelen it counts.
    const eenStatement = checklistItemIds.length === 0 && doelIds.length === 0;

    let afspraakId: string;
    let locatie = data.locatie ?? null;
    if (data.afspraakId) {
      if (!gepland) throw notFound();
      afspraakId = gepland.id;
      const waarden = logKolommen(velden);
      if (data.locatie !== undefined) waarden.push(["locatie", Prisma.sql`${data.locatie}`]);
      const geschreven = await u.schrijf(
        metAudit(
          geplandLoggenSql(gepland.id, data.version!, waarden, persoonOngewijzigd(user, persoon)),
          eenStatement ? await auditSql(gelogd(afspraakId, 0), "w") : null,
        ),
      );
      if (geschreven === 0) {
        const eerste = await alsHerhaling();
        if (eerste) return eerste;
        throw conflict(
          gepland.status === "GEPLAND"
            ? undefined
            : "Deze afspraak is intussen al gelogd. Laad de pagina opnieuw om het verslag te zien.",
        );
      }
      locatie = data.locatie !== undefined ? data.locatie : gepland.locatie;
    } else {
      afspraakId = cuid();
      const geschreven = await u.schrijf(
        metAudit(
          nieuweAfspraakSql(
            afspraakId,
            data.inburgeraarId,
            user.id,
            [...logKolommen(velden), ["locatie", Prisma.sql`${data.locatie ?? null}`]],
            persoonOngewijzigd(user, persoon),
          ),
          eenStatement ? await auditSql(gelogd(afspraakId, 0), "w") : null,
        ),
      );
      if (geschreven === 0) {
        const eerste = await alsHerhaling();
        if (eerste) return eerste;
        throw conflict(PERSOON_GEWIJZIGD);
      }
    }

    if (!eenStatement) {
      await markeerGeregeld(tx, user, data.inburgeraarId, checklistItemIds, afspraakId, data.datum);
      const doelen = await koppelDoelen(tx, user, data.inburgeraarId, afspraakId, doelIds);
      await tx.$executeRaw(await auditSql(gelogd(afspraakId, doelen)));
    }

    // "Volgend contact" becomes a planned afspraak (docs/decisions/003), unless one is already planned that day.
    let volgende: AfspraakResultaat["volgende"] = null;
    let overlap: OverlapAfspraak[] = [];
    if (data.volgendContact) {
      const bestaand = await geplandOpDag(tx, data.inburgeraarId, data.volgendContact, afspraakId);
      if (bestaand) {
        volgende = { ...bestaand, isNieuw: false };
      } else {
        const vStart = amsterdamNaarInstant(data.volgendContact, data.volgendContactTijd ?? standaardVolgendTijd(data.tijd));
        const vDuur = standaardDuur(data.type);
        const nieuw = await tx.afspraak.create({
          data: {
            inburgeraarId: data.inburgeraarId,
            medewerkerId: user.id,
            start: vStart,
            duurMinuten: vDuur,
            type: data.type,
            locatie,
            onderwerp: "Volgend contact",
            metTolk: data.metTolk,
            tolkTaal: data.metTolk ? (data.tolkTaal ?? null) : null,
            status: "GEPLAND",
            aanvraagSleutel: `${data.aanvraagSleutel}:volgend`,
          },
          select: { id: true },
        });
        await audit(
          {
            actie: "afspraak.gepland",
            gebruiker: user,
            entiteit: "Afspraak",
            entiteitId: nieuw.id,
            inburgeraarId: data.inburgeraarId,
            details: {
              type: data.type,
              start: vStart.toISOString(),
              metTolk: data.metTolk,
              bron: "volgend-contact",
              naAfspraakId: afspraakId,
            },
          },
          tx,
        );
        volgende = { id: nieuw.id, start: vStart, isNieuw: true };
        overlap = await zoekOverlap(tx, user, vStart, eindVan(vStart, vDuur, data.type), [nieuw.id, afspraakId]);
      }
    }
    return { id: afspraakId, inburgeraarId: data.inburgeraarId, isNieuw: true, volgende, overlap };
  }
}

/**
 * Moves or changes one of my planned afspraken (another day, time, type or
 * place), with the version the form loaded: a stale save or an afspraak that
 * was logged meanwhile is a conflict, never an overwrite.
 */
export async function wijzigAfspraak(user: SessionUser, input: unknown, nu: Date = new Date()): Promise<AfspraakResultaat> {
  assertCan(user, "afspraak:plannen");
  const data = wijzigAfspraakSchema.parse(input);
  gooiVeldFouten(controleerPlanning({ datum: data.datum, vandaag: vandaag(nu) }), input);
  const start = amsterdamNaarInstant(data.datum, data.tijd);
  const duurMinuten = data.duurMinuten ?? standaardDuur(data.type);
  return db().$transaction(async (tx) => {
    const afspraak = await tx.afspraak.findFirst({
      where: { id: data.afspraakId, ...eigenAfspraakScope(user, nu) },
      select: { id: true, inburgeraarId: true, status: true, start: true },
    });
    if (!afspraak) throw notFound();
    const { count } = await tx.afspraak.updateMany({
      where: { id: afspraak.id, version: data.version, status: "GEPLAND" },
      data: {
        start,
        duurMinuten,
        type: data.type,
        locatie: data.locatie ?? null,
        onderwerp: data.onderwerp ?? null,
        metTolk: data.metTolk,
        tolkTaal: data.metTolk ? (data.tolkTaal ?? null) : null,
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      throw conflict(
        afspraak.status === "GEPLAND" ? undefined : "Deze afspraak is intussen al gelogd. Laad de pagina opnieuw om het verslag te zien.",
      );
    }
    await audit(
      {
        actie: "afspraak.gewijzigd",
        gebruiker: user,
        entiteit: "Afspraak",
        entiteitId: afspraak.id,
        inburgeraarId: afspraak.inburgeraarId,
        details: {
          type: data.type,
          van: afspraak.start.toISOString(),
          start: start.toISOString(),
        },
      },
      tx,
    );
    const overlap = await zoekOverlap(tx, user, start, eindVan(start, duurMinuten, data.type), [afspraak.id]);
    return { id: afspraak.id, inburgeraarId: afspraak.inburgeraarId, isNieuw: false, overlap };
  });
}

export interface GroepscontactResultaat {
  afspraakIds: string[];
  inburgeraarIds: string[];
  isNieuw: boolean;
}

/** Each person's row of a group contact has its own key, derived from the form's one key. */
const groepSleutel = (aanvraagSleutel: string, inburgeraarId: string) => `${aanvraagSleutel}:${inburgeraarId}`;

/** The rows an earlier submit of this group contact wrote (a repeat finds them instead of writing again). */
async function eerderGroepscontact(tx: Tx, user: SessionUser, aanvraagSleutel: string, inburgeraarIds: string[]): Promise<GroepscontactResultaat | null> {
  const eerder = await tx.afspraak.findMany({
    where: { aanvraagSleutel: { in: inburgeraarIds.map((id) => groepSleutel(aanvraagSleutel, id)) } },
    select: { id: true, inburgeraarId: true, gelogdDoorId: true },
  });
  if (eerder.length === 0) return null;
  if (eerder.some((e) => e.gelogdDoorId !== user.id)) {
    throw conflict("Dit formulier is al gebruikt. Laad de pagina opnieuw en probeer het nog eens.");
  }
  return { afspraakIds: eerder.map((e) => e.id), inburgeraarIds: eerder.map((e) => e.inburgeraarId), isNieuw: false };
}

/**
 * Logs one spreekuur or groepsbijeenkomst for several people at once: one
 * contact per person, all in one transaction. Every person must be in the
 * user's scope; if one is not, or any write fails, nothing is written.
 */
export async function logGroepscontact(user: SessionUser, input: unknown, nu: Date = new Date()): Promise<GroepscontactResultaat> {
  assertCan(user, "afspraak:loggen");
  const data = groepscontactSchema.parse(input);
  gooiVeldFouten(controleerLog({ datum: data.datum, vandaag: vandaag(nu), status: "VOND_PLAATS" }), input);
  const start = amsterdamNaarInstant(data.datum, data.tijd);
  const duurMinuten = data.duurMinuten ?? standaardDuur(data.type);
  try {
    return await db().$transaction(async (tx) => {
      const eerder = await eerderGroepscontact(tx, user, data.aanvraagSleutel, data.inburgeraarIds);
      if (eerder) return eerder;
      const personen = await tx.inburgeraar.findMany({
        where: { id: { in: data.inburgeraarIds }, ...inburgeraarScope(user, nu) },
        select: { id: true },
      });
      if (personen.length !== data.inburgeraarIds.length) {
        throw notFound("Eén of meer van deze personen kun je niet (meer) openen. Er is niets opgeslagen.");
      }
      const afspraakIds: string[] = [];
      for (const inburgeraarId of data.inburgeraarIds) {
        const afspraak = await tx.afspraak.create({
          data: {
            inburgeraarId,
            medewerkerId: user.id,
            start,
            duurMinuten,
            type: data.type,
            status: "VOND_PLAATS",
            locatie: data.locatie ?? null,
            leefgebieden: data.leefgebieden,
            verslag: data.verslag ?? null,
            metTolk: data.metTolk,
            tolkTaal: data.metTolk ? (data.tolkTaal ?? null) : null,
            gelogdDoorId: user.id,
            gelogdOp: nu,
            aanvraagSleutel: groepSleutel(data.aanvraagSleutel, inburgeraarId),
          },
          select: { id: true },
        });
        afspraakIds.push(afspraak.id);
        await audit(
          {
            actie: "afspraak.gelogd",
            gebruiker: user,
            entiteit: "Afspraak",
            entiteitId: afspraak.id,
            inburgeraarId,
            details: {
              type: data.type,
              status: "VOND_PLAATS",
              duurMinuten,
              isEindgesprek: false,
              wasGepland: false,
              leefgebieden: data.leefgebieden,
              groep: data.inburgeraarIds.length,
            },
          },
          tx,
        );
      }
      return { afspraakIds, inburgeraarIds: data.inburgeraarIds, isNieuw: true };
    });
  } catch (error) {
    if (!isUniekeSleutelFout(error)) throw error;
    const eerder = await eerderGroepscontact(db(), user, data.aanvraagSleutel, data.inburgeraarIds);
    if (!eerder) throw error;
    return eerder;
  }
}
