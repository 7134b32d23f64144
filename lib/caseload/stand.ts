import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { SqlConnection } from "@/lib/db/sql";
import { vandaag as vandaagIn, type Kalenderdatum } from "@/lib/tijd";
import type { ChecklistStand } from "./rules";

/**
 * The stored attention facts of a person (docs/decisions/016): columns on
 * "Inburgeraar" that database triggers keep current in the same transaction as
 * the write to Afspraak or ChecklistItem that changes them (migration
 * 20261130013230_aandacht_stand). Lists over a whole organisation sort by
 * urgency on these, in SQL, without touching the millions of afspraken and
 * checklist items:
 *   - "laatsteContactOp": the latest afspraak that took place;
 *   - "geplandeStarts":   the start of every afspraak still GEPLAND, oldest first;
 *   - "openDeadlines":    the deadline of every checklist item not geregeld or n.v.t.;
 *   - "checklistAantal", "checklistGeregeld", "checklistNvt": the number of checklist
 *     items, of those geregeld and of those n.v.t. (migration 20261130152734_caseload_checklist_stand);
 *   - "laatsteBelOp":     the latest call from the bellijst (trigger on Belpoging, decision 024);
 *   - "belReeks":         the calls "niet bereikt" after the last call with another outcome (same trigger, decision 029);
 *   - "openOpstart", "openBegeleider", "openMaatje": an assignment without an end in that role
 *     (trigger on Toewijzing, decision 026; the wachtlijst reads who has none);
 *   - "opstartTot", "begeleiderTot", "maatjeTot": the latest end of an assignment in that role
 *     (same trigger, decision 029; the wachtlijst reads when the wait began).
 * What depends on the clock (days since contact, which deadlines passed, which
 * planned afspraken are past) is computed at query time from these facts.
 */

/** A timestamp column as its calendar day in Amsterdam. */
export const amsDatum = (kolom: Prisma.Sql) => Prisma.sql`((${kolom}) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Amsterdam')::date`;

/** The same facts computed from the rows themselves: the definition the triggers must match. */
const HERBEREKEND = `
  SELECT i."id",
         (SELECT max(a."start") FROM "Afspraak" a WHERE a."inburgeraarId" = i."id" AND a."status" = 'VOND_PLAATS') AS "laatsteContactOp",
         COALESCE((SELECT array_agg(a."start" ORDER BY a."start") FROM "Afspraak" a
                    WHERE a."inburgeraarId" = i."id" AND a."status" = 'GEPLAND'), ARRAY[]::TIMESTAMP(3)[]) AS "geplandeStarts",
         COALESCE((SELECT array_agg(c."deadline" ORDER BY c."deadline") FROM "ChecklistItem" c
                    WHERE c."inburgeraarId" = i."id" AND c."deadline" IS NOT NULL AND c."status" NOT IN ('GEREGELD', 'NVT')), ARRAY[]::DATE[]) AS "openDeadlines",
         c."aantal" AS "checklistAantal", c."geregeld" AS "checklistGeregeld", c."nvt" AS "checklistNvt",
         (SELECT max(b."op") FROM "Belpoging" b WHERE b."inburgeraarId" = i."id") AS "laatsteBelOp",
         (SELECT count(*)::int FROM "Belpoging" b WHERE b."inburgeraarId" = i."id" AND b."uitkomst" = 'NIET_BEREIKT'
             AND b."op" > COALESCE((SELECT max(r."op") FROM "Belpoging" r WHERE r."inburgeraarId" = i."id" AND r."uitkomst" <> 'NIET_BEREIKT'), '-infinity'::timestamp)) AS "belReeks",
         EXISTS (SELECT 1 FROM "Toewijzing" t WHERE t."inburgeraarId" = i."id" AND t."rol" = 'OPSTART' AND t."tot" IS NULL) AS "openOpstart",
         EXISTS (SELECT 1 FROM "Toewijzing" t WHERE t."inburgeraarId" = i."id" AND t."rol" = 'BEGELEIDER' AND t."tot" IS NULL) AS "openBegeleider",
         EXISTS (SELECT 1 FROM "Toewijzing" t WHERE t."inburgeraarId" = i."id" AND t."rol" = 'MAATJE' AND t."tot" IS NULL) AS "openMaatje",
         (SELECT max(t."tot") FROM "Toewijzing" t WHERE t."inburgeraarId" = i."id" AND t."rol" = 'OPSTART') AS "opstartTot",
         (SELECT max(t."tot") FROM "Toewijzing" t WHERE t."inburgeraarId" = i."id" AND t."rol" = 'BEGELEIDER') AS "begeleiderTot",
         (SELECT max(t."tot") FROM "Toewijzing" t WHERE t."inburgeraarId" = i."id" AND t."rol" = 'MAATJE') AS "maatjeTot"
    FROM "Inburgeraar" i
    CROSS JOIN LATERAL (SELECT count(*)::int AS "aantal", count(*) FILTER (WHERE ci."status" = 'GEREGELD')::int AS "geregeld",
                               count(*) FILTER (WHERE ci."status" = 'NVT')::int AS "nvt"
                          FROM "ChecklistItem" ci WHERE ci."inburgeraarId" = i."id") c`;

