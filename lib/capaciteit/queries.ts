import "server-only";
import { assertCan, type SessionUser } from "@/lib/authz";
import { inburgeraarScopeSql } from "@/lib/authz/sql-scope";
import { amsDatum } from "@/lib/caseload/stand";
import { db } from "@/lib/db";
import { leesSql } from "@/lib/db/lees";
import { Prisma } from "@/lib/db/generated/client";
import { vandaag as vandaagIn } from "@/lib/tijd";
import { GEMEENTE_KEUZE_MAX } from "@/lib/gemeente/rules";
import { capaciteitTotalen, drukstEerst, uren, type LidCapaciteit, type PersoonCapaciteit } from "./rules";

export const CAPACITEIT_PER_PAGINA = 30;
export const UREN_VENSTER_DAGEN = 28;


interface PersoonRij {
  id: string;
  naam: string;
  rol: "BEGELEIDER" | "VRIJWILLIGER" | "TEAMLEIDER";
  teamId: string | null;
  team: string | null;
  fte: number | null;
  actief: boolean;
  vrijwilligerStatus: string | null;
  gemeenteIds: string[];
  inburgeraars: bigint | number;
  minuten: bigint | number;
  achterstallig: bigint | number;
}

/**
 * Per begeleider, teamleider and volunteer: active inburgeraars, minutes logged
 * in the last four weeks and overdue contacts (no contact for longer than the
 * gemeente's norm, the caseload's "te lang geen contact"), in one query.
 * Only people and dossiers inside the user's scope (the organisation).
 */
function personenSql(user: SessionUser, now: Date, paging: Prisma.Sql) {
  const vandaag = vandaagIn(now);
  const venster = new Date(now.getTime() - UREN_VENSTER_DAGEN * 86_400_000);
  const actieveT = Prisma.sql`t."gebruikerId" = u.id AND (t.tot IS NULL OR t.tot > ${now})`;
  const scope = inburgeraarScopeSql(user, now, "i");
  return Prisma.sql`
    SELECT u.id, u.naam, u.rol::text AS rol, u."teamId", tm.naam AS team, u.fte, u.actief, vp.status::text AS "vrijwilligerStatus",
           ARRAY(SELECT gg."gemeenteId" FROM "GebruikerGemeente" gg WHERE gg."gebruikerId" = u.id ORDER BY gg."gemeenteId") AS "gemeenteIds",
           (SELECT count(DISTINCT i.id) FROM "Toewijzing" t JOIN "Inburgeraar" i ON i.id = t."inburgeraarId"
             WHERE ${actieveT} AND ${scope} AND i.fase <> 'AFGESLOTEN') AS inburgeraars,
           (SELECT COALESCE(sum(a."duurMinuten"), 0) FROM "Afspraak" a
             WHERE a."medewerkerId" = u.id AND a.status = 'VOND_PLAATS' AND a.start > ${venster} AND a.start <= ${now}) AS minuten,
           (SELECT count(DISTINCT i.id) FROM "Toewijzing" t JOIN "Inburgeraar" i ON i.id = t."inburgeraarId" JOIN "Gemeente" g ON g.id = i."gemeenteId"
             WHERE ${actieveT} AND ${scope} AND i.fase <> 'AFGESLOTEN'
               AND COALESCE(
                     ${amsDatum(Prisma.sql`i."laatsteContactOp"`)},
                     i."brpInschrijvingDatum", ${amsDatum(Prisma.sql`i."createdAt"`)}) < ${vandaag}::date - g."contactNormDagen") AS achterstallig
      FROM "Gebruiker" u
      LEFT JOIN "VrijwilligerProfiel" vp ON vp."gebruikerId" = u.id
      LEFT JOIN "Team" tm ON tm.id = u."teamId"
     WHERE u."organisatieId" = ${user.organisatieId} AND u.rol IN ('BEGELEIDER', 'TEAMLEIDER', 'VRIJWILLIGER')
     ORDER BY CASE u.rol WHEN 'BEGELEIDER' THEN 1 WHEN 'TEAMLEIDER' THEN 2 ELSE 3 END, u.actief DESC, u.naam, u.id
     ${paging}`;
}

/** What the totals need of one staff member. */
type StafRij = Pick<PersoonRij, "rol" | "teamId" | "fte" | "actief" | "vrijwilligerStatus" | "gemeenteIds">;

function stafSql(user: SessionUser) {
  return Prisma.sql`
    SELECT u.rol::text AS rol, u."teamId", u.fte, u.actief, vp.status::text AS "vrijwilligerStatus",
           ARRAY(SELECT gg."gemeenteId" FROM "GebruikerGemeente" gg WHERE gg."gebruikerId" = u.id) AS "gemeenteIds"
      FROM "Gebruiker" u
      LEFT JOIN "VrijwilligerProfiel" vp ON vp."gebruikerId" = u.id
     WHERE u."organisatieId" = ${user.organisatieId} AND u.rol IN ('BEGELEIDER', 'TEAMLEIDER', 'VRIJWILLIGER')`;
}

/** An account counts when it is active; a volunteer only with the status ACTIEF. */
const isActief = (r: StafRij) => r.actief && (r.rol !== "VRIJWILLIGER" || r.vrijwilligerStatus === "ACTIEF");

