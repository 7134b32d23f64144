import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, dossierZicht, deelScope, inburgeraarScope, toestemmingGeldig, toestemmingNodigVoor, type DossierDeel, type DossierZicht, type SessionUser } from "@/lib/authz";
import { auditGeweigerd } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";

/**
 * The one way to load a dossier: the user's scope (organisation, assignment,
 * gemeente) AND the visibility of every part the caller needs (consent for a
 * consulent, role for a volunteer), in the database query. A dossier out of
 * reach, or a part the user may not see, is "not found" and the refusal is
 * audited; nothing is loaded first and checked afterwards.
 */
export async function loadInburgeraar<S extends Prisma.InburgeraarSelect>(
  tx: Tx,
  opties: { user: SessionUser; id: string; need: readonly DossierDeel[]; select: S; now?: Date },
): Promise<Prisma.InburgeraarGetPayload<{ select: S }>> {
  const { user, id, need, select, now = new Date() } = opties;
  assertCan(user, "inburgeraar:lezen");
  const row = await tx.inburgeraar.findFirst({
    where: { AND: [{ id }, inburgeraarScope(user, now), ...need.map((deel) => deelScope(user, deel, now))] },
    select,
  });
  if (!row) {
    // Only on the refusal path: was it the dossier, or a part of it?
    const inBereik = need.some((d) => d !== "basis") && (await tx.inburgeraar.count({ where: { AND: [{ id }, inburgeraarScope(user, now)] } })) > 0;
    await auditGeweigerd(user, { entiteit: "Inburgeraar", entiteitId: id, reden: inBereik ? "geen-toestemming" : "buiten-bereik", onderdeel: need.join(",") });
    const fout = notFound();
    fout.geaudit = true;
    throw fout;
  }
  return row as Prisma.InburgeraarGetPayload<{ select: S }>;
}

/**
 * Which parts of this dossier the user sees, for pages that show several parts
 * (the Overzicht, the header). One query: the scope plus, for roles whose view
 * depends on consent, the consent subjects in force today.
 */
export async function laadDossierZicht(user: SessionUser, id: string, now = new Date(), tx: Tx = db()): Promise<DossierZicht> {
  const onderwerpen = toestemmingNodigVoor(user);
  const row = await loadInburgeraar(tx, {
    user,
    id,
    need: ["basis"],
    now,
    select: {
      id: true,
      // Roles whose view does not depend on consent ask for no rows.
      toestemmingen: { where: onderwerpen.length ? { OR: onderwerpen.map((o) => toestemmingGeldig(o, now)) } : { id: { in: [] } }, select: { onderwerp: true } },
    },
  });
  return dossierZicht(user, row.toestemmingen.map((t) => t.onderwerp));
}

/**
 * The refusal of a hot read that loads a dossier part in one raw query
 * (docs/decisions/019) and found nothing: the same "not found" and the same
 * refusal audit as laadDossierZicht followed by loadInburgeraar with `need`
 * (out of reach: "buiten-bereik" for "basis"; in reach without the part:
 * "geen-toestemming" for `need`). Only on the refusal path.
 */
export async function weigerDossierDeel(user: SessionUser, id: string, need: readonly DossierDeel[], now = new Date()): Promise<never> {
  await laadDossierZicht(user, id, now);
  await loadInburgeraar(db(), { user, id, need, now, select: { id: true } });
  // Both passed: the dossier came into reach between the two reads. Still "not found" for this request.
  throw notFound();
}

/**
 * laadDossierZicht for a loader that loads the dossier through loadInburgeraar
 * with need ["basis"] right after (the same scope check and the same refusal):
 * for a role whose view depends on no consent (toestemmingNodigVoor is empty)
 * the view is known without a query, so it saves one round trip; otherwise it
 * is laadDossierZicht.
 */
export async function dossierZichtVoorLaden(user: SessionUser, id: string, now = new Date()): Promise<DossierZicht> {
  return toestemmingNodigVoor(user).length === 0 ? dossierZicht(user, []) : laadDossierZicht(user, id, now);
}
