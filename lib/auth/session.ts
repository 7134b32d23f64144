import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { can, openStap, type Permission, type SessieStap, type SessionUser } from "@/lib/authz";
import { toSessionUser } from "@/lib/authz/user";
import { db } from "@/lib/db";
import { leesSql } from "@/lib/db/lees";
import type { Rol, TweestapsMethode } from "@/lib/db/generated/enums";
import { env } from "@/lib/env";
import { sessieCookieNaam } from "./cookies";
import { auditGeweigerd } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { paden } from "@/lib/routes";

/**
 * Sessions live in the database (see docs/decisions/002): the JWT cookie only
 * carries a Sessie id, so sign-out, expiry, idle timeout and deactivation are
 * decided here on every request, the same on every app instance.
 */

// Writing the activity time on every request would be wasteful; once a minute is enough.
const ACTIVITY_WRITE_INTERVAL_MS = 60_000;

/**
 * Starts a session. `tweestaps`: the second step was already passed while
 * signing in (a code sent with the password, or the identity provider's MFA);
 * otherwise the session must still pass it (lib/authz/sessie-stap.ts).
 * The absolute lifetime comes from the organisation (Organisatie.sessieMaxUren).
 */
export async function startSessie(
  gebruikerId: string,
  ip: string | null,
  userAgent: string | null,
  now = new Date(),
  tweestaps: TweestapsMethode | null = null,
) {
  const sessie = await db().$transaction(async (tx) => {
    const gebruiker = await tx.gebruiker.update({
      where: { id: gebruikerId },
      data: { laatstIngelogdOp: now },
      select: { organisatieId: true, organisatie: { select: { sessieMaxUren: true } } },
    });
    const created = await tx.sessie.create({
      data: {
        gebruikerId,
        ip,
        userAgent: userAgent?.slice(0, 300) ?? null,
        aangemaaktOp: now,
        laatsteActiviteit: now,
        verlooptOp: new Date(now.getTime() + gebruiker.organisatie.sessieMaxUren * 3_600_000),
        ...(tweestaps ? { tweestapsOp: now, tweestapsMethode: tweestaps } : {}),
      },
    });
    await tx.auditLog.create({
      data: { actie: "login.gelukt", gebruikerId, organisatieId: gebruiker.organisatieId, ip, entiteit: "Sessie", entiteitId: created.id },
    });
    if (tweestaps) {
      await tx.auditLog.create({
        data: { actie: "tweestaps.gelukt", gebruikerId, organisatieId: gebruiker.organisatieId, ip, entiteit: "Sessie", entiteitId: created.id, details: { methode: tweestaps } },
      });
    }
    return created;
  });
  return sessie.id;
}

export async function beeindigSessie(sessieId: string, now = new Date()) {
  await db().sessie.updateMany({ where: { id: sessieId, beeindigdOp: null }, data: { beeindigdOp: now } });
}

export type SessieCheck = { ok: true; user: SessionUser } | { ok: false; reden: "GEEN" | "VERLOPEN" };

/** Why a session is over at `now`, or null while it lasts: the organisation's idle timeout and absolute lifetime. Pure. */
export function sessieVerlopen(
  sessie: { aangemaaktOp: Date; laatsteActiviteit: Date; verlooptOp: Date },
  organisatie: { sessieInactiefMinuten: number; sessieMaxUren: number },
  now: Date,
): "INACTIEF" | "MAXIMUM" | null {
  // The end set at sign-in, and the organisation's current maximum (a beheerder may have lowered it since).
  const einde = Math.min(sessie.verlooptOp.getTime(), sessie.aangemaaktOp.getTime() + organisatie.sessieMaxUren * 3_600_000);
  if (now.getTime() >= einde) return "MAXIMUM";
  if (now.getTime() - sessie.laatsteActiviteit.getTime() > organisatie.sessieInactiefMinuten * 60_000) return "INACTIEF";
  return null;
}

/**
 * Loads the user behind a session id, enforcing sign-out, absolute expiry,
 * idle timeout (both per organisation) and deactivation. `now` is injectable,
 * so tests move the clock instead of waiting.
 */
export async function laadSessie(sessieId: string, now = new Date()): Promise<SessieCheck> {
  // ONE statement, on every request: sessie, gebruiker, organisatie and gemeenten. Raw SQL, not
  // Prisma: Prisma 6 compiles each query in its Wasm query compiler on every call (no plan cache
  // before Prisma 7.4), which cost 2.3 ms of CPU here against 0.8 ms for the same statement
  // (docs/decisions/020). A write follows only to end an expired session or, at most once a
  // minute, to record activity.
  const [rij] = await leesSql<SessieRij[]>(Prisma.sql`
    SELECT s.id, s."beeindigdOp", s."aangemaaktOp", s."verlooptOp", s."laatsteActiviteit", s."tweestapsOp",
           g.id AS "gebruikerId", g.naam, g.email, g.rol::text AS rol, g.actief, g."teamId", g."organisatieId",
           g."moetWachtwoordWijzigen", g."tweestapsSinds",
           o.naam AS "organisatieNaam", o."sessieInactiefMinuten", o."sessieMaxUren",
           COALESCE((SELECT json_agg(json_build_object('gemeenteId', gg."gemeenteId", 'naam', gm.naam) ORDER BY gm.naam)
                       FROM "GebruikerGemeente" gg JOIN "Gemeente" gm ON gm.id = gg."gemeenteId"
                      WHERE gg."gebruikerId" = g.id), '[]'::json) AS gemeenten
      FROM "Sessie" s
      JOIN "Gebruiker" g ON g.id = s."gebruikerId"
      JOIN "Organisatie" o ON o.id = g."organisatieId"
     WHERE s.id = ${sessieId}`);
  if (!rij || rij.beeindigdOp || !rij.actief) return { ok: false, reden: "GEEN" };
  if (sessieVerlopen(rij, rij, now)) {
    await beeindigSessie(rij.id, now);
    return { ok: false, reden: "VERLOPEN" };
  }
  if (now.getTime() - rij.laatsteActiviteit.getTime() > ACTIVITY_WRITE_INTERVAL_MS) {
    await db().sessie.update({ where: { id: rij.id }, data: { laatsteActiviteit: now } });
  }
  const gebruiker = {
    id: rij.gebruikerId,
    naam: rij.naam,
    email: rij.email,
    rol: rij.rol,
    teamId: rij.teamId,
    organisatieId: rij.organisatieId,
    moetWachtwoordWijzigen: rij.moetWachtwoordWijzigen,
    tweestapsSinds: rij.tweestapsSinds,
    organisatie: { naam: rij.organisatieNaam },
    gemeenten: rij.gemeenten.map((x) => ({ gemeenteId: x.gemeenteId, gemeente: { naam: x.naam } })),
  };
  return { ok: true, user: toSessionUser(gebruiker, rij.id, rij.tweestapsOp) };
}