/**
 * Recomputes the stored facts set-based, for one organisation or all. For bulk
 * loads that ran with the triggers disabled (npm run bench:data); the app never
 * needs it.
 */
export async function herberekenStanden(sql: SqlConnection, organisatieId?: string): Promise<number> {
  const rows = await sql.query<{ aantal: number | string }>(
    `WITH x AS (${HERBEREKEND} ${organisatieId ? `WHERE i."organisatieId" = $1` : ""}),
          u AS (UPDATE "Inburgeraar" i SET "laatsteContactOp" = x."laatsteContactOp", "geplandeStarts" = x."geplandeStarts", "openDeadlines" = x."openDeadlines",
                       "checklistAantal" = x."checklistAantal", "checklistGeregeld" = x."checklistGeregeld", "checklistNvt" = x."checklistNvt",
                       "laatsteBelOp" = x."laatsteBelOp", "belReeks" = x."belReeks",
                       "openOpstart" = x."openOpstart", "openBegeleider" = x."openBegeleider", "openMaatje" = x."openMaatje",
                       "opstartTot" = x."opstartTot", "begeleiderTot" = x."begeleiderTot", "maatjeTot" = x."maatjeTot"
                  FROM x WHERE x."id" = i."id" RETURNING 1)
     SELECT count(*) AS aantal FROM u`,
    organisatieId ? [organisatieId] : [],
  );
  return Number(rows[0]?.aantal ?? 0);
}

/** The people whose stored facts differ from a full recomputation (a test and an operator's check: should be none). */
export async function afwijkendeStanden(sql: SqlConnection, organisatieId?: string): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(
    `SELECT i."id" FROM "Inburgeraar" i JOIN (${HERBEREKEND}) x ON x."id" = i."id"
      WHERE (i."laatsteContactOp" IS DISTINCT FROM x."laatsteContactOp"
          OR COALESCE(i."geplandeStarts", ARRAY[]::TIMESTAMP(3)[]) IS DISTINCT FROM x."geplandeStarts"
          OR COALESCE(i."openDeadlines", ARRAY[]::DATE[]) IS DISTINCT FROM x."openDeadlines"
          OR i."checklistAantal" <> x."checklistAantal" OR i."checklistGeregeld" <> x."checklistGeregeld" OR i."checklistNvt" <> x."checklistNvt"
          OR i."laatsteBelOp" IS DISTINCT FROM x."laatsteBelOp" OR i."belReeks" <> x."belReeks"
          OR i."openOpstart" <> x."openOpstart" OR i."openBegeleider" <> x."openBegeleider" OR i."openMaatje" <> x."openMaatje"
          OR i."opstartTot" IS DISTINCT FROM x."opstartTot" OR i."begeleiderTot" IS DISTINCT FROM x."begeleiderTot" OR i."maatjeTot" IS DISTINCT FROM x."maatjeTot")
        ${organisatieId ? `AND i."organisatieId" = $1` : ""}
      ORDER BY i."id"`,
    organisatieId ? [organisatieId] : [],
  );
  return rows.map((r) => r.id);
}

/** The arguments of the database function "wegwijs_aandachtsscore" for the row `i` and gemeente `g`, before the clock. */
function scoreArgumenten(i: string, g: string) {
  return `${i}."fase", ${i}."laatsteContactOp",
      COALESCE(${i}."brpInschrijvingDatum", ((${i}."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam')::date),
      COALESCE(${i}."geplandeStarts", ARRAY[]::TIMESTAMP(3)[]), COALESCE(${i}."openDeadlines", ARRAY[]::DATE[]), ${g}."contactNormDagen"`;
}

