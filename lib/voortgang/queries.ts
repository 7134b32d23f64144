import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { deelScopeSql, inburgeraarScopeSql, toestemmingConsulentSql } from "@/lib/authz/sql-scope";
import { assertCan, deelScope, gemeenteScope, inburgeraarScope, toestemmingGeldig, type DossierDeel, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Fase } from "@/lib/db/generated/enums";
import { beoordeelTijdigeStart, BREDE_INTAKE_NORM_DAGEN, tijdigeStartPerGemeente, type GemeenteTijdigeStart, type TijdigeStart } from "@/lib/tijdige-start/rules";
import { dateKolomNaarKalenderdatum, kalenderdatumNaarDate, naarKalenderdatum, plusDagen, vandaag as vandaagIn, type Kalenderdatum } from "@/lib/tijd";
import { laadSecties, type AfsprakenSectie, type ChecklistSectie, type PlanSectie, type SignaalSectie, type TrajectSectie } from "./secties";

export const VOORTGANG_PAGINA = 25;

export interface VoortgangFilters {
  zoek?: string;
  gemeenteId?: string;
  fase?: Fase;
  /** "met": VOORTGANG consent in force; "zonder": none. */
  toestemming?: "met" | "zonder";
  /** Only people whose brede intake waits longer than the norm. */
  intakeTeLaat?: boolean;
  /** "aandacht" (default): longest waiting for the brede intake first; "naam": by surname. */
  sortering?: "aandacht" | "naam";
  pagina?: number;
}

/** A part of the row: its data, or "geen-toestemming" (then it was never loaded). */
export type Deel<T> = { zichtbaar: true; data: T | null } | { zichtbaar: false };

export interface VoortgangRij {
  id: string;
  naam: string;
  gemeente: string;
  fase: Fase;
  /** The gemeente's own dates: always visible to the consulent. */
  inburgering: { brp: Kalenderdatum | null; bredeIntake: Kalenderdatum | null; pip: Kalenderdatum | null; startLeerroute: Kalenderdatum | null; eersteLes: Kalenderdatum | null };
  traject: Deel<TrajectSectie>;
  afspraken: Deel<AfsprakenSectie>;
  checklist: Deel<ChecklistSectie>;
  plan: Deel<PlanSectie>;
  signalen: Deel<SignaalSectie>;
  /** Needs the opstart dates (traject); the brede-intake part needs only the gemeente's dates. */
  tijdigeStart: TijdigeStart;
  tijdigeStartVolledig: boolean;
  heeftRapportage: boolean;
}

const kd = (d: Date | null) => (d ? dateKolomNaarKalenderdatum(d) : null);

/**
 * The filters as SQL, for the page chosen and sorted in the database. Search by
 * name only (the consulent may not probe V-nummers).
 */
