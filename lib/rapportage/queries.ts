import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { audit } from "@/lib/audit";
import { assertCan, rapportageScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { leesSql } from "@/lib/db/lees";
import { rapportageScopeSql } from "@/lib/authz/sql-scope";
import { notFound } from "@/lib/errors";
import { laadDossierZicht, loadInburgeraar } from "@/lib/inburgeraar/laad";
import { genereerRapportage } from "./genereer";
import { leesInhoud, zichtbareInhoud } from "./inhoud";

/** The begeleider's report page: a fresh preview and the versions shared before. */
export async function rapportageVoorbereiding(user: SessionUser, inburgeraarId: string, now = new Date()) {
  assertCan(user, "rapportage:delen");
  const voorbeeld = await genereerRapportage(db(), user, inburgeraarId, now);
  const versies = await rapportageVersies(user, inburgeraarId, now);
  return { ...voorbeeld, versies };
}

/** Shared versions of one dossier's reports that this user may read, newest first. */
export async function rapportageVersies(user: SessionUser, inburgeraarId: string, now = new Date()) {
  assertCan(user, "rapportage:lezen");
  // The dossier itself, with its reports part visible (for a consulent: VOORTGANG consent), or "not found".
  await loadInburgeraar(db(), { user, id: inburgeraarId, need: ["rapportages"], now, select: { id: true } });
  return db().voortgangsrapportage.findMany({
    where: { AND: [{ inburgeraarId }, rapportageScope(user, now)] },
    orderBy: { versie: "desc" },
    take: 50,
    select: { id: true, versie: true, gedeeldOp: true, toelichting: true, gedeeldDoor: { select: { naam: true } } },
  });
}

/**
 * One shared version, scoped (for a consulent: VOORTGANG consent in force
 * today), with only the sections the reader may see today. Audited.
 */
export async function getRapportage(user: SessionUser, id: string, opties: { pdf?: boolean } = {}, now = new Date()) {
  assertCan(user, "rapportage:lezen");
  const r = await db().voortgangsrapportage.findFirst({
    where: { AND: [{ id }, rapportageScope(user, now)] },
    select: { id: true, inburgeraarId: true, versie: true, inhoud: true, toelichting: true, gedeeldOp: true, gedeeldDoor: { select: { naam: true } } },
  });
  if (!r) throw notFound();
  const inhoud = leesInhoud(r.inhoud);
  if (!inhoud) throw notFound();
  const zicht = await laadDossierZicht(user, r.inburgeraarId, now);
  await audit({ actie: "rapportage.bekeken", gebruiker: user, entiteit: "Voortgangsrapportage", entiteitId: r.id, inburgeraarId: r.inburgeraarId, details: { versie: r.versie, pdf: Boolean(opties.pdf) } });
  return { ...r, inhoud: zichtbareInhoud(inhoud, zicht) };
}

/** The consulent's latest shared reports, across their gemeenten. */
export async function recenteRapportages(user: SessionUser, now = new Date()) {
  assertCan(user, "rapportage:lezen");
  // Raw SQL: on the consulent's start page with every visit (docs/decisions/020).
  const rijen = await leesSql<{ id: string; versie: number; gedeeldOp: Date; inburgeraarId: string; voornaam: string; achternaam: string }[]>(Prisma.sql`
    SELECT r.id, r.versie, r."gedeeldOp", i.id AS "inburgeraarId", i.voornaam, i.achternaam
      FROM "Voortgangsrapportage" r JOIN "Inburgeraar" i ON i.id = r."inburgeraarId"
     WHERE ${rapportageScopeSql(user, now)}
     ORDER BY r."gedeeldOp" DESC
     LIMIT 8`);
  return rijen.map((r) => ({ id: r.id, versie: r.versie, gedeeldOp: r.gedeeldOp, inburgeraar: { id: r.inburgeraarId, voornaam: r.voornaam, achternaam: r.achternaam } }));
}