/** One row of laadSessie's statement. */
interface SessieRij {
  id: string;
  beeindigdOp: Date | null;
  aangemaaktOp: Date;
  verlooptOp: Date;
  laatsteActiviteit: Date;
  tweestapsOp: Date | null;
  gebruikerId: string;
  naam: string;
  email: string;
  rol: Rol;
  actief: boolean;
  teamId: string | null;
  organisatieId: string;
  moetWachtwoordWijzigen: boolean;
  tweestapsSinds: Date | null;
  organisatieNaam: string;
  sessieInactiefMinuten: number;
  sessieMaxUren: number;
  gemeenten: { gemeenteId: string; naam: string }[];
}

// ─────────────────────────── the current request ───────────────────────────

// Only the one name for how the app is served: under https a plain or `__Secure-` cookie is not ours (lib/auth/cookies.ts).
const COOKIE_NAMES = [sessieCookieNaam(env.isHttps)];

async function readSessieId(): Promise<string | null> {
  const jar = await cookies();
  for (const name of COOKIE_NAMES) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    try {
      const token = await decode({ token: value, secret: env.NEXTAUTH_SECRET });
      if (token?.sid) return token.sid;
    } catch {
      return null;
    }
  }
  return null;
}

const loadCurrent = cache(async (): Promise<SessieCheck> => {
  const sid = await readSessieId();
  if (!sid) return { ok: false, reden: "GEEN" };
  return laadSessie(sid);
});

/** The signed-in user, or null (also for a session that must still change its password). */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const result = await loadCurrent();
  return result.ok ? result.user : null;
}

interface SessieOpties {
  /** Only the password-change page and action accept a session with a temporary password. */
  tijdelijkWachtwoordToegestaan?: boolean;
  /** The page or action of one sign-in step (lib/authz/sessie-stap.ts) accepts a session at that step. */
  stap?: Exclude<SessieStap, "klaar" | "wachtwoord">;
}

const STAP_PAD: Record<Exclude<SessieStap, "klaar">, () => string> = {
  tweestaps: paden.tweestaps,
  wachtwoord: paden.wachtwoord,
  "tweestaps-instellen": paden.tweestapsInstellen,
};

/**
 * The sign-in step this session must still take before it may have what it
 * asks for, or null when it may. The one check, for pages and actions alike:
 * the decision itself is lib/authz's openStap.
 */
function openStapVoor(user: SessionUser, opties: SessieOpties): Exclude<SessieStap, "klaar"> | null {
  const stap = openStap(user);
  if (stap === "klaar") return null;
  if (stap === "wachtwoord" && opties.tijdelijkWachtwoordToegestaan) return null;
  if (stap === opties.stap) return null;
  return stap;
}

/**
 * For pages and layouts (also RSC and client-side navigation, which skip
 * layouts): the user, or a redirect to the login page, or to the sign-in step
 * the session must still take (the code from the authenticator app, a new
 * password, setting up the app). With a permission, a user without it gets the
 * not-found page: pages outside a role do not exist for it.
 */
export async function requireUser(permission?: Permission, opties: SessieOpties = {}): Promise<SessionUser> {
  const result = await loadCurrent();
  if (!result.ok) redirect(result.reden === "VERLOPEN" ? `${paden.login()}?reden=VERLOPEN` : paden.login());
  const user = result.user;
  const stap = openStapVoor(user, opties);
  if (stap) redirect(STAP_PAD[stap]());
  if (permission && !can(user, permission)) {
    // A page outside the role does not exist for it; the attempt is recorded.
    await auditGeweigerd(user, { entiteit: "Pagina", entiteitId: permission, reden: "geen-recht" });
    notFound();
  }
  return user;
}

/** For server actions and route handlers: the user, or an AppError the kit turns into Dutch. */
export async function requireActionUser(opties: SessieOpties = {}): Promise<SessionUser> {
  const result = await loadCurrent();
  if (!result.ok) throw new AppError("NIET_INGELOGD");
  const stap = openStapVoor(result.user, opties);
  if (stap === "wachtwoord") throw new AppError("WACHTWOORD_WIJZIGEN");
  if (stap) throw new AppError("TWEESTAPS_NODIG");
  return result.user;
}
