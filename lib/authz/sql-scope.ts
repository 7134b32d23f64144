import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { ToestemmingOnderwerp } from "@/lib/db/generated/enums";
import { vandaag as vandaagIn } from "@/lib/tijd";
import { can } from "./policy";
import type { SessionUser } from "./user";
import { deelToegang, type DossierDeel } from "./zicht";

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
      return user.gemeenteIds.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`(${org} AND ${i}."gemeenteId" = ANY(${user.gemeenteIds}::text[]))`;
    case "BEHEERDER":
      return Prisma.sql`FALSE`;
  }
}

/**
 * toestemmingGeldig (./zicht.ts) for the gemeente's consulenten as a SQL
 * condition: a consent row for `onderwerp` in force on `vandaag` exists for the
 * person `alias`. For lists filtered and paged in SQL (the consulent's voortgang).
 */
export function toestemmingConsulentSql(onderwerp: ToestemmingOnderwerp, vandaag: string, alias = "i"): Prisma.Sql {
  const i = Prisma.raw(`"${alias.replaceAll('"', "")}"`);
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "Toestemming" ts
     WHERE ts."inburgeraarId" = ${i}.id AND ts.onderwerp = ${onderwerp}::"ToestemmingOnderwerp" AND ts.ontvanger = 'CONSULENT_GEMEENTE'
       AND ts."gegevenOp" <= ${vandaag}::date
       AND (ts."geldigTot" IS NULL OR ts."geldigTot" >= ${vandaag}::date)
       AND (ts."ingetrokkenOp" IS NULL OR ts."ingetrokkenOp" > ${vandaag}::date))`;
}

/**
 * deelScope (./zicht.ts) as a SQL condition on the Inburgeraar row `alias`: the
 * part always, never, or while consent for its subject to the gemeente's
 * consulenten is in force today (toestemmingGeldig). `vandaag` is today's
 * calendar date in Europe/Amsterdam ("YYYY-MM-DD").
 */
export function deelScopeSql(user: SessionUser, deel: DossierDeel, vandaag: string, alias = "i"): Prisma.Sql {
  const toegang = deelToegang(user, deel);
  if (toegang === "ja") return Prisma.sql`TRUE`;
  if (toegang === "nee") return Prisma.sql`FALSE`;
  return toestemmingConsulentSql(toegang, vandaag, alias);
}

/**
 * verslagScope (./zicht.ts) as a SQL condition on the Afspraak `afspraak` of
 * the dossier `inburgeraar`: may this user read its onderwerp and verslag. The
 * "verslagen" part of the dossier (deelScopeSql), and for a volunteer only
 * their own afspraken and those the begeleider shared with the maatje.
 */
export function verslagScopeSql(user: SessionUser, vandaag: string, afspraak = "a", inburgeraar = "i"): Prisma.Sql {
  const a = Prisma.raw(`"${afspraak.replaceAll('"', "")}"`);
  const deel = deelScopeSql(user, "verslagen", vandaag, inburgeraar);
  if (user.rol !== "VRIJWILLIGER") return deel;
  return Prisma.sql`(${deel} AND (${a}."medewerkerId" = ${user.id} OR ${a}."gelogdDoorId" = ${user.id} OR ${a}."deelMetMaatje"))`;
}

/**
 * overdrachtScope (./delen.ts) as a SQL condition on the Overdracht `overdracht`
 * of the person `inburgeraar` (both joined by the query). It must let through
 * exactly the rows the Prisma scope does; tests/integration/overdracht-open.test.ts
 * checks that for every role.
 */
