import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { SqlConnection } from "@/lib/db/sql";
import type { Kalenderdatum } from "@/lib/tijd";
import { GEWICHT } from "./rules";

/**
 * The stored attention facts of a person (docs/decisions/016): columns on
 * "Inburgeraar" that database triggers keep current in the same transaction as
 * the write to Afspraak or ChecklistItem that changes them (migration
 * 20261130013230_aandacht_stand). Lists over a whole organisation sort by
 * urgency on these, in SQL, without touching the millions of afspraken and
 * checklist items:
 *   - "laatsteContactOp": the latest afspraak that took place;
 *   - "geplandeStarts":   the start of every afspraak still GEPLAND, oldest first;
 *   - "openDeadlines":    the deadline of every checklist item not geregeld or n.v.t.
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
                    WHERE c."inburgeraarId" = i."id" AND c."deadline" IS NOT NULL AND c."status" NOT IN ('GEREGELD', 'NVT')), ARRAY[]::DATE[]) AS "openDeadlines"
    FROM "Inburgeraar" i`;

/**
 * Recomputes the stored facts set-based, for one organisation or all. For bulk
 * loads that ran with the triggers disabled (npm run bench:data); the app never
 * needs it.
 */
export async function herberekenStanden(sql: SqlConnection, organisatieId?: string): Promise<number> {
  const rows = await sql.query<{ aantal: number | string }>(
    `WITH x AS (${HERBEREKEND} ${organisatieId ? `WHERE i."organisatieId" = $1` : ""}),
          u AS (UPDATE "Inburgeraar" i SET "laatsteContactOp" = x."laatsteContactOp", "geplandeStarts" = x."geplandeStarts", "openDeadlines" = x."openDeadlines"
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
          OR COALESCE(i."openDeadlines", ARRAY[]::DATE[]) IS DISTINCT FROM x."openDeadlines")
        ${organisatieId ? `AND i."organisatieId" = $1` : ""}
      ORDER BY i."id"`,
    organisatieId ? [organisatieId] : [],
  );
  return rows.map((r) => r.id);
}

/**
 * The urgency of a person as SQL, from the stored facts: the weights of
 * lib/caseload/rules.ts `beoordeel` for the facts that hold for everyone who
 * sees the person (contact against the gemeente's norm, never seen, late
 * checklist items, past afspraken never logged, no next afspraak). The
 * attention points that depend on who looks (my own overleg actions), on
 * financial data or on the meetmoment schedule show on the row but do not sort.
 * tests/integration/aandacht-stand.test.ts checks this equals `beoordeel`'s
 * urgentie for those facts. `i` and `g` are the Inburgeraar and Gemeente aliases.
 */
export function aandachtsscoreSql(vandaag: Kalenderdatum, now: Date, i = "i", g = "g"): Prisma.Sql {
  const p = Prisma.raw(`"${i.replaceAll('"', "")}"`);
  const gm = Prisma.raw(`"${g.replaceAll('"', "")}"`);
  const dag = Prisma.sql`${vandaag}::date`;
  const sindsContact = Prisma.sql`(${dag} - ${amsDatum(Prisma.sql`${p}."laatsteContactOp"`)})`;
  const sindsStart = Prisma.sql`(${dag} - COALESCE(${p}."brpInschrijvingDatum", ${amsDatum(Prisma.sql`${p}."createdAt"`)}))`;
  const teLaat = Prisma.sql`(SELECT count(*) FROM unnest(${p}."openDeadlines") d WHERE d < ${dag})`;
  const nietGelogd = Prisma.sql`(SELECT count(*) FROM unnest(${p}."geplandeStarts") s WHERE s < ${now})`;
  const heeftVolgende = Prisma.sql`EXISTS (SELECT 1 FROM unnest(${p}."geplandeStarts") s WHERE s >= ${now})`;
  return Prisma.sql`(CASE WHEN ${p}.fase = 'AFGESLOTEN' THEN 0 ELSE
      (CASE WHEN ${p}."laatsteContactOp" IS NOT NULL THEN
              (CASE WHEN ${sindsContact} > ${gm}."contactNormDagen"
                    THEN ${GEWICHT.geenContact} + LEAST(${GEWICHT.geenContactMaxExtra}, ${sindsContact} - ${gm}."contactNormDagen") ELSE 0 END)
            WHEN ${sindsStart} > ${gm}."contactNormDagen" THEN ${GEWICHT.nooitGezien} ELSE 0 END)
    + (CASE WHEN ${teLaat} > 0 THEN ${GEWICHT.teLaat} + ${GEWICHT.teLaatPerPunt} * ${teLaat} ELSE 0 END)
    + (CASE WHEN ${nietGelogd} > 0 THEN ${GEWICHT.nietVastgelegd} + ${GEWICHT.nietVastgelegdPerAfspraak} * ${nietGelogd} ELSE 0 END)
    + (CASE WHEN ${p}.fase <> 'AANGEMELD' AND NOT ${heeftVolgende} THEN ${GEWICHT.geenAfspraak} ELSE 0 END)
    END)::int`;
}
