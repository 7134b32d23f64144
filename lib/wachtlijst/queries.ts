import "server-only";
import { assertCan, type SessionUser } from "@/lib/authz";
import { inburgeraarScopeSql } from "@/lib/authz/sql-scope";
import { enumLijstSql, epochMsSql as ms, leesSql } from "@/lib/db/lees";
import { Prisma } from "@/lib/db/generated/client";
import type { Fase } from "@/lib/db/generated/enums";
import { dagenTussen, naarKalenderdatum, vandaag as vandaagIn } from "@/lib/tijd";
import type { WachtReden } from "./rules";

export const WACHTLIJST_PER_PAGINA = 25;

export interface WachtlijstFilters {
  gemeenteId?: string;
  reden?: WachtReden;
  pagina?: number;
}

export interface WachtRij {
  id: string;
  naam: string;
  fase: Fase;
  gemeente: string;
  talen: string[];
  tolkNodig: boolean;
  redenen: WachtReden[];
  sinds: Date;
  dagenGewacht: number;
}

/**
 * The rule of ./rules.ts (wachtRedenen) in SQL: one row per person and reason,
 * with the moment the wait began. Kept next to the rule it mirrors; the
 * integration tests compare both.
 *
 * Each branch first asks the stored facts "no assignment without an end in this
 * role" ("openOpstart", "openBegeleider", "openMaatje", decision 026): that is
 * implied by "no active assignment", and a partial index per branch holds just
 * those people. For those few, an assignment that ends in the future is then
 * checked with the clock, so it still counts until it passes. The
 * conditions are written exactly as in the indexes' predicates.
 *
 * When the wait began is read from the row too ("opstartTot", "begeleiderTot",
 * "maatjeTot": the latest end of an assignment in the role, decision 029). For
 * someone in a branch every end in that role has passed (none is open, none
 * ends after now), so the latest end is the latest past one.
 */
function wachtRedenenSql(user: SessionUser, now: Date): Prisma.Sql {
  // Active is "no end, or an end after now"; the stored fact already excludes "no end", so what is left
  // to check is an end after now: a handful of rows in the whole table (an index range on (rol, tot)),
  // not the thousands of open assignments (decision 029).
  const actief = (rollen: string[]) => Prisma.sql`EXISTS (
    SELECT 1 FROM "Toewijzing" t WHERE t."inburgeraarId" = i.id AND t.rol IN (${enumLijstSql("ToewijzingRol", rollen)}) AND t.tot > ${now})`;
  const scope = inburgeraarScopeSql(user, now, "i");
  return Prisma.sql`
    SELECT i.id, i."gemeenteId", i.achternaam, 'OPSTART' AS reden, GREATEST(i."createdAt", i."opstartTot", i."begeleiderTot") AS sinds
      FROM "Inburgeraar" i
     WHERE ${scope} AND i.fase IN ('AANGEMELD', 'OPSTARTFASE') AND NOT i."openOpstart" AND NOT i."openBegeleider" AND NOT ${actief(["OPSTART", "BEGELEIDER"])}
    UNION ALL
    SELECT i.id, i."gemeenteId", i.achternaam, 'BEGELEIDER', GREATEST(i."faseSinds", i."begeleiderTot")
      FROM "Inburgeraar" i
     WHERE ${scope} AND i.fase IN ('BEGELEIDINGSFASE', 'AFRONDING') AND NOT i."openBegeleider" AND NOT ${actief(["BEGELEIDER"])}
    UNION ALL
    SELECT i.id, i."gemeenteId", i.achternaam, 'MAATJE', GREATEST(i."maatjeGewenstSinds", i."maatjeTot")
      FROM "Inburgeraar" i
     WHERE ${scope} AND i.fase <> 'AFGESLOTEN' AND i."maatjeGewenstSinds" IS NOT NULL AND NOT i."openMaatje" AND NOT ${actief(["MAATJE"])}`;
}

/**
 * The wachtlijst: everyone waiting for an opstart person, a begeleider or a
 * wanted maatje, longest waiting first, paged in SQL; plus the count per
 * gemeente (of the whole list, not just the page). One statement, whatever
 * the size of the organisation.
 */
