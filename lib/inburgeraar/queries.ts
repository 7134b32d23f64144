import "server-only";
import {
  actieveToewijzing,
  assertCan,
  can,
  dossierZicht,
  gebruikerScope,
  gemeenteScope,
  inburgeraarScope,
  tijdlijnZichtbaarheden,
  toestemmingNodigVoor,
  type DossierDeel,
  type DossierZicht,
  type SessionUser,
} from "@/lib/authz";
import { dossierInBereikSql, toestemmingConsulentSql } from "@/lib/authz/sql-scope";
import { actiesMetZichtbaarheid, auditDossierBekeken, dossierBekekenSql, isZichtbaarVoor } from "@/lib/audit";
import { zinVoorAudit } from "@/lib/audit/zinnen";
import { laadDossierZicht, weigerDossierDeel } from "./laad";
import { decryptBsn } from "@/lib/crypto/bsn";
import { db } from "@/lib/db";
import { epochMsSql, leesSql } from "@/lib/db/lees";
import { Prisma } from "@/lib/db/generated/client";
import type {
  ChecklistStatus,
  Doelgroep,
  Fase,
  HuishoudRelatie,
  Leerroute,
  ToestemmingOnderwerp,
  ToewijzingRol,
  Verblijfsvergunning,
  VerlengingStatus,
} from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors";
import { dateKolomNaarKalenderdatum, vandaag, type Kalenderdatum } from "@/lib/tijd";
import { wettelijkeKlokken } from "./klokken";

export interface InburgeraarRij {
  id: string;
  naam: string;
  fase: Fase;
  gemeente: string;
  begeleider: string | null;
  maatje: string | null;
}

/** Everyone the user may see, with the people assigned to them. */
export async function listInburgeraars(user: SessionUser, options: { fase?: Fase } = {}): Promise<InburgeraarRij[]> {
  assertCan(user, "inburgeraar:lezen");
  const now = new Date();
  const rows = await db().inburgeraar.findMany({
    where: { ...inburgeraarScope(user, now), ...(options.fase ? { fase: options.fase } : {}) },
    orderBy: [{ achternaam: "asc" }, { voornaam: "asc" }],
    select: {
      id: true,
      voornaam: true,
      achternaam: true,
      fase: true,
      gemeente: { select: { naam: true } },
      toewijzingen: can(user, "toewijzing:zien")
        ? { where: actieveToewijzing(now), select: { rol: true, gebruiker: { select: { naam: true } } } }
        : { where: { id: { in: [] } }, select: { rol: true, gebruiker: { select: { naam: true } } } },
    },
  });
  // Who guides the person is shown to those the policy lets see assignments.
  const showTeam = can(user, "toewijzing:zien");
  return rows.map((r) => ({
    id: r.id,
    naam: `${r.voornaam} ${r.achternaam}`,
    fase: r.fase,
    gemeente: r.gemeente.naam,
    begeleider: showTeam ? (r.toewijzingen.find((t) => t.rol !== "MAATJE")?.gebruiker.naam ?? null) : null,
    maatje: showTeam ? (r.toewijzingen.find((t) => t.rol === "MAATJE")?.gebruiker.naam ?? null) : null,
  }));
}

/**
 * Loads one dossier's header, scoped: a record outside the user's reach is
 * "not found", never "forbidden", so ids of other organisations reveal nothing.
 * Every view is recorded in the audit trail.
 */
export async function getInburgeraar(user: SessionUser, id: string) {
  assertCan(user, "inburgeraar:lezen");
  const now = new Date();
  const row = await db().inburgeraar.findFirst({
    where: { id, ...inburgeraarScope(user, now) },
    select: {
      id: true,
      voornaam: true,
      achternaam: true,
      fase: true,
      organisatieId: true,
      gemeente: { select: { id: true, naam: true, looptijdMaanden: true, contactNormDagen: true } },
    },
  });
  if (!row) throw notFound();
  await auditDossierBekeken(user, id, "dossier");
  return row;
}

// ─────────────────────────── aanmelden ───────────────────────────

