import "server-only";
import { assertCan, type SessionUser } from "@/lib/authz";
import { inburgeraarScopeSql } from "@/lib/authz/sql-scope";
import { epochMsSql as ms, leesSql } from "@/lib/db/lees";
import { Prisma } from "@/lib/db/generated/client";
import { kalenderdatumNaarDate } from "@/lib/tijd";

export const VERLENGINGEN_PER_PAGINA = 25;

/**
 * Open requests for verlenging the teamleider may decide on, oldest first, paged
 * in SQL with the total (a national organisation has hundreds open at once).
 * One raw statement (decision 020/024); the scope is the person's.
 */
export async function listOpenVerlengingen(user: SessionUser, opties: { pagina?: number } = {}, now = new Date(), perPagina = VERLENGINGEN_PER_PAGINA) {
  assertCan(user, "verlenging:beoordelen");
  const pagina = Math.max(1, Math.floor(opties.pagina ?? 1));
  const basis = Prisma.sql`
    FROM "Verlenging" v JOIN "Inburgeraar" i ON i.id = v."inburgeraarId"
   WHERE v.status = 'AANGEVRAAGD' AND ${inburgeraarScopeSql(user, now, "i")}`;
  const rijen = await leesSql<
    {
      id: string;
      maanden: number;
      reden: string;
      version: number;
      aangevraagdOp: number;
      aangevraagdDoorId: string;
      aangevraagdDoor: string;
      inburgeraarId: string;
      voornaam: string;
      achternaam: string;
      einddatum: string | null;
      heeftBrpDatum: boolean;
      gemeente: string;
      totaal: bigint | number;
    }[]
  >(Prisma.sql`
    SELECT v.id, v.maanden, v.reden, v.version, ${ms(Prisma.sql`v."createdAt"`)} AS "aangevraagdOp", v."aangevraagdDoorId",
           (SELECT u.naam FROM "Gebruiker" u WHERE u.id = v."aangevraagdDoorId") AS "aangevraagdDoor",
           i.id AS "inburgeraarId", i.voornaam, i.achternaam, to_char(i.einddatum, 'YYYY-MM-DD') AS einddatum,
           i."brpInschrijvingDatum" IS NOT NULL AS "heeftBrpDatum",
           (SELECT g.naam FROM "Gemeente" g WHERE g.id = i."gemeenteId") AS gemeente,
           count(*) OVER () AS totaal
      ${basis}
     ORDER BY v."createdAt" ASC, v.id ASC
     LIMIT ${perPagina} OFFSET ${(pagina - 1) * perPagina}`);
  // A page past the end has no row to carry the total: then count on its own.
  const totaal =
    rijen.length > 0 || pagina === 1
      ? Number(rijen[0]?.totaal ?? 0)
      : Number((await leesSql<{ aantal: bigint | number }[]>(Prisma.sql`SELECT count(*) AS aantal ${basis}`))[0]?.aantal ?? 0);
  return {
    pagina,
    totaal,
    paginas: Math.max(1, Math.ceil(totaal / perPagina)),
    rijen: rijen.map((r) => ({
      id: r.id,
      maanden: r.maanden,
      reden: r.reden,
      version: r.version,
      aangevraagdOp: new Date(r.aangevraagdOp),
      aangevraagdDoor: r.aangevraagdDoor,
      /** Four eyes: the user asked for this one and may not decide on it. */
      isEigenAanvraag: r.aangevraagdDoorId === user.id,
      heeftBrpDatum: r.heeftBrpDatum,
      inburgeraar: {
        id: r.inburgeraarId,
        naam: `${r.voornaam} ${r.achternaam}`,
        gemeente: r.gemeente,
        einddatum: r.einddatum === null ? null : kalenderdatumNaarDate(r.einddatum),
      },
    })),
  };
}
