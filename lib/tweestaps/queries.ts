import "server-only";
import { assertCan, gebruikerScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";

/** For the beheerder's account page: whether someone in their organisation has the app set up. */
export async function tweestapsVan(user: SessionUser, id: string) {
  assertCan(user, "gebruiker:beheren");
  const g = await db().gebruiker.findFirst({ where: { id, ...gebruikerScope(user) }, select: { tweestapsSinds: true } });
  return { sinds: g?.tweestapsSinds ?? null };
}