/** The choices on the aanmeld form: the organisation's gemeenten, and for a teamleider the begeleiders. */
export async function aanmeldKeuzes(user: SessionUser) {
  assertCan(user, "inburgeraar:aanmelden");
  const [gemeenten, begeleiders] = await Promise.all([
    db().gemeente.findMany({ where: gemeenteScope(user), orderBy: { naam: "asc" }, select: { id: true, naam: true } }),
    can(user, "toewijzing:beheren")
      ? db().gebruiker.findMany({
          where: { ...gebruikerScope(user), rol: "BEGELEIDER", actief: true },
          orderBy: { naam: "asc" },
          select: { id: true, naam: true },
        })
      : Promise.resolve(null),
  ]);
  return { gemeenten, begeleiders };
}

// ─────────────────────────── dossier ───────────────────────────

/**
 * The view of a dossier for a page that reads several parts (header, Overzicht):
 * for a role whose view needs no consent it is known without a query; otherwise
 * one raw statement reads the consent subjects in force today (toestemmingConsulentSql,
 * as laadDossierZicht's toestemmingGeldig) within the user's scope. Out of reach:
 * laadDossierZicht's own refusal (the same "not found" and audit row).
 */
async function zichtVoorLezen(user: SessionUser, id: string, now: Date): Promise<DossierZicht> {
  assertCan(user, "inburgeraar:lezen");
  const onderwerpen = toestemmingNodigVoor(user);
  if (onderwerpen.length === 0) return dossierZicht(user, []);
  const dag = vandaag(now);
  const rijen = await leesSql<{ onderwerpen: ToestemmingOnderwerp[] }[]>(Prisma.sql`
    SELECT to_json(array_remove(ARRAY[${Prisma.join(onderwerpen.map((o) => Prisma.sql`CASE WHEN ${toestemmingConsulentSql(o, dag, "i")} THEN ${o}::text END`))}], NULL)) AS onderwerpen
      FROM "Inburgeraar" i
     WHERE ${dossierInBereikSql(user, id, now)}`);
  return rijen[0] ? dossierZicht(user, rijen[0].onderwerpen) : laadDossierZicht(user, id, now);
}

/** A column (or expression) only where its part is visible; NULL in its place otherwise (decision 019). */
const als = (zichtbaar: boolean, kolom: Prisma.Sql): Prisma.Sql => (zichtbaar ? kolom : Prisma.sql`NULL`);
/** A calendar (@db.Date) column as "YYYY-MM-DD". */
const dagSql = (kolom: string): Prisma.Sql => Prisma.sql`to_char(${Prisma.raw(kolom)}, 'YYYY-MM-DD')`;
/** An instant as epoch milliseconds. */
const msSql = (kolom: string): Prisma.Sql => epochMsSql(Prisma.raw(kolom));
/** A calendar date as Prisma returns a @db.Date column: midnight UTC. */
const alsDatum = (d: string | null): Date | null => (d === null ? null : new Date(`${d}T00:00:00.000Z`));
const alsMoment = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

interface KopRij {
  id: string;
  voornaam: string;
  achternaam: string;
  fase: Fase;
  faseSinds: number | null;
  version: number;
  brpInschrijvingDatum: string | null;
  einddatum: string | null;
  uitkeringStartDatum: string | null;
  gemeente: string;
  looptijdMaanden: number;
  toewijzingen: { rol: ToewijzingRol; naam: string }[];
  huishouden: { leden: number; partners: number; kinderen: number; nareizigers: number } | null;
  verlengdMaanden: number;
  toeslagen: { soort: string; aangevraagdOp: string; behandeltermijnDagen: number; besluitOp: string | null }[];
}

export interface DossierHeader {
  zicht: DossierZicht;
  id: string;
  naam: string;
  fase: Fase;
  faseSinds: Date | null;
  version: number;
  gemeente: string;
  looptijdMaanden: number;
  begeleiders: string[];
  maatjes: string[];
  start: Kalenderdatum | null;
  einddatum: Kalenderdatum | null;
  verlengdMaanden: number;
  huishouden: { leden: number; partners: number; kinderen: number; nareizigers: number } | null;
  klokken: ReturnType<typeof wettelijkeKlokken>;
}