/**
 * The urgency of a person as SQL, computed now from the stored facts, by the
 * database function "wegwijs_aandachtsscore" (migration
 * 20261130024650_aandachtsscore): the weights of lib/caseload/rules.ts
 * `beoordeel` for the facts that hold for everyone who sees the person
 * (contact against the gemeente's norm, never seen, late checklist items, past
 * afspraken never logged, no next afspraak). The attention points that depend
 * on who looks (my own overleg actions), on financial data or on the
 * meetmoment schedule show on the row but do not sort.
 * tests/integration/aandacht-stand.test.ts checks it equals `beoordeel`.
 * The lists sort on the stored column "aandachtsscore" (indexed), which is this
 * value as of the last write or the last quarter-hourly refresh.
 */
export function aandachtsscoreSql(vandaag: Kalenderdatum, now: Date, i = "i", g = "g"): Prisma.Sql {
  const p = `"${i.replaceAll('"', "")}"`;
  const gm = `"${g.replaceAll('"', "")}"`;
  return Prisma.sql`"wegwijs_aandachtsscore"(${Prisma.raw(scoreArgumenten(p, gm))}, ${vandaag}::date, (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')::timestamp(3))`;
}

/**
 * Refreshes the stored urgency as time passes (contact ages, deadlines and
 * planned afspraken pass): only rows whose score changed are written. The
 * scheduler runs it every quarter of an hour (lib/jobs/planner.ts); tests
 * pass their own `now`.
 */
export async function herberekenScores(sql: SqlConnection, now = new Date(), organisatieId?: string): Promise<number> {
  const score = `"wegwijs_aandachtsscore"(${scoreArgumenten("i", "g")}, $1::date, ($2::timestamptz AT TIME ZONE 'UTC')::timestamp(3))`;
  const rows = await sql.query<{ aantal: number | string }>(
    `WITH u AS (UPDATE "Inburgeraar" i SET "aandachtsscore" = ${score} FROM "Gemeente" g
                 WHERE g."id" = i."gemeenteId" AND i."aandachtsscore" IS DISTINCT FROM ${score}
                   ${organisatieId ? `AND i."organisatieId" = $3` : ""} RETURNING 1)
     SELECT count(*) AS aantal FROM u`,
    organisatieId ? [vandaagIn(now), now.toISOString(), organisatieId] : [vandaagIn(now), now.toISOString()],
  );
  return Number(rows[0]?.aantal ?? 0);
}

/** People whose stored urgency differs from the function at the database's clock (right after writes: none). */
export async function afwijkendeScores(sql: SqlConnection, organisatieId?: string): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(
    `SELECT i."id" FROM "Inburgeraar" i JOIN "Gemeente" g ON g."id" = i."gemeenteId"
      WHERE i."aandachtsscore" IS DISTINCT FROM "wegwijs_aandachtsscore"(${scoreArgumenten("i", "g")},
              (now() AT TIME ZONE 'Europe/Amsterdam')::date, (now() AT TIME ZONE 'UTC')::timestamp(3))
        ${organisatieId ? `AND i."organisatieId" = $1` : ""}
      ORDER BY i."id"`,
    organisatieId ? [organisatieId] : [],
  );
  return rows.map((r) => r.id);
}

/**
 * The checklist of the person `i` as the caseload rules need it (lib/caseload/rules
 * ChecklistStand), as columns of a list's statement: the three stored counts and
 * the stored open deadlines (as "YYYY-MM-DD"), without reading ChecklistItem.
 * Read them back with `checklistStandVan`.
 */
export function checklistStandSql(i = "i"): Prisma.Sql {
  const p = Prisma.raw(`"${i.replaceAll('"', "")}"`);
  return Prisma.sql`${p}."checklistAantal" AS "checklistAantal", ${p}."checklistGeregeld" AS "checklistGeregeld", ${p}."checklistNvt" AS "checklistNvt",
           ARRAY(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest(${p}."openDeadlines") AS d ORDER BY d) AS "checklistOpen"`;
}

/** The columns of `checklistStandSql` in a row. */
export interface ChecklistStandKolommen {
  checklistAantal: number;
  checklistGeregeld: number;
  checklistNvt: number;
  checklistOpen: string[];
}

export function checklistStandVan(r: ChecklistStandKolommen): ChecklistStand {
  return { aantal: r.checklistAantal, geregeld: r.checklistGeregeld, nvt: r.checklistNvt, openDeadlines: r.checklistOpen as Kalenderdatum[] };
}
