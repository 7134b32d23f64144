import "server-only";
import { assertCan, gebruikerScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";

export async function listGebruikers(user: SessionUser) {
  assertCan(user, "gebruiker:beheren");
  return db().gebruiker.findMany({
    where: gebruikerScope(user),
    orderBy: [{ actief: "desc" }, { naam: "asc" }],
    select: {
      id: true,
      naam: true,
      email: true,
      rol: true,
      actief: true,
      laatstIngelogdOp: true,
      team: { select: { naam: true } },
      gemeenten: { select: { gemeente: { select: { naam: true } } } },
    },
  });
}

/** Teams and gemeenten a beheerder can pick from when creating a user. */
export async function gebruikerKeuzes(user: SessionUser) {
  assertCan(user, "gebruiker:beheren");
  const [teams, gemeenten] = await Promise.all([
    db().team.findMany({ where: { organisatieId: user.organisatieId }, orderBy: { naam: "asc" }, select: { id: true, naam: true } }),
    db().gemeente.findMany({ where: { organisatieId: user.organisatieId }, orderBy: { naam: "asc" }, select: { id: true, naam: true } }),
  ]);
  return { teams, gemeenten };
}