/**
 * The dossier header for the layout, scoped, with only the parts the user may
 * see (lib/authz/zicht): legal clocks are financial data, the trajectory and
 * who guides the person need the "traject" part. Audited as a view.
 *
 * ONE statement (docs/decisions/019/020; for a role whose view depends on
 * consent one more for the view): the dossier through the user's scope, the
 * view's audit row ("kop"), and each part only where visible — NULL in its
 * place otherwise. Out of reach: loadInburgeraar's refusal (weigerDossierDeel).
 */
export async function getDossierHeader(user: SessionUser, id: string): Promise<DossierHeader> {
  const now = new Date();
  const zicht = await zichtVoorLezen(user, id, now);
  const dag = vandaag(now);
  const rijen = await leesSql<KopRij[]>(Prisma.sql`
    WITH p AS (
      SELECT i.id FROM "Inburgeraar" i
       WHERE ${dossierInBereikSql(user, id, now)}
    ),
    bekeken AS (${await dossierBekekenSql(user, id, "kop", "p")})
    SELECT i.id, i.voornaam, i.achternaam, i.fase::text AS fase, i.version,
           ${als(zicht.traject, msSql('i."faseSinds"'))} AS "faseSinds",
           ${als(zicht.traject, dagSql('i."brpInschrijvingDatum"'))} AS "brpInschrijvingDatum",
           ${als(zicht.traject, dagSql("i.einddatum"))} AS einddatum,
           ${als(zicht.financieel, dagSql('i."uitkeringStartDatum"'))} AS "uitkeringStartDatum",
           g.naam AS gemeente, g."looptijdMaanden",
           ${als(
             zicht.traject,
             Prisma.sql`(SELECT json_agg(json_build_object('rol', t.rol, 'naam', u.naam) ORDER BY t.vanaf, t.id)
                          FROM "Toewijzing" t JOIN "Gebruiker" u ON u.id = t."gebruikerId"
                         WHERE t."inburgeraarId" = i.id AND (t.tot IS NULL OR t.tot > ${now}))`,
           )} AS toewijzingen,
           ${als(
             zicht.persoon,
             Prisma.sql`(SELECT json_build_object('leden', count(*), 'partners', count(*) FILTER (WHERE h.relatie = 'PARTNER'),
                                                  'kinderen', count(*) FILTER (WHERE h.relatie = 'KIND'), 'nareizigers', count(*) FILTER (WHERE h."isNareiziger"))
                           FROM "Huishoudlid" h WHERE h."inburgeraarId" = i.id)`,
           )} AS huishouden,
           ${als(zicht.traject, Prisma.sql`(SELECT COALESCE(sum(v.maanden), 0)::int FROM "Verlenging" v WHERE v."inburgeraarId" = i.id AND v.status = 'GOEDGEKEURD')`)} AS "verlengdMaanden",
           ${als(
             zicht.financieel,
             Prisma.sql`(SELECT json_agg(json_build_object('soort', ta.soort, 'aangevraagdOp', to_char(ta."aangevraagdOp", 'YYYY-MM-DD'),
                                                          'behandeltermijnDagen', ta."behandeltermijnDagen", 'besluitOp', to_char(ta."besluitOp", 'YYYY-MM-DD'))
                                         ORDER BY ta."createdAt", ta.id)
                          FROM "ToeslagAanvraag" ta WHERE ta."inburgeraarId" = i.id)`,
           )} AS toeslagen
      FROM p JOIN "Inburgeraar" i ON i.id = p.id JOIN "Gemeente" g ON g.id = i."gemeenteId"`);
  const r = rijen[0];
  if (!r) return weigerDossierDeel(user, id, ["basis"], now);
  const toewijzingen = r.toewijzingen ?? [];
  const klokken = wettelijkeKlokken(
    { uitkeringStartDatum: r.uitkeringStartDatum, einddatum: r.einddatum, toeslagen: r.toeslagen ?? [] },
    vandaag(now),
  ).filter((k) => zicht.financieel || k.soort === "EINDDATUM");
  return {
    zicht,
    id: r.id,
    naam: `${r.voornaam} ${r.achternaam}`,
    fase: r.fase,
    faseSinds: alsMoment(r.faseSinds),
    version: r.version,
    gemeente: r.gemeente,
    looptijdMaanden: r.looptijdMaanden,
    begeleiders: toewijzingen.filter((t) => t.rol !== "MAATJE").map((t) => t.naam),
    maatjes: toewijzingen.filter((t) => t.rol === "MAATJE").map((t) => t.naam),
    start: r.brpInschrijvingDatum,
    einddatum: r.einddatum,
    verlengdMaanden: r.verlengdMaanden ?? 0,
    huishouden: zicht.persoon ? r.huishouden : null,
    klokken,
  };
}