function naarPersoon(r: PersoonRij): PersoonCapaciteit & { team: string | null; rol: PersoonRij["rol"]; status: string | null; uren: number } {
  const minuten = Number(r.minuten);
  return {
    id: r.id,
    naam: r.naam,
    rol: r.rol,
    soort: r.rol,
    teamId: r.teamId,
    team: r.team,
    gemeenteIds: r.gemeenteIds,
    fte: r.fte,
    isActief: isActief(r),
    status: r.vrijwilligerStatus,
    actieveInburgeraars: Number(r.inburgeraars),
    minutenLaatste4Weken: minuten,
    uren: uren(minuten),
    achterstalligeContacten: Number(r.achterstallig),
  };
}

async function groepen(user: SessionUser, now: Date) {
  const scope = inburgeraarScopeSql(user, now, "i");
  const [org, perGemeente, perTeam, teams] = await Promise.all([
    leesSql<{ aantal: bigint | number }[]>(Prisma.sql`SELECT count(*) AS aantal FROM "Inburgeraar" i WHERE ${scope} AND i.fase <> 'AFGESLOTEN'`),
    leesSql<{ id: string; naam: string; aantal: bigint | number }[]>(Prisma.sql`
      SELECT g.id, g.naam, count(i.id) AS aantal FROM "Gemeente" g
        LEFT JOIN "Inburgeraar" i ON i."gemeenteId" = g.id AND i.fase <> 'AFGESLOTEN' AND ${scope}
       WHERE g."organisatieId" = ${user.organisatieId} GROUP BY g.id, g.naam ORDER BY g.naam`),
    leesSql<{ teamId: string; aantal: bigint | number }[]>(Prisma.sql`
      SELECT u."teamId", count(DISTINCT i.id) AS aantal
        FROM "Toewijzing" t JOIN "Gebruiker" u ON u.id = t."gebruikerId" JOIN "Inburgeraar" i ON i.id = t."inburgeraarId"
       WHERE u."organisatieId" = ${user.organisatieId} AND u."teamId" IS NOT NULL AND t.rol IN ('BEGELEIDER', 'OPSTART')
         AND (t.tot IS NULL OR t.tot > ${now}) AND i.fase <> 'AFGESLOTEN' AND ${scope}
       GROUP BY u."teamId"`),
    db().team.findMany({ where: { organisatieId: user.organisatieId }, orderBy: { naam: "asc" }, select: { id: true, naam: true } }),
  ]);
  const teamAantal = new Map(perTeam.map((t) => [t.teamId, Number(t.aantal)]));
  return {
    organisatie: { id: user.organisatieId, naam: user.organisatieNaam, inburgeraars: Number(org[0]?.aantal ?? 0) },
    teams: teams.map((t) => ({ ...t, inburgeraars: teamAantal.get(t.id) ?? 0 })),
    gemeenten: perGemeente.map((g) => ({ id: g.id, naam: g.naam, inburgeraars: Number(g.aantal) })),
  };
}

/** The capacity page: totals over everyone, the per-person table paged in SQL. */
export async function getCapaciteit(user: SessionUser, opties: { pagina?: number; alleGemeenten?: boolean } = {}, now = new Date()) {
  assertCan(user, "capaciteit:bekijken");
  const pagina = Math.max(1, Math.floor(opties.pagina ?? 1));
  const [pagineRijen, alle, g] = await Promise.all([
    leesSql<PersoonRij[]>(personenSql(user, now, Prisma.sql`LIMIT ${CAPACITEIT_PER_PAGINA} OFFSET ${(pagina - 1) * CAPACITEIT_PER_PAGINA}`)),
    // The totals need every staff member's fte, team and gemeenten: one narrow row per person, read in
    // one statement (Prisma's nested select took ±0.2 s for the 10,000 staff of a national organisation).
    leesSql<StafRij[]>(stafSql(user)),
    groepen(user, now),
  ]);
  const voorTotalen: LidCapaciteit[] = alle.map((u) => ({ soort: u.rol, teamId: u.teamId, gemeenteIds: u.gemeenteIds, fte: u.fte, isActief: isActief(u) }));
  const totalen = capaciteitTotalen(voorTotalen, g.organisatie, g.teams, g.gemeenten);
  // With hundreds of gemeenten the page shows where capacity is shortest (decision 030); all of them
  // on request, and always in the CSV.
  const ingekort = totalen.gemeenten.length > GEMEENTE_KEUZE_MAX && !opties.alleGemeenten;
  return {
    pagina,
    paginas: Math.max(1, Math.ceil(alle.length / CAPACITEIT_PER_PAGINA)),
    personen: pagineRijen.map(naarPersoon),
    ...totalen,
    gemeenten: ingekort ? drukstEerst(totalen.gemeenten).slice(0, GEMEENTE_KEUZE_MAX) : totalen.gemeenten,
    gemeentenAantal: totalen.gemeenten.length,
    gemeentenIngekort: ingekort,
  };
}

/** Everything for the CSV export: all people and all totals. */
export async function getCapaciteitExport(user: SessionUser, now = new Date()) {
  assertCan(user, "capaciteit:bekijken");
  const [rijen, g] = await Promise.all([leesSql<PersoonRij[]>(personenSql(user, now, Prisma.empty)), groepen(user, now)]);
  const personen = rijen.map(naarPersoon);
  return { personen, ...capaciteitTotalen(personen, g.organisatie, g.teams, g.gemeenten) };
}
