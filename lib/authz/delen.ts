import type { Prisma } from "@/lib/db/generated/client";
import { can, inburgeraarScope, rollenMet } from "./policy";
import type { SessionUser } from "./user";
import { deelScope } from "./zicht";

/**
 * Who sees which voortgangsrapportages and overdrachten. Like every scope, a
 * where-clause: a record outside it is never loaded.
 */

const NIETS = { id: { in: [] as string[] } };

/**
 * Voortgangsrapportages: the dossier must be in reach and its "rapportages"
 * part visible — for a consulent that means VOORTGANG consent in force today,
 * so a withdrawal hides every shared version on the next request.
 */
export function rapportageScope(user: SessionUser, now = new Date()): Prisma.VoortgangsrapportageWhereInput {
  if (!can(user, "rapportage:lezen")) return NIETS;
  return { inburgeraar: { AND: [inburgeraarScope(user, now), deelScope(user, "rapportages", now)] } };
}

/**
 * Overdrachten a user may read:
 * - teamleider: every overdracht of the organisation;
 * - begeleider: those of dossiers assigned to them, and those they sent or received;
 * - vrijwilliger: intern overdrachten they sent or that are addressed to them;
 * - consulent: sent eindoverdrachten of their gemeenten, while VOORTGANG consent is in force;
 * - beheerder: none.
 */
export function overdrachtScope(user: SessionUser, now = new Date()): Prisma.OverdrachtWhereInput {
  const org = { inburgeraar: { organisatieId: user.organisatieId } };
  if (!can(user, "overdracht:ontvangen")) return NIETS;
  if (can(user, "overdracht:alle-open-zien")) return org;
  if (can(user, "overdracht:maken")) {
    return { AND: [org, { OR: [{ inburgeraar: inburgeraarScope(user, now) }, { vanId: user.id }, { naarGebruikerId: user.id }] }] };
  }
  if (can(user, "overdracht:intern-ontvangen")) {
    return { AND: [org, { type: "INTERN" }, { OR: [{ vanId: user.id }, { naarGebruikerId: user.id }] }] };
  }
  // The gemeente: only what was sent to it, within consent.
  return {
    type: "CONSULENT",
    status: { not: "CONCEPT" },
    inburgeraar: { AND: [inburgeraarScope(user, now), deelScope(user, "rapportages", now)] },
  };
}

/**
 * Overdrachten this user can acknowledge: addressed to them, or for a
 * consulent the eindoverdrachten to their gemeente (addressed to the gemeente).
 */
export function teOntvangenScope(user: SessionUser, now = new Date()): Prisma.OverdrachtWhereInput {
  if (!can(user, "overdracht:ontvangen")) return NIETS;
  const adres: Prisma.OverdrachtWhereInput = can(user, "voortgang:gemeente") ? { type: "CONSULENT" } : { naarGebruikerId: user.id };
  return { AND: [overdrachtScope(user, now), adres, { status: "VERSTUURD" }] };
}

/** Colleagues who can receive an intern overdracht: active users of the organisation in a role that guides people. */
export function interneOntvangerScope(user: SessionUser): Prisma.GebruikerWhereInput {
  return { organisatieId: user.organisatieId, actief: true, rol: { in: rollenMet("overdracht:intern-ontvangen") }, id: { not: user.id } };
}