export type DossierGegevens = Awaited<ReturnType<typeof getDossierGegevens>>;

/** The dates of the trajectory, from koppeling to the first language lesson. */
const TRAJECT_DATUMS_SELECT = {
  koppelingDatum: true,
  woningtoewijzingDatum: true,
  verhuisDatum: true,
  brpInschrijvingDatum: true,
  uitkeringStartDatum: true,
  bredeIntakeDatum: true,
  pipVastgesteldDatum: true,
  startLeerrouteDatum: true,
  eersteLesDatum: true,
} as const;

/** The personal details both the Overzicht and the gegevens form show; the BSN only when allowed. */
function persoonsgegevensSelect(magBsn: boolean) {
  return {
    voornaam: true,
    achternaam: true,
    geboortedatum: true,
    bsnVersleuteld: magBsn,
    vNummer: true,
    landVanHerkomst: true,
    talen: true,
    tolkNodig: true,
    tolkTaal: true,
    telefoon: true,
    email: true,
    straat: true,
    huisnummer: true,
    postcode: true,
    woonplaats: true,
    verblijfsvergunning: true,
    redenZonderWettelijkRecht: true,
    doelgroepen: true,
  } as const;
}

/**
 * The gegevens form's starting values, scoped, dates as "YYYY-MM-DD". The BSN
 * itself never goes to the form: only whether one is stored and, for roles that
 * may see it, its last three digits. Audited as a view.
 */
export async function getDossierGegevens(user: SessionUser, id: string) {
  assertCan(user, "inburgeraar:bewerken");
  const magBsn = can(user, "inburgeraar:bsn-zien");
  const r = await db().inburgeraar.findFirst({
    where: { id, ...inburgeraarScope(user) },
    select: {
      id: true,
      version: true,
      ...persoonsgegevensSelect(magBsn),
      ...TRAJECT_DATUMS_SELECT,
    },
  });
  if (!r) throw notFound();
  await auditDossierBekeken(user, id, "gegevens");
  const { bsnVersleuteld, ...rest } = r;
  const bsnEinde = magBsn && bsnVersleuteld ? decryptBsn(bsnVersleuteld).slice(-3) : null;
  const s = (d: Date | null) => (d ? dateKolomNaarKalenderdatum(d) : "");
  return {
    ...rest,
    bsnEinde,
    geboortedatum: s(r.geboortedatum),
    koppelingDatum: s(r.koppelingDatum),
    woningtoewijzingDatum: s(r.woningtoewijzingDatum),
    verhuisDatum: s(r.verhuisDatum),
    brpInschrijvingDatum: s(r.brpInschrijvingDatum),
    uitkeringStartDatum: s(r.uitkeringStartDatum),
    bredeIntakeDatum: s(r.bredeIntakeDatum),
    pipVastgesteldDatum: s(r.pipVastgesteldDatum),
    startLeerrouteDatum: s(r.startLeerrouteDatum),
    eersteLesDatum: s(r.eersteLesDatum),
  };
}

export interface TijdlijnRegel {
  id: string;
  op: Date;
  wie: string | null;
  samenvatting: string;
}

/** How many events of a dossier's timeline the Overzicht shows at most (the newest). */
const TIJDLIJN_MAX = 200;

/**
 * The Overzicht's columns of the person, each with the part that must be visible
 * to select it (lib/authz/zicht) and how it comes back from SQL.
 */
