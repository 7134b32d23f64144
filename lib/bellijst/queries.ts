import "server-only";
import { assertCan, type SessionUser } from "@/lib/authz";
import { inburgeraarScopeSql } from "@/lib/authz/sql-scope";
import { amsDatum } from "@/lib/caseload/stand";
import { leesSql } from "@/lib/db/lees";
import { Prisma } from "@/lib/db/generated/client";
import type { Fase } from "@/lib/db/generated/enums";
import { dagenTussen, dateKolomNaarKalenderdatum, vandaag as vandaagIn, type Kalenderdatum } from "@/lib/tijd";
import { BELLIJST_STANDAARD_DAGEN, NIET_BEREIKT_GRENS } from "./rules";

export const BELLIJST_PER_PAGINA = 25;

/**
 * The day a person's call interval counts from, as far as their row can tell: the latest of the start
 * (BRP date, else registration), the last call and, with an open maatje assignment (decision 026), the
 * last contact; dates in Amsterdam. "Inburgeraar_belklok_idx" indexes exactly this expression (the
 * migration 20261201011000_klokken_per_gemeente must stay the same, or PostgreSQL stops using the index).
 */
export function belKlokVanRij(alias: string) {
  const k = (kolom: string) => Prisma.raw(`${alias}."${kolom}"`);
  return Prisma.sql`GREATEST(COALESCE(${k("brpInschrijvingDatum")}, ${amsDatum(k("createdAt"))}), ${amsDatum(k("laatsteBelOp"))}, CASE WHEN ${k("openMaatje")} THEN ${amsDatum(k("laatsteContactOp"))} END)`;
}

export interface BelRij {
  id: string;
  naam: string;
  fase: Fase;
  gemeente: string;
  telefoon: string | null;
  tolkNodig: boolean;
  tolkTaal: string | null;
  heeftMaatje: boolean;
  intervalDagen: number;
  laatsteContact: Kalenderdatum | null;
  laatsteBel: Kalenderdatum | null;
  belDatum: Kalenderdatum;
  dagenTeLaat: number;
  reden: "GEEN_MAATJE" | "GEEN_CONTACT";
  /** Consecutive "niet bereikt" calls up to now (0–2 here; 3 goes to the begeleider). */
  nietBereiktOpRij: number;
}

/**
 * The bellijst of ./rules.ts (beoordeelBel) in SQL, so the list is sorted and
 * paged there: people due for a call, the longest overdue first.
 */
