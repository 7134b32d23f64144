import type { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/authz";

/**
 * The organisations that can be chosen for one person (a plan actie, a
 * doorverwijzing, a warme overdracht, a consent to share): active, of the
 * user's organisation, for the person's gemeente or for every gemeente.
 * One where-clause, so every picker and every write checks the same thing.
 */
export function kiesbaarVoorGemeente(user: Pick<SessionUser, "organisatieId">, gemeenteId: string): Prisma.SocialeKaartOrganisatieWhereInput {
  return { organisatieId: user.organisatieId, actief: true, OR: [{ gemeenteId: null }, { gemeenteId }] };
}