export function overdrachtScopeSql(user: SessionUser, now: Date, overdracht = "o", inburgeraar = "i"): Prisma.Sql {
  const o = Prisma.raw(`"${overdracht.replaceAll('"', "")}"`);
  const i = Prisma.raw(`"${inburgeraar.replaceAll('"', "")}"`);
  const org = Prisma.sql`${i}."organisatieId" = ${user.organisatieId}`;
  if (!can(user, "overdracht:ontvangen")) return Prisma.sql`FALSE`;
  if (can(user, "overdracht:alle-open-zien")) return org;
  if (can(user, "overdracht:maken")) {
    return Prisma.sql`(${org} AND (${inburgeraarScopeSql(user, now, inburgeraar)} OR ${o}."vanId" = ${user.id} OR ${o}."naarGebruikerId" = ${user.id}))`;
  }
  if (can(user, "overdracht:intern-ontvangen")) {
    return Prisma.sql`(${org} AND ${o}.type = 'INTERN' AND (${o}."vanId" = ${user.id} OR ${o}."naarGebruikerId" = ${user.id}))`;
  }
  return Prisma.sql`(${o}.type = 'CONSULENT' AND ${o}.status <> 'CONCEPT' AND ${inburgeraarScopeSql(user, now, inburgeraar)} AND ${deelScopeSql(user, "rapportages", vandaagIn(now), inburgeraar)})`;
}

/** teOntvangenScope (./delen.ts) as SQL: the overdrachten this user can acknowledge. */
export function teOntvangenScopeSql(user: SessionUser, now: Date, overdracht = "o", inburgeraar = "i"): Prisma.Sql {
  if (!can(user, "overdracht:ontvangen")) return Prisma.sql`FALSE`;
  const o = Prisma.raw(`"${overdracht.replaceAll('"', "")}"`);
  const adres = can(user, "voortgang:gemeente") ? Prisma.sql`${o}.type = 'CONSULENT'` : Prisma.sql`${o}."naarGebruikerId" = ${user.id}`;
  return Prisma.sql`(${overdrachtScopeSql(user, now, overdracht, inburgeraar)} AND ${adres} AND ${o}.status = 'VERSTUURD')`;
}

/** gebruikerScope (./policy.ts) as SQL on the Gebruiker `alias`: the users of the user's organisation. */
export function gebruikerScopeSql(user: SessionUser, alias = "u"): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`"${alias.replaceAll('"', "")}"`)}."organisatieId" = ${user.organisatieId}`;
}

/** gemeenteScope (./policy.ts) as SQL on the Gemeente `alias`: the organisation's, for a consulent only their own. */
export function gemeenteScopeSql(user: SessionUser, alias = "g"): Prisma.Sql {
  const g = Prisma.raw(`"${alias.replaceAll('"', "")}"`);
  const org = Prisma.sql`${g}."organisatieId" = ${user.organisatieId}`;
  if (user.rol !== "CONSULENT") return org;
  return user.gemeenteIds.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`(${org} AND ${g}.id = ANY(${user.gemeenteIds}::text[]))`;
}

/** rapportageScope (./delen.ts) as SQL on the person `inburgeraar` of a Voortgangsrapportage. */
export function rapportageScopeSql(user: SessionUser, now: Date, inburgeraar = "i"): Prisma.Sql {
  if (!can(user, "rapportage:lezen")) return Prisma.sql`FALSE`;
  return Prisma.sql`(${inburgeraarScopeSql(user, now, inburgeraar)} AND ${deelScopeSql(user, "rapportages", vandaagIn(now), inburgeraar)})`;
}

/**
 * One dossier within reach, as loadInburgeraar(…, need: ["basis"]) checks it: the person `id`, in
 * the user's scope, with the "basis" part visible. For the hot dossier reads' `WITH p AS (…)`.
 */
export function dossierInBereikSql(user: SessionUser, id: string, now: Date, alias = "i"): Prisma.Sql {
  const i = Prisma.raw(`"${alias.replaceAll('"', "")}"`);
  return Prisma.sql`${i}.id = ${id} AND ${inburgeraarScopeSql(user, now, alias)} AND ${deelScopeSql(user, "basis", vandaagIn(now), alias)}`;
}