function filterSql(user: SessionUser, f: VoortgangFilters, now: Date): Prisma.Sql {
  const vandaag = vandaagIn(now);
  const zoek = f.zoek?.trim().slice(0, 100);
  const voorwaarden: Prisma.Sql[] = [
    inburgeraarScopeSql(user, now, "i"),
    f.fase ? Prisma.sql`i.fase = ${f.fase}::"Fase"` : Prisma.sql`i.fase <> 'AFGESLOTEN'`,
  ];
  if (f.gemeenteId) voorwaarden.push(Prisma.sql`i."gemeenteId" = ${f.gemeenteId}`);
  if (zoek) {
    const patroon = `%${zoek.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    voorwaarden.push(Prisma.sql`(i.voornaam ILIKE ${patroon} OR i.achternaam ILIKE ${patroon} OR (i.voornaam || ' ' || i.achternaam) ILIKE ${patroon})`);
  }
  if (f.toestemming === "met") voorwaarden.push(toestemmingConsulentSql("VOORTGANG", vandaag));
  if (f.toestemming === "zonder") voorwaarden.push(Prisma.sql`NOT ${toestemmingConsulentSql("VOORTGANG", vandaag)}`);
  // The brede intake is the gemeente's own data: this filter needs no consent.
  if (f.intakeTeLaat) {
    voorwaarden.push(Prisma.sql`(i."bredeIntakeDatum" IS NULL AND i."brpInschrijvingDatum" < ${plusDagen(vandaag, -BREDE_INTAKE_NORM_DAGEN)}::date)`);
  }
  return Prisma.join(voorwaarden, " AND ");
}

/**
 * The consulent's Voortgang: everyone in their gemeenten, paged and sorted in
 * SQL, each part of a row loaded only for the dossiers whose consent covers it
 * (lib/voortgang/secties with deelScope as the gate). A page runs a constant
 * number of queries.
 */
export async function getVoortgang(user: SessionUser, filters: VoortgangFilters = {}, now = new Date()) {
  assertCan(user, "voortgang:gemeente");
  const vandaag = vandaagIn(now);
  const pagina = Math.max(1, Math.min(Math.trunc(filters.pagina ?? 1) || 1, 10_000));
  // Who waits longest for the brede intake first (the gemeente's own dates, so the order reveals
  // nothing that needs consent); then everyone else by name.
  const wacht = Prisma.sql`CASE WHEN i."bredeIntakeDatum" IS NULL AND i."brpInschrijvingDatum" <= ${vandaag}::date
                                THEN ${vandaag}::date - i."brpInschrijvingDatum" ELSE -1 END`;
  const pagineIds = await db().$queryRaw<{ id: string; totaal: bigint | number }[]>`
    SELECT i.id, count(*) OVER () AS totaal FROM "Inburgeraar" i
     WHERE ${filterSql(user, filters, now)}
     ORDER BY ${filters.sortering === "naam" ? Prisma.empty : Prisma.sql`${wacht} DESC,`} i.achternaam ASC, i.voornaam ASC, i.id ASC
     LIMIT ${VOORTGANG_PAGINA} OFFSET ${(pagina - 1) * VOORTGANG_PAGINA}`;
  const totaal = Number(pagineIds[0]?.totaal ?? 0);
  const volgorde = new Map(pagineIds.map((r, k) => [r.id, k]));
  const gevonden = await db().inburgeraar.findMany({
    // One page of ids (≤ VOORTGANG_PAGINA), and the scope again.
    where: { AND: [{ id: { in: [...volgorde.keys()] } }, inburgeraarScope(user, now)] },
    select: {
      id: true,
      voornaam: true,
      achternaam: true,
      fase: true,
      gemeente: { select: { naam: true } },
      brpInschrijvingDatum: true,
      bredeIntakeDatum: true,
      pipVastgesteldDatum: true,
      startLeerrouteDatum: true,
      eersteLesDatum: true,
      _count: { select: { rapportages: { where: { inburgeraar: deelScope(user, "rapportages", now) } } } },
    },
  });
  const rijen = gevonden.sort((x, y) => volgorde.get(x.id)! - volgorde.get(y.id)!);
  const ids = rijen.map((r) => r.id);
  const secties = await laadSecties(db(), ids, (deel) => deelScope(user, deel, now), now);
  const deel = <T>(map: Map<string, T>, id: string, zichtbaarIds: Set<string>): Deel<T> => (zichtbaarIds.has(id) ? { zichtbaar: true, data: map.get(id) ?? null } : { zichtbaar: false });
  // Which dossiers passed each gate, also when they have no data for that part (no checklist yet, no plan yet).
  const zichtbaar = await zichtbareDelen(user, ids, now);

  const uit: VoortgangRij[] = rijen.map((r) => {
    const inburgering = {
      brp: kd(r.brpInschrijvingDatum),
      bredeIntake: kd(r.bredeIntakeDatum),
      pip: kd(r.pipVastgesteldDatum),
      startLeerroute: kd(r.startLeerrouteDatum),
      eersteLes: kd(r.eersteLesDatum),
    };
    const traject = secties.traject.get(r.id) ?? null;
    return {
      id: r.id,
      naam: `${r.voornaam} ${r.achternaam}`,
      gemeente: r.gemeente.naam,
      fase: r.fase,
      inburgering,
      traject: deel(secties.traject, r.id, zichtbaar.traject),
      afspraken: deel(secties.afspraken, r.id, zichtbaar.afspraken),
      checklist: deel(secties.checklist, r.id, zichtbaar.checklist),
      plan: deel(secties.plan, r.id, zichtbaar.plan),
      signalen: deel(secties.signalen, r.id, zichtbaar.signalen),
      tijdigeStart: beoordeelTijdigeStart(
        {
          brpInschrijvingDatum: inburgering.brp,
          bredeIntakeDatum: inburgering.bredeIntake,
          startLeerrouteDatum: inburgering.startLeerroute,
          eersteLesDatum: inburgering.eersteLes,
          opstartEinde: traject?.opstartEinde ?? null,
          opstartBegonnen: traject?.opstartBegonnen ?? false,
        },
        vandaag,
      ),
      tijdigeStartVolledig: Boolean(traject),
      heeftRapportage: r._count.rapportages > 0,
    };
  });
  return { rijen: uit, totaal, pagina, paginas: Math.max(1, Math.ceil(totaal / VOORTGANG_PAGINA)) };
}

/**
 * Per part, the ids (of this page) whose consent lets it through: ONE query, a
 * column per part (deelScopeSql = deelScope in SQL), ids bounded by the page.
 */
async function zichtbareDelen(user: SessionUser, ids: string[], now: Date) {
  const uit = { traject: new Set<string>(), afspraken: new Set<string>(), checklist: new Set<string>(), plan: new Set<string>(), signalen: new Set<string>() };
  if (ids.length === 0) return uit;
  const vandaag = vandaagIn(now);
  const deel = (d: DossierDeel) => deelScopeSql(user, d, vandaag, "i");
  const rijen = await db().$queryRaw<{ id: string; traject: boolean; afspraken: boolean; checklist: boolean; plan: boolean; signalen: boolean }[]>`
    SELECT i.id,
           ${deel("traject")} AS traject,
           ${deel("afspraken")} AS afspraken,
           ${deel("checklist")} AS checklist,
           ${deel("plan")} AS plan,
           -- Signalen: also a dossier with a signal shared on the Meldcode's safety ground (no consent needed: signaalSectiePoort).
           (${deel("signalen")} OR EXISTS (SELECT 1 FROM "Signaal" s WHERE s."inburgeraarId" = i.id AND s."gedeeldMetConsulent" AND s."gedeeldGrond" = 'VEILIGHEID')) AS signalen
      FROM "Inburgeraar" i
     WHERE i.id IN (${Prisma.join(ids)})`;
  for (const r of rijen) {
    for (const d of ["traject", "afspraken", "checklist", "plan", "signalen"] as const) if (r[d]) uit[d].add(r.id);
  }
  return uit;
}

export interface GemeenteMarker extends GemeenteTijdigeStart {
  gemeenteId: string;
  gemeente: string;
  lopend: number;
}

/**
 * The tijdige-start marker per gemeente of the consulent, over all running
 * trajectories: beoordeelTijdigeStart and tijdigeStartPerGemeente
 * (lib/tijdige-start/rules.ts) as ONE SQL aggregate, so no person is loaded into
 * memory (a gemeente may have thousands). The opstart date counts only where
 * consent for the traject part is in force (others count as "onbekend" for the
 * overlap, but do count for the brede intake). tests/integration/tijdige-start-markers.test.ts
 * checks the SQL against the rules.
 */
export async function tijdigeStartMarkers(user: SessionUser, now = new Date()): Promise<GemeenteMarker[]> {
  assertCan(user, "voortgang:gemeente");
  const vandaag = vandaagIn(now);
  const gemeenten = await db().gemeente.findMany({ where: gemeenteScope(user), orderBy: { naam: "asc" }, select: { id: true, naam: true } });
  if (gemeenten.length === 0) return [];
  const dag = Prisma.sql`${vandaag}::date`;
  const rijen = await db().$queryRaw<
    { gemeenteId: string; lopend: bigint; beoordeeld: bigint; opTijd: bigint; gat: bigint; mediaanGatDagen: string | number | null; bredeIntakeTeLaat: bigint; onbekend: bigint }[]
  >`
    WITH p AS (
      SELECT i."gemeenteId",
             i."brpInschrijvingDatum"::date AS brp,
             i."bredeIntakeDatum"::date AS intake,
             LEAST(i."startLeerrouteDatum", i."eersteLesDatum")::date AS start,
             ${deelScopeSql(user, "traject", vandaag, "i")} AS toestemming,
             ((i."opstartAfgeslotenOp") AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Amsterdam')::date AS einde
        FROM "Inburgeraar" i
       WHERE ${inburgeraarScopeSql(user, now, "i")} AND i.fase NOT IN ('AANGEMELD', 'AFGESLOTEN')
    ),
    o AS (
      SELECT p."gemeenteId",
             CASE
               WHEN NOT p.toestemming THEN 'onbekend'
               WHEN p.start IS NOT NULL AND p.start <= ${dag} THEN CASE WHEN p.einde IS NOT NULL AND p.einde < p.start THEN 'gat' ELSE 'op-tijd' END
               WHEN p.einde IS NOT NULL THEN 'gat-lopend'
               ELSE 'nog-open'
             END AS status,
             CASE
               WHEN p.start IS NOT NULL AND p.start <= ${dag} THEN p.start - p.einde
               ELSE ${dag} - p.einde
             END AS "gatDagen",
             COALESCE(p.brp IS NOT NULL AND (
               (p.intake IS NOT NULL AND p.intake - p.brp > ${BREDE_INTAKE_NORM_DAGEN})
               OR (p.intake IS NULL AND p.brp <= ${dag} AND ${dag} - p.brp > ${BREDE_INTAKE_NORM_DAGEN})), false) AS "intakeTeLaat"
        FROM p
    )
    SELECT o."gemeenteId",
           count(*) AS lopend,
           count(*) FILTER (WHERE o.status IN ('op-tijd', 'gat', 'gat-lopend')) AS beoordeeld,
           count(*) FILTER (WHERE o.status = 'op-tijd') AS "opTijd",
           count(*) FILTER (WHERE o.status IN ('gat', 'gat-lopend')) AS gat,
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY o."gatDagen") FILTER (WHERE o.status IN ('gat', 'gat-lopend')))::numeric) AS "mediaanGatDagen",
           count(*) FILTER (WHERE o."intakeTeLaat") AS "bredeIntakeTeLaat",
           count(*) FILTER (WHERE o.status IN ('onbekend', 'nog-open')) AS onbekend
      FROM o
     GROUP BY o."gemeenteId"`;
  const per = new Map(rijen.map((r) => [r.gemeenteId, r]));
  return gemeenten.map((g) => {
    const r = per.get(g.id);
    return {
      gemeenteId: g.id,
      gemeente: g.naam,
      lopend: Number(r?.lopend ?? 0),
      beoordeeld: Number(r?.beoordeeld ?? 0),
      opTijd: Number(r?.opTijd ?? 0),
      gat: Number(r?.gat ?? 0),
      mediaanGatDagen: r?.mediaanGatDagen === null || r?.mediaanGatDagen === undefined ? null : Number(r.mediaanGatDagen),
      bredeIntakeTeLaat: Number(r?.bredeIntakeTeLaat ?? 0),
      onbekend: Number(r?.onbekend ?? 0),
    };
  });
}

/** The gemeenten of the consulent, for the filter. */
export async function voortgangGemeenten(user: SessionUser) {
  assertCan(user, "voortgang:gemeente");
  return db().gemeente.findMany({ where: gemeenteScope(user), orderBy: { naam: "asc" }, select: { id: true, naam: true } });
}
