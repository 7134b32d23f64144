import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { deelScopeSql, gemeenteScopeSql, inburgeraarScopeSql, toestemmingConsulentSql } from "@/lib/authz/sql-scope";
import { assertCan, gemeenteScope, type DossierDeel, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { leesSql } from "@/lib/db/lees";
import type { ChecklistStatus, Fase, Leefgebied, SignaalCategorie, SignaalErnst } from "@/lib/db/generated/enums";
import { beoordeelTijdigeStart, BREDE_INTAKE_NORM_DAGEN, tijdigeStartPerGemeente, type GemeenteTijdigeStart, type TijdigeStart } from "@/lib/tijdige-start/rules";
import { dateKolomNaarKalenderdatum, kalenderdatumNaarDate, naarKalenderdatum, plusDagen, vandaag as vandaagIn, type Kalenderdatum } from "@/lib/tijd";
import { bevatPatroon } from "@/lib/tekst";
import { CONTACT_VENSTER_DAGEN, contactSamenvatting, KLAAR_STATUSSEN, MAX_OPEN_PUNTEN, OPEN_STATUSSEN, opstartVoortgangUit, scoresMetVerschil } from "./rules";
import type { AfsprakenSectie, ChecklistSectie, PlanSectie, SignaalSectie, TrajectSectie } from "./secties";

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
    const patroon = bevatPatroon(zoek);
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
  const deel = (d: DossierDeel) => deelScopeSql(user, d, vandaag, "i");
  const iso = (kolom: Prisma.Sql) => Prisma.sql`to_char(${kolom}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  const recentVanaf = new Date(`${plusDagen(vandaag, -CONTACT_VENSTER_DAGEN - 1)}T00:00:00Z`);
  // ONE statement (docs/decisions/019): the page chosen, sorted and counted in SQL, and per row each part
  // (lib/voortgang/secties) only where its gate lets it through (deelScopeSql = deelScope in SQL), as JSON.
  const rijen = await leesSql<VoortgangSqlRij[]>(Prisma.sql`
    WITH pagina AS (
      SELECT i.id, count(*) OVER () AS totaal, row_number() OVER (ORDER BY ${filters.sortering === "naam" ? Prisma.empty : Prisma.sql`${wacht} DESC,`} i.achternaam ASC, i.voornaam ASC, i.id ASC) AS volgnummer
        FROM "Inburgeraar" i
       WHERE ${filterSql(user, filters, now)}
       ORDER BY volgnummer
       LIMIT ${VOORTGANG_PAGINA} OFFSET ${(pagina - 1) * VOORTGANG_PAGINA}
    )
    SELECT i.id, i.voornaam, i.achternaam, i.fase::text AS fase, g.naam AS gemeente, pagina.totaal,
           i."brpInschrijvingDatum", i."bredeIntakeDatum", i."pipVastgesteldDatum", i."startLeerrouteDatum", i."eersteLesDatum",
           CASE WHEN z.traject THEN json_build_object(
             'faseSinds', ${iso(Prisma.sql`i."faseSinds"`)}, 'einddatum', i.einddatum, 'opstartAfgeslotenOp', ${iso(Prisma.sql`i."opstartAfgeslotenOp"`)},
             'begeleiders', COALESCE((SELECT json_agg(u.naam ORDER BY t.vanaf) FROM "Toewijzing" t JOIN "Gebruiker" u ON u.id = t."gebruikerId"
                                       WHERE t."inburgeraarId" = i.id AND t.rol <> 'MAATJE' AND (t.tot IS NULL OR t.tot > ${now})), '[]'::json)) END AS traject,
           z.checklist AS "zichtChecklist",
           -- Counted here, not sent item by item (lib/voortgang/rules: which statuses are done and which open).
           CASE WHEN z.checklist THEN (SELECT CASE WHEN count(*) > 0 THEN json_build_object(
               'totaal', count(*) FILTER (WHERE c.verplicht),
               'klaar', count(*) FILTER (WHERE c.verplicht AND c.status::text = ANY(${[...KLAAR_STATUSSEN]}::text[])),
               'open', COALESCE((array_agg(c.titel ORDER BY c.deadline ASC NULLS LAST, c.volgorde ASC)
                                 FILTER (WHERE c.verplicht AND c.status::text = ANY(${[...OPEN_STATUSSEN]}::text[])))[1:${MAX_OPEN_PUNTEN}], '{}')) END
             FROM "ChecklistItem" c WHERE c."inburgeraarId" = i.id) END AS checklist,
           CASE WHEN z.afspraken THEN json_build_object(
             'recent', COALESCE((SELECT json_agg(json_build_object('start', ${iso(Prisma.sql`a.start`)}, 'duurMinuten', a."duurMinuten")) FROM "Afspraak" a
                                  WHERE a."inburgeraarId" = i.id AND a.status = 'VOND_PLAATS' AND a.start >= ${recentVanaf} AND a.start <= ${now}), '[]'::json),
             'laatste', CASE WHEN i."laatsteContactOp" <= ${now} THEN ${iso(Prisma.sql`i."laatsteContactOp"`)} END,
             'volgende', (SELECT ${iso(Prisma.sql`s.start`)} FROM unnest(i."geplandeStarts") WITH ORDINALITY AS s(start, n) WHERE s.start >= ${now} ORDER BY s.n LIMIT 1)) END AS afspraken,
           z.plan AS "zichtPlan",
           CASE WHEN z.plan THEN (SELECT json_build_object(
             'focus', pl."focusLeefgebied",
             'doelen', COALESCE((SELECT json_agg(json_build_object('leefgebied', d.leefgebied, 'omschrijving', d.omschrijving) ORDER BY d."createdAt")
                                  FROM "Doel" d WHERE d."planId" = pl.id AND d.status IN ('OPEN', 'BEZIG')), '[]'::json),
             'meetmomenten', COALESCE((SELECT json_agg(json_build_object('afgenomenOp', m."afgenomenOp",
                                 'scores', COALESCE((SELECT json_agg(json_build_object('leefgebied', sc.leefgebied, 'score', sc.score)) FROM "LeefgebiedScore" sc WHERE sc."meetmomentId" = m.id), '[]'::json)))
                                  FROM "Meetmoment" m WHERE m."planId" = pl.id AND m."afgenomenOp" IS NOT NULL), '[]'::json))
             FROM "Begeleidingsplan" pl WHERE pl."inburgeraarId" = i.id) END AS plan,
           -- Signalen: consent, or a signal shared on the Meldcode's safety ground (signaalSectiePoort); then only what was
           -- shared with the consulent within consent or on that ground, not closed (gedeeldMetConsulentScope).
           CASE WHEN z.signalen OR EXISTS (SELECT 1 FROM "Signaal" s WHERE s."inburgeraarId" = i.id AND s."gedeeldMetConsulent" AND s."gedeeldGrond" = 'VEILIGHEID')
             THEN COALESCE((SELECT json_agg(json_build_object('categorie', s.categorie, 'ernst', s.ernst, 'createdAt', ${iso(Prisma.sql`s."createdAt"`)}) ORDER BY s."createdAt")
                              FROM "Signaal" s WHERE s."inburgeraarId" = i.id AND s."gedeeldMetConsulent" AND (s."gedeeldGrond" = 'VEILIGHEID' OR z.signalen)
                               AND s.status <> 'AFGESLOTEN'), '[]'::json) END AS signalen,
           z.rapportages AND EXISTS (SELECT 1 FROM "Voortgangsrapportage" r WHERE r."inburgeraarId" = i.id) AS "heeftRapportage"
      FROM pagina JOIN "Inburgeraar" i ON i.id = pagina.id JOIN "Gemeente" g ON g.id = i."gemeenteId"
      -- Each gate once per row (OFFSET 0 keeps PostgreSQL from copying the expressions back into every use).
      CROSS JOIN LATERAL (SELECT ${deel("traject")} AS traject, ${deel("checklist")} AS checklist, ${deel("afspraken")} AS afspraken,
                                 ${deel("plan")} AS plan, ${deel("signalen")} AS signalen, ${deel("rapportages")} AS rapportages OFFSET 0) z
     ORDER BY pagina.volgnummer`);
  const totaal = Number(rijen[0]?.totaal ?? 0);
  const uit: VoortgangRij[] = rijen.map((r) => {
    const inburgering = {
      brp: kd(r.brpInschrijvingDatum),
      bredeIntake: kd(r.bredeIntakeDatum),
      pip: kd(r.pipVastgesteldDatum),
      startLeerroute: kd(r.startLeerrouteDatum),
      eersteLes: kd(r.eersteLesDatum),
    };
    const traject: TrajectSectie | null = r.traject
      ? {
          fase: r.fase,
          faseSinds: naarKalenderdatum(new Date(r.traject.faseSinds)),
          start: inburgering.brp,
          einddatum: r.traject.einddatum,
          opstartEinde: r.traject.opstartAfgeslotenOp ? naarKalenderdatum(new Date(r.traject.opstartAfgeslotenOp)) : null,
          opstartBegonnen: r.fase !== "AANGEMELD",
          begeleiders: [...new Set(r.traject.begeleiders)],
        }
      : null;
    const a = r.afspraken;
    const afspraken: AfsprakenSectie | null = a
      ? {
          ...contactSamenvatting(
            a.recent.map((c) => ({ datum: naarKalenderdatum(new Date(c.start)), duurMinuten: c.duurMinuten })),
            a.laatste ? naarKalenderdatum(new Date(a.laatste)) : null,
            vandaag,
          ),
          volgendeAfspraak: a.volgende ? naarKalenderdatum(new Date(a.volgende)) : null,
        }
      : null;
    const p = r.plan;
    const plan: PlanSectie | null = p ? { focus: p.focus, scores: scoresMetVerschil(p.meetmomenten), openDoelen: p.doelen } : null;
    const c = r.checklist;
    const checklist: ChecklistSectie | null = c
      ? { ...opstartVoortgangUit(c.klaar, c.totaal), openPunten: c.open }
      : null;
    const signalen: SignaalSectie | null = r.signalen
      ? { open: r.signalen.map((x) => ({ categorie: x.categorie, ernst: x.ernst, sinds: naarKalenderdatum(new Date(x.createdAt)) })) }
      : null;
    // A part is "zichtbaar" when its gate let it through (the JSON is then not null), also without data:
    // no checklist yet and no plan yet are data null.
    const deelVan = <T>(data: T | null, zichtbaar: boolean): Deel<T> => (zichtbaar ? { zichtbaar: true, data } : { zichtbaar: false });
    return {
      id: r.id,
      naam: `${r.voornaam} ${r.achternaam}`,
      gemeente: r.gemeente,
      fase: r.fase,
      inburgering,
      traject: deelVan(traject, r.traject !== null),
      afspraken: deelVan(afspraken, a !== null),
      checklist: deelVan(checklist, r.zichtChecklist),
      plan: deelVan(plan, r.zichtPlan),
      signalen: deelVan(signalen, r.signalen !== null),
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
      heeftRapportage: r.heeftRapportage,
    };
  });
  return { rijen: uit, totaal, pagina, paginas: Math.max(1, Math.ceil(totaal / VOORTGANG_PAGINA)) };
}

/** A row of getVoortgang's query; each part null where its gate kept it out (dates "YYYY-MM-DD", instants ISO 8601 UTC). */
interface VoortgangSqlRij {
  id: string;
  voornaam: string;
  achternaam: string;
  fase: Fase;
  gemeente: string;
  totaal: bigint | number;
  brpInschrijvingDatum: Date | null;
  bredeIntakeDatum: Date | null;
  pipVastgesteldDatum: Date | null;
  startLeerrouteDatum: Date | null;
  eersteLesDatum: Date | null;
  traject: { faseSinds: string; einddatum: Kalenderdatum | null; opstartAfgeslotenOp: string | null; begeleiders: string[] } | null;
  zichtChecklist: boolean;
  /** The required items counted (null: no checklist yet). */
  checklist: { totaal: number; klaar: number; open: string[] } | null;
  afspraken: { recent: { start: string; duurMinuten: number | null }[]; laatste: string | null; volgende: string | null } | null;
  zichtPlan: boolean;
  plan: {
    focus: Leefgebied | null;
    doelen: { leefgebied: Leefgebied; omschrijving: string }[];
    meetmomenten: { afgenomenOp: Kalenderdatum; scores: { leefgebied: Leefgebied; score: number }[] }[];
  } | null;
  signalen: { categorie: SignaalCategorie; ernst: SignaalErnst; createdAt: string }[] | null;
  heeftRapportage: boolean;
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
  const gemeenten = await leesSql<{ id: string; naam: string }[]>(Prisma.sql`
    SELECT g.id, g.naam FROM "Gemeente" g WHERE ${gemeenteScopeSql(user)} ORDER BY g.naam ASC`);
  if (gemeenten.length === 0) return [];
  const dag = Prisma.sql`${vandaag}::date`;
  const rijen = await leesSql<
    { gemeenteId: string; lopend: bigint; beoordeeld: bigint; opTijd: bigint; gat: bigint; mediaanGatDagen: string | number | null; bredeIntakeTeLaat: bigint; onbekend: bigint }[]
  >(Prisma.sql`
    WITH p AS MATERIALIZED (
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
     GROUP BY o."gemeenteId"`);
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
