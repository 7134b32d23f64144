import "server-only";
import { assertCan, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { sessieVerlopen } from "@/lib/auth/session";

/**
 * The signed-in user's own active sessions (browsers and devices), newest
 * activity first, the current one marked. Only their own: the where-clause
 * holds their id. Ended or expired ones are not listed.
 */
export async function mijnSessies(user: SessionUser, now = new Date()) {
  const [sessies, organisatie] = await Promise.all([
    db().sessie.findMany({
      where: { gebruikerId: user.id, beeindigdOp: null, verlooptOp: { gt: now } },
      select: { id: true, aangemaaktOp: true, laatsteActiviteit: true, verlooptOp: true, ip: true, userAgent: true },
      orderBy: { laatsteActiviteit: "desc" },
      take: 50,
    }),
    db().organisatie.findUniqueOrThrow({ where: { id: user.organisatieId }, select: { sessieInactiefMinuten: true, sessieMaxUren: true } }),
  ]);
  return sessies
    .filter((s) => s.id === user.sessieId || !sessieVerlopen(s, organisatie, now))
    .map((s) => ({ ...s, isHuidig: s.id === user.sessieId }));
}

/** The two-factor state of the signed-in user, for Mijn account. */
export async function mijnTweestaps(user: SessionUser) {
  const over = await db().tweestapsHerstelcode.count({ where: { gebruikerId: user.id, gebruiktOp: null } });
  const g = await db().gebruiker.findUniqueOrThrow({ where: { id: user.id }, select: { tweestapsSinds: true } });
  return { sinds: g.tweestapsSinds, herstelcodesOver: over };
}

/** The organisation's session settings, for the beheer form. */
export async function sessieInstellingen(user: SessionUser) {
  assertCan(user, "gebruiker:beheren");
  return db().organisatie.findUniqueOrThrow({
    where: { id: user.organisatieId },
    select: { sessieInactiefMinuten: true, sessieMaxUren: true, sessieVersion: true },
  });
}
