import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "./user";

/**
 * inburgeraarScope (./policy.ts) as a SQL condition, for the lists that are
 * computed, sorted and paged in SQL (wachtlijst, bellijst, capacity, the
 * teamleider's Inburgeraars list). It must let through exactly the rows the
 * Prisma scope does; tests/integration/teamleider-bureau.test.ts checks that
 * for every role. `alias` is the Inburgeraar table's alias in the query.
 */
export function inburgeraarScopeSql(user: SessionUser, now: Date, alias = "i"): Prisma.Sql {
  const i = Prisma.raw(`"${alias.replaceAll('"', "")}"`);
  const org = Prisma.sql`${i}."organisatieId" = ${user.organisatieId}`;
  const actiefVoor = (rolFilter: Prisma.Sql) => Prisma.sql`EXISTS (
    SELECT 1 FROM "Toewijzing" sc
    WHERE sc."inburgeraarId" = ${i}.id AND sc."gebruikerId" = ${user.id} ${rolFilter}
      AND (sc.tot IS NULL OR sc.tot > ${now}))`;
  switch (user.rol) {
    case "TEAMLEIDER":
      return org;
    case "BEGELEIDER":
      return Prisma.sql`(${org} AND ${actiefVoor(Prisma.empty)})`;
    case "VRIJWILLIGER":
      return Prisma.sql`(${org} AND ${actiefVoor(Prisma.sql`AND sc.rol = 'MAATJE'`)})`;
    case "CONSULENT":
      return user.gemeenteIds.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`(${org} AND ${i}."gemeenteId" IN (${Prisma.join(user.gemeenteIds)}))`;
    case "BEHEERDER":
      return Prisma.sql`FALSE`;
  }
}