export async function getWachtlijst(user: SessionUser, filters: WachtlijstFilters = {}, now = new Date(), perPagina = WACHTLIJST_PER_PAGINA) {
  assertCan(user, "wachtlijst:bekijken");
  const pagina = Math.max(1, Math.floor(filters.pagina ?? 1));
  const redenen = wachtRedenenSql(user, now);
  // Who waits, with why and since when, from the partial indexes per reason (decisions 026 and 029);
  // the person's details are read for the page's rows only.
  const gefilterd = Prisma.sql`
    WITH w AS (${redenen})
    SELECT w.id, w."gemeenteId", w.achternaam, array_agg(w.reden ORDER BY w.reden) AS redenen, min(w.sinds) AS sinds
      FROM w ${filters.reden ? Prisma.sql`WHERE w.reden = ${filters.reden}` : Prisma.empty}
     GROUP BY w.id, w."gemeenteId", w.achternaam`;
  const gemeenteFilter = filters.gemeenteId ? Prisma.sql`WHERE x."gemeenteId" = ${filters.gemeenteId}` : Prisma.empty;
  // ONE pass over the organisation (x is MATERIALIZED): the page (within the gemeente filter) and the
  // count per gemeente (of the whole list) come from the same rows, as two json columns.
  const [uitkomst] = await leesSql<
    {
      rijen: { id: string; redenen: WachtReden[]; sinds: number; voornaam: string; achternaam: string; fase: Fase; talen: string[]; tolkNodig: boolean; gemeente: string }[];
      perGemeente: { gemeenteId: string; gemeente: string; aantal: number; langste: number }[];
    }[]
  >(Prisma.sql`
    WITH x AS MATERIALIZED (SELECT * FROM (${gefilterd}) v)
    SELECT
      (SELECT COALESCE(json_agg(json_build_object('id', r.id, 'redenen', r.redenen, 'sinds', ${ms(Prisma.sql`r.sinds`)}, 'voornaam', i.voornaam,
                'achternaam', i.achternaam, 'fase', i.fase::text, 'talen', COALESCE(i.talen, ARRAY[]::text[]), 'tolkNodig', i."tolkNodig", 'gemeente', g.naam)
                ORDER BY r.sinds ASC, r.achternaam ASC, r.id ASC), '[]'::json)
         FROM (SELECT * FROM x ${gemeenteFilter} ORDER BY x.sinds ASC, x.achternaam ASC, x.id ASC
               LIMIT ${perPagina} OFFSET ${(pagina - 1) * perPagina}) r
         JOIN "Inburgeraar" i ON i.id = r.id JOIN "Gemeente" g ON g.id = r."gemeenteId") AS rijen,
      (SELECT COALESCE(json_agg(json_build_object('gemeenteId', s."gemeenteId", 'gemeente', g.naam, 'aantal', s.aantal, 'langste', ${ms(Prisma.sql`s.langste`)})
                ORDER BY g.naam), '[]'::json)
         FROM (SELECT x."gemeenteId", count(*) AS aantal, min(x.sinds) AS langste FROM x GROUP BY x."gemeenteId") s
         JOIN "Gemeente" g ON g.id = s."gemeenteId") AS "perGemeente"`);
  const rijen = uitkomst!.rijen.map((r) => ({ ...r, sinds: new Date(r.sinds) }));
  const perGemeente = uitkomst!.perGemeente.map((g) => ({ ...g, langste: new Date(g.langste) }));
  const vandaag = vandaagIn(now);
  const gemeenten = perGemeente.map((g) => ({
    id: g.gemeenteId,
    naam: g.gemeente,
    aantal: Number(g.aantal),
    langsteDagen: dagenTussen(naarKalenderdatum(g.langste), vandaag),
  }));
  const totaal = filters.gemeenteId ? (gemeenten.find((g) => g.id === filters.gemeenteId)?.aantal ?? 0) : gemeenten.reduce((n, g) => n + g.aantal, 0);
  return {
    pagina,
    totaal,
    paginas: Math.max(1, Math.ceil(totaal / perPagina)),
    perGemeente: gemeenten,
    rijen: rijen.map(
      (r): WachtRij => ({
        id: r.id,
        naam: `${r.voornaam} ${r.achternaam}`,
        fase: r.fase,
        gemeente: r.gemeente,
        talen: r.talen,
        tolkNodig: r.tolkNodig,
        redenen: r.redenen,
        sinds: r.sinds,
        dagenGewacht: dagenTussen(naarKalenderdatum(r.sinds), vandaag),
      }),
    ),
  };
}