const OVERZICHT_KOLOMMEN = [
  // persoon
  ["geboortedatum", "persoon", "dag"],
  ["landVanHerkomst", "persoon", "tekst"],
  ["talen", "persoon", "lijst"],
  ["tolkNodig", "persoon", "tekst"],
  ["tolkTaal", "persoon", "tekst"],
  // identiteit
  ["vNummer", "identiteit", "tekst"],
  ["verblijfsvergunning", "identiteit", "enum"],
  ["redenZonderWettelijkRecht", "identiteit", "tekst"],
  ["doelgroepen", "identiteit", "lijst"],
  // contact
  ["telefoon", "contact", "tekst"],
  ["email", "contact", "tekst"],
  ["straat", "contact", "tekst"],
  ["huisnummer", "contact", "tekst"],
  ["postcode", "contact", "tekst"],
  ["woonplaats", "contact", "tekst"],
  // traject
  ["koppelingDatum", "traject", "dag"],
  ["woningtoewijzingDatum", "traject", "dag"],
  ["verhuisDatum", "traject", "dag"],
  ["einddatum", "traject", "dag"],
  ["opstartAfgeslotenOp", "traject", "moment"],
  ["opstartAfsluitReden", "traject", "tekst"],
  ["afgeslotenOp", "traject", "moment"],
  // inburgering: the gemeente's own dates
  ["brpInschrijvingDatum", "inburgering", "dag"],
  ["bredeIntakeDatum", "inburgering", "dag"],
  ["pipVastgesteldDatum", "inburgering", "dag"],
  ["leerroute", "inburgering", "enum"],
  ["startLeerrouteDatum", "inburgering", "dag"],
  ["eersteLesDatum", "inburgering", "dag"],
  // financieel
  ["uitkeringStartDatum", "financieel", "dag"],
] as const satisfies readonly (readonly [string, DossierDeel, "tekst" | "enum" | "lijst" | "dag" | "moment"])[];

function overzichtKolomSql([naam, , soort]: (typeof OVERZICHT_KOLOMMEN)[number]): Prisma.Sql {
  const kolom = `i."${naam}"`;
  switch (soort) {
    case "tekst":
      return Prisma.raw(kolom);
    case "enum":
      return Prisma.raw(`${kolom}::text`);
    case "lijst":
      // A NULL list comes back as [] (as Prisma gives a scalar list).
      return Prisma.raw(`to_json(COALESCE(${kolom}::text[], '{}'::text[]))`);
    case "dag":
      return dagSql(kolom);
    case "moment":
      return msSql(kolom);
  }
}

type OverzichtVelden = {
  geboortedatum: Date;
  landVanHerkomst: string | null;
  talen: string[];
  tolkNodig: boolean;
  tolkTaal: string | null;
  vNummer: string | null;
  verblijfsvergunning: Verblijfsvergunning;
  redenZonderWettelijkRecht: string | null;
  doelgroepen: Doelgroep[];
  telefoon: string | null;
  email: string | null;
  straat: string | null;
  huisnummer: string | null;
  postcode: string | null;
  woonplaats: string | null;
  koppelingDatum: Date | null;
  woningtoewijzingDatum: Date | null;
  verhuisDatum: Date | null;
  einddatum: Date | null;
  opstartAfgeslotenOp: Date | null;
  opstartAfsluitReden: string | null;
  afgeslotenOp: Date | null;
  brpInschrijvingDatum: Date | null;
  bredeIntakeDatum: Date | null;
  pipVastgesteldDatum: Date | null;
  leerroute: Leerroute | null;
  startLeerrouteDatum: Date | null;
  eersteLesDatum: Date | null;
  uitkeringStartDatum: Date | null;
};

interface OverzichtRij extends Record<(typeof OVERZICHT_KOLOMMEN)[number][0], unknown> {
  id: string;
  voornaam: string;
  achternaam: string;
  fase: Fase;
  version: number;
  bsnVersleuteld: string | null;
  huishouden: { id: string; voornaam: string; achternaam: string | null; geboortedatum: string | null; relatie: HuishoudRelatie; isNareiziger: boolean; verwachteAankomst: string | null }[] | null;
  verlengingen:
    | {
        id: string;
        maanden: number;
        reden: string;
        status: VerlengingStatus;
        toelichting: string | null;
        createdAt: number;
        beoordeeldOp: number | null;
        version: number;
        aangevraagdDoor: string;
        beoordeeldDoor: string | null;
      }[]
    | null;
  checklist: { verplicht: boolean; status: ChecklistStatus }[] | null;
  heeftEindgesprek: boolean | null;
  eindoverdrachtVerstuurdOp: number | null;
  tijdlijn: { id: string; op: number; actie: string; gebruikerId: string | null; details: unknown; wie: string | null }[];
}