export async function getBellijst(
  user: SessionUser,
  opties: { pagina?: number; gemeenteId?: string } = {},
  now = new Date(),
  perPagina = BELLIJST_PER_PAGINA,
) {
  assertCan(user, "bellijst:bellen");
  const vandaag = vandaagIn(now);
  const pagina = Math.max(1, Math.floor(opties.pagina ?? 1));
  // Who is due (decision 029): per gemeente, the range of "Inburgeraar_belklok_idx" at or before the
  // gemeente's threshold (grens: today minus its interval). The index holds the clock as far as the row
  // can tell (belKlokVanRij: an open maatje assignment counts, one ending in the future does not yet);
  // such an assignment only makes the real clock later, so the range holds everyone due, plus at most
  // those few. For them the real clock is computed (who has a maatje: an open assignment, or one of the
  // few that end in the future, set m) and the final filter is the rule itself (./rules.ts beoordeelBel).
  // The lateral subquery (OFFSET 0 keeps it one) makes PostgreSQL read one index range per gemeente,
  // not every clock of the organisation. Gemeenten are the organisation's own (an inburgeraar's gemeente
  // is always one of them: gemeenteScope when registering).
  const basis = Prisma.sql`
    WITH gr AS MATERIALIZED (
      SELECT g.id, COALESCE(g."bellijstIntervalDagen", ${BELLIJST_STANDAARD_DAGEN}) AS interval,
             ${vandaag}::date - COALESCE(g."bellijstIntervalDagen", ${BELLIJST_STANDAARD_DAGEN}) AS grens
        FROM "Gemeente" g
       WHERE g."organisatieId" = ${user.organisatieId} ${opties.gemeenteId ? Prisma.sql`AND g.id = ${opties.gemeenteId}` : Prisma.empty}
    ),
    m AS MATERIALIZED (
      SELECT t."inburgeraarId" AS id FROM "Toewijzing" t WHERE t.rol = 'MAATJE' AND t.tot > ${now}
    ),
    b AS MATERIALIZED (
      SELECT c.*, gr.interval FROM gr CROSS JOIN LATERAL (
        SELECT i.id, i.achternaam, i."gemeenteId", (i."openMaatje" OR i.id IN (SELECT m.id FROM m)) AS "heeftMaatje",
               COALESCE(i."brpInschrijvingDatum", ${amsDatum(Prisma.sql`i."createdAt"`)}) AS begin,
               ${amsDatum(Prisma.sql`i."laatsteContactOp"`)} AS "laatsteContact",
               ${amsDatum(Prisma.sql`i."laatsteBelOp"`)} AS "laatsteBel"
          FROM "Inburgeraar" i
         WHERE ${inburgeraarScopeSql(user, now, "i")} AND i.fase IN ('BEGELEIDINGSFASE', 'AFRONDING')
           AND i."gemeenteId" = gr.id AND ${belKlokVanRij("i")} <= gr.grens
        OFFSET 0) c
    ),
    k AS (
      SELECT b.*, CASE WHEN b."heeftMaatje" THEN GREATEST(b.begin, b."laatsteContact", b."laatsteBel") ELSE GREATEST(b.begin, b."laatsteBel") END AS klok
        FROM b
    )
    SELECT k.*, (k.klok + k.interval) AS "belDatum" FROM k WHERE k.klok + k.interval <= ${vandaag}::date`;
  // One pass over the organisation for the page and its total (count over the whole list, before the LIMIT);
  // the streak of unanswered calls and the person's details only for the page's rows.
  const rijen = await leesSql<
      {
        id: string;
        voornaam: string;
        achternaam: string;
        fase: Fase;
        telefoon: string | null;
        tolkNodig: boolean;
        tolkTaal: string | null;
        gemeente: string;
        interval: number;
        heeftMaatje: boolean;
        laatsteContact: Date | null;
        laatsteBel: Date | null;
        belDatum: Date;
        nietBereiktOpRij: bigint | number;
        totaal: bigint | number;
      }[]
    >(Prisma.sql`SELECT x.*, i.voornaam, i.fase::text AS fase, i.telefoon, i."tolkNodig", i."tolkTaal", g.naam AS gemeente,
              -- The current streak of "niet bereikt" (stored, decision 029).
              i."belReeks" AS "nietBereiktOpRij"
         FROM (SELECT y.*, count(*) OVER () AS totaal FROM (${basis}) y
                ORDER BY y."belDatum" ASC, y.achternaam ASC, y.id ASC LIMIT ${perPagina} OFFSET ${(pagina - 1) * perPagina}) x
         JOIN "Inburgeraar" i ON i.id = x.id JOIN "Gemeente" g ON g.id = x."gemeenteId"
        ORDER BY x."belDatum" ASC, x.achternaam ASC, x.id ASC`);
  // A page past the end has no row to carry the total: then count on its own.
  const totaal =
    rijen.length > 0 || pagina === 1
      ? Number(rijen[0]?.totaal ?? 0)
      : Number((await leesSql<{ aantal: bigint | number }[]>(Prisma.sql`SELECT count(*) AS aantal FROM (${basis}) x`))[0]?.aantal ?? 0);
  const kd = (d: Date | null) => (d ? dateKolomNaarKalenderdatum(d) : null);
  return {
    pagina,
    totaal,
    paginas: Math.max(1, Math.ceil(totaal / perPagina)),
    rijen: rijen.map(
      (r): BelRij => ({
        id: r.id,
        naam: `${r.voornaam} ${r.achternaam}`,
        fase: r.fase,
        gemeente: r.gemeente,
        telefoon: r.telefoon,
        tolkNodig: r.tolkNodig,
        tolkTaal: r.tolkTaal,
        heeftMaatje: r.heeftMaatje,
        intervalDagen: Number(r.interval),
        laatsteContact: kd(r.laatsteContact),
        laatsteBel: kd(r.laatsteBel),
        belDatum: kd(r.belDatum)!,
        dagenTeLaat: dagenTussen(kd(r.belDatum)!, vandaag),
        reden: r.heeftMaatje ? "GEEN_CONTACT" : "GEEN_MAATJE",
        nietBereiktOpRij: Math.min(Number(r.nietBereiktOpRij), NIET_BEREIKT_GRENS),
      }),
    ),
  };
}

/**
 * People raised to their begeleider: the last three calls were all "niet
 * bereikt" (the stored streak "belReeks") and nobody had contact since
 * (lib/bellijst/rules.ts moetNaarBegeleider).
 */
export async function getNaarBegeleider(user: SessionUser, now = new Date(), limiet = 50) {
  assertCan(user, "bellijst:bellen");
  const rijen = await leesSql<{ id: string; voornaam: string; achternaam: string; gemeente: string; begeleider: string | null; laatsteBel: Date }[]>(Prisma.sql`
    SELECT i.id, i.voornaam, i.achternaam, g.naam AS gemeente,
           (SELECT u.naam FROM "Toewijzing" t JOIN "Gebruiker" u ON u.id = t."gebruikerId"
             WHERE t."inburgeraarId" = i.id AND t.rol = 'BEGELEIDER' AND (t.tot IS NULL OR t.tot > ${now}) ORDER BY t.vanaf DESC LIMIT 1) AS begeleider,
           i."laatsteBelOp" AS "laatsteBel"
      FROM "Inburgeraar" i
      JOIN "Gemeente" g ON g.id = i."gemeenteId"
     WHERE ${inburgeraarScopeSql(user, now, "i")} AND i.fase <> 'AFGESLOTEN'
       -- The stored streak of unanswered calls (decision 029; its index holds the few with a streak).
       AND i."belReeks" >= ${NIET_BEREIKT_GRENS}
       AND NOT EXISTS (SELECT 1 FROM "Afspraak" a WHERE a."inburgeraarId" = i.id AND a.status = 'VOND_PLAATS' AND a.start <= ${now}
             AND ${amsDatum(Prisma.sql`a.start`)} >= ${amsDatum(Prisma.sql`i."laatsteBelOp"`)})
     ORDER BY i."laatsteBelOp" DESC, i.id ASC LIMIT ${limiet}`);
  return rijen.map((r) => ({ id: r.id, naam: `${r.voornaam} ${r.achternaam}`, gemeente: r.gemeente, begeleider: r.begeleider, laatsteBel: r.laatsteBel }));
}
