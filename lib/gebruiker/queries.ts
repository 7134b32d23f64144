import "server-only";
import { assertCan, gebruikerScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

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

/** One account for the beheerder's edit form. */
export async function getGebruiker(user: SessionUser, id: string) {
  assertCan(user, "gebruiker:beheren");
  const g = await db().gebruiker.findFirst({
    where: { id, ...gebruikerScope(user) },
    select: { id: true, naam: true, email: true, rol: true, teamId: true, fte: true, actief: true, version: true, gemeenten: { select: { gemeenteId: true } } },
  });
  if (!g) throw notFound();
  return { ...g, gemeenteIds: g.gemeenten.map((x) => x.gemeenteId), isZelf: g.id === user.id };
}