/**
 * The Overzicht tab: exactly the parts of the dossier this user may see
 * (lib/authz/zicht) — personal details, identity papers, BSN, contact details,
 * trajectory dates, household, verlengingen, what the phase actions need, and
 * the timeline — each selected only when visible. Audited as a view.
 *
 * ONE statement (docs/decisions/019/020; for a role whose view depends on
 * consent one more for the view): the dossier through the user's scope, the
 * view's audit row ("overzicht"), the person's columns and lists each only where
 * its part is visible (NULL in its place otherwise, and the key left out as
 * Prisma's select did), and the timeline: the newest events of the kinds this
 * user may read (tijdlijnZichtbaarheden), with who did them. Out of reach:
 * loadInburgeraar's refusal (weigerDossierDeel).
 */
export async function getDossierOverzicht(user: SessionUser, id: string) {
  const now = new Date();
  const zicht = await zichtVoorLezen(user, id, now);
  const dag = vandaag(now);
  const zichtbaar = tijdlijnZichtbaarheden(zicht, user);
  const acties = actiesMetZichtbaarheid(zichtbaar);
  const rijen = await leesSql<OverzichtRij[]>(Prisma.sql`
    WITH p AS (
      SELECT i.id FROM "Inburgeraar" i
       WHERE ${dossierInBereikSql(user, id, now)}
    ),
    bekeken AS (${await dossierBekekenSql(user, id, "overzicht", "p")})
    SELECT i.id, i.voornaam, i.achternaam, i.fase::text AS fase, i.version,
           ${Prisma.join(
             OVERZICHT_KOLOMMEN.map((k) => Prisma.sql`${als(zicht[k[1]], overzichtKolomSql(k))} AS ${Prisma.raw(`"${k[0]}"`)}`),
             ",\n           ",
           )},
           ${als(zicht.bsn, Prisma.sql`i."bsnVersleuteld"`)} AS "bsnVersleuteld",
           ${als(
             zicht.persoon,
             Prisma.sql`(SELECT json_agg(json_build_object('id', h.id, 'voornaam', h.voornaam, 'achternaam', h.achternaam, 'geboortedatum', to_char(h.geboortedatum, 'YYYY-MM-DD'),
                                                          'relatie', h.relatie, 'isNareiziger', h."isNareiziger", 'verwachteAankomst', to_char(h."verwachteAankomst", 'YYYY-MM-DD'))
                                         ORDER BY h.geboortedatum ASC NULLS LAST, h.id)
                          FROM "Huishoudlid" h WHERE h."inburgeraarId" = i.id)`,
           )} AS huishouden,
           ${als(
             zicht.financieel,
             Prisma.sql`(SELECT json_agg(json_build_object('id', v.id, 'maanden', v.maanden, 'reden', v.reden, 'status', v.status, 'toelichting', v.toelichting,
                                                          'createdAt', (extract(epoch FROM v."createdAt") * 1000)::float8,
                                                          'beoordeeldOp', (extract(epoch FROM v."beoordeeldOp") * 1000)::float8,
                                                          'version', v.version, 'aangevraagdDoor', va.naam, 'beoordeeldDoor', vb.naam)
                                         ORDER BY v."createdAt" DESC, v.id)
                          FROM "Verlenging" v JOIN "Gebruiker" va ON va.id = v."aangevraagdDoorId" LEFT JOIN "Gebruiker" vb ON vb.id = v."beoordeeldDoorId"
                         WHERE v."inburgeraarId" = i.id)`,
           )} AS verlengingen,
           ${als(
             zicht.checklist,
             Prisma.sql`(SELECT json_agg(json_build_object('verplicht', c.verplicht, 'status', c.status) ORDER BY c.volgorde, c.id)
                          FROM "ChecklistItem" c WHERE c."inburgeraarId" = i.id)`,
           )} AS checklist,
           ${als(
             zicht.afspraken,
             Prisma.sql`EXISTS (SELECT 1 FROM "Afspraak" a WHERE a."inburgeraarId" = i.id AND a."isEindgesprek" AND a.status = 'VOND_PLAATS')`,
           )} AS "heeftEindgesprek",
           -- Whether the eindoverdracht went out: the begeleider is asked for it at afronding.
           ${als(
             zicht.rapportages,
             Prisma.sql`(SELECT (extract(epoch FROM o."verstuurdOp") * 1000)::float8 FROM "Overdracht" o
                          WHERE o."inburgeraarId" = i.id AND o.type = 'CONSULENT' AND o.status <> 'CONCEPT'
                          ORDER BY o."verstuurdOp" DESC NULLS LAST, o.id LIMIT 1)`,
           )} AS "eindoverdrachtVerstuurdOp",
           -- The timeline: events of the kinds this user may read (each row is checked on its details below).
           COALESCE((SELECT json_agg(json_build_object('id', e.id::text, 'op', (extract(epoch FROM e."createdAt") * 1000)::float8, 'actie', e.actie,
                                                      'gebruikerId', e."gebruikerId", 'details', e.details, 'wie', u.naam)
                                     ORDER BY e."createdAt" DESC, e.id DESC)
                       FROM (SELECT a.id, a."createdAt", a.actie, a."gebruikerId", a.details FROM "AuditLog" a
                              WHERE a."organisatieId" = i."organisatieId" AND a."inburgeraarId" = i.id
                                AND a.actie IN (${acties.length ? Prisma.join(acties) : Prisma.sql`NULL`})
                              ORDER BY a."createdAt" DESC, a.id DESC LIMIT ${TIJDLIJN_MAX}) e
                       LEFT JOIN "Gebruiker" u ON u.id = e."gebruikerId" AND u."organisatieId" = i."organisatieId"), '[]'::json) AS tijdlijn
      FROM p JOIN "Inburgeraar" i ON i.id = p.id`);
  const r = rijen[0];
  if (!r) return weigerDossierDeel(user, id, ["basis"], now);
  // Only the visible parts' keys, as Prisma's select gave them.
  const velden: Record<string, unknown> = {};
  for (const [naam, deel, soort] of OVERZICHT_KOLOMMEN) {
    if (!zicht[deel]) continue;
    const waarde = r[naam];
    velden[naam] = soort === "dag" ? alsDatum(waarde as string | null) : soort === "moment" ? alsMoment(waarde as number | null) : waarde;
  }
  const bsnEinde = r.bsnVersleuteld ? decryptBsn(r.bsnVersleuteld).slice(-3) : null;
  return {
    id: r.id,
    voornaam: r.voornaam,
    achternaam: r.achternaam,
    fase: r.fase,
    version: r.version,
    ...(velden as OverzichtVelden),
    huishouden: (r.huishouden ?? []).map((h) => ({ ...h, geboortedatum: alsDatum(h.geboortedatum), verwachteAankomst: alsDatum(h.verwachteAankomst) })),
    verlengingen: (r.verlengingen ?? []).map((v) => ({
      id: v.id,
      maanden: v.maanden,
      reden: v.reden,
      status: v.status,
      toelichting: v.toelichting,
      createdAt: new Date(v.createdAt),
      beoordeeldOp: alsMoment(v.beoordeeldOp),
      version: v.version,
      aangevraagdDoor: { naam: v.aangevraagdDoor },
      beoordeeldDoor: v.beoordeeldDoor === null ? null : { naam: v.beoordeeldDoor },
    })),
    zicht,
    /** Masked: only the last three digits; the full BSN is revealed on request (audited). */
    bsnEinde,
    checklist: r.checklist ?? [],
    heeftEindgesprek: r.heeftEindgesprek === true,
    eindoverdrachtVerstuurdOp: alsMoment(r.eindoverdrachtVerstuurdOp),
    // Some events need more than their kind's class (a correction of the uitkering date is financial).
    tijdlijn: r.tijdlijn
      .filter((e) => isZichtbaarVoor(e, zichtbaar))
      .map((e): TijdlijnRegel => ({ id: e.id, op: new Date(e.op), wie: e.wie, samenvatting: zinVoorAudit(e) })),
  };
}
