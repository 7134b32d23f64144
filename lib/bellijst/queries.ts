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

/** An instant column as its calendar date in Amsterdam. */

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
  // Who is due, without a time-zone conversion per person (those were about half of this statement,
  // decision 025): a person is due when their clock (the latest of begin, last call and, with a
  // maatje, last contact; dates in Amsterdam) is on or before the gemeente's "grens" (today minus its
  // interval). For an instant t, "its Amsterdam date ≤ grens" is "t before Amsterdam's midnight that
  // starts grens + 1": one instant per gemeente (gr), compared with the stored instants. Only for who
  // is due (a few thousand of ±30,000 at 40,000 people) are the dates computed, for order and display,
  // and the final filter on them is the rule itself (./rules.ts beoordeelBel). Who has a maatje is
  // one set (m), joined by hash. The clocks come from "Inburgeraar_klokken_idx" with the
  // stored "laatsteBelOp"; name, phone and gemeente are read for the page's rows only.
  const basis = Prisma.sql`
    WITH gr AS MATERIALIZED (
      SELECT g.id, COALESCE(g."bellijstIntervalDagen", ${BELLIJST_STANDAARD_DAGEN}) AS interval,
             ${vandaag}::date - COALESCE(g."bellijstIntervalDagen", ${BELLIJST_STANDAARD_DAGEN}) AS grens,
             ((((${vandaag}::date - COALESCE(g."bellijstIntervalDagen", ${BELLIJST_STANDAARD_DAGEN})) + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'UTC') AS na
        FROM "Gemeente" g
    ),
    m AS MATERIALIZED (
      SELECT DISTINCT t."inburgeraarId" AS id FROM "Toewijzing" t WHERE t.rol = 'MAATJE' AND (t.tot IS NULL OR t.tot > ${now})
    ),
    b AS MATERIALIZED (
      SELECT i.id, i.achternaam, i."gemeenteId", gr.interval, m.id IS NOT NULL AS "heeftMaatje",
             COALESCE(i."brpInschrijvingDatum", ${amsDatum(Prisma.sql`i."createdAt"`)}) AS begin,
             ${amsDatum(Prisma.sql`i."laatsteContactOp"`)} AS "laatsteContact",
             ${amsDatum(Prisma.sql`i."laatsteBelOp"`)} AS "laatsteBel"
        FROM "Inburgeraar" i JOIN gr ON gr.id = i."gemeenteId" LEFT JOIN m ON m.id = i.id
       WHERE ${inburgeraarScopeSql(user, now, "i")} AND i.fase IN ('BEGELEIDINGSFASE', 'AFRONDING')
             ${opties.gemeenteId ? Prisma.sql`AND i."gemeenteId" = ${opties.gemeenteId}` : Prisma.empty}
         AND CASE WHEN i."brpInschrijvingDatum" IS NOT NULL THEN i."brpInschrijvingDatum" <= gr.grens ELSE i."createdAt" < gr.na END
         AND (i."laatsteBelOp" IS NULL OR i."laatsteBelOp" < gr.na)
         AND (i."laatsteContactOp" IS NULL OR i."laatsteContactOp" < gr.na OR m.id IS NULL)
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
              -- The current streak of "niet bereikt": those calls since the last call that did reach someone, at most the limit.
              (SELECT count(*) FROM (SELECT bp.uitkomst, bp.op FROM "Belpoging" bp WHERE bp."inburgeraarId" = x.id ORDER BY bp.op DESC LIMIT ${NIET_BEREIKT_GRENS}) r
                WHERE r.uitkomst = 'NIET_BEREIKT'
                  AND r.op > COALESCE((SELECT max(bp2.op) FROM "Belpoging" bp2 WHERE bp2."inburgeraarId" = x.id AND bp2.uitkomst <> 'NIET_BEREIKT'), '-infinity'::timestamp)) AS "nietBereiktOpRij"
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
 * bereikt" and nobody had contact since (lib/bellijst/rules.ts moetNaarBegeleider).
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
       -- Only who has that many unanswered calls at all (a few in an organisation) gets the per-person check below.
       AND i.id IN (SELECT bp."inburgeraarId" FROM "Belpoging" bp WHERE bp.uitkomst = 'NIET_BEREIKT' GROUP BY 1 HAVING count(*) >= ${NIET_BEREIKT_GRENS})
       AND (SELECT count(*) FROM (SELECT bp.uitkomst FROM "Belpoging" bp WHERE bp."inburgeraarId" = i.id ORDER BY bp.op DESC LIMIT ${NIET_BEREIKT_GRENS}) x
             WHERE x.uitkomst = 'NIET_BEREIKT') = ${NIET_BEREIKT_GRENS}
       AND NOT EXISTS (SELECT 1 FROM "Afspraak" a WHERE a."inburgeraarId" = i.id AND a.status = 'VOND_PLAATS' AND a.start <= ${now}
             AND ${amsDatum(Prisma.sql`a.start`)} >= ${amsDatum(Prisma.sql`i."laatsteBelOp"`)})
     ORDER BY i."laatsteBelOp" DESC, i.id ASC LIMIT ${limiet}`);
  return rijen.map((r) => ({ id: r.id, naam: `${r.voornaam} ${r.achternaam}`, gemeente: r.gemeente, begeleider: r.begeleider, laatsteBel: r.laatsteBel }));
}
