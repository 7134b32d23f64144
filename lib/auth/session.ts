import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { can, type Permission, type SessionUser } from "@/lib/authz";
import { SESSION_USER_SELECT, toSessionUser } from "@/lib/authz/user";
import { db } from "@/lib/db";
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

export async function startSessie(gebruikerId: string, ip: string | null, userAgent: string | null, now = new Date()) {
  const sessie = await db().$transaction(async (tx) => {
    const created = await tx.sessie.create({
      data: {
        gebruikerId,
        ip,
        userAgent: userAgent?.slice(0, 300) ?? null,
        aangemaaktOp: now,
        laatsteActiviteit: now,
        verlooptOp: new Date(now.getTime() + env.SESSION_MAX_HOURS * 3_600_000),
      },
    });
    const gebruiker = await tx.gebruiker.update({ where: { id: gebruikerId }, data: { laatstIngelogdOp: now } });
    await tx.auditLog.create({
      data: { actie: "login.gelukt", gebruikerId, organisatieId: gebruiker.organisatieId, ip, entiteit: "Sessie", entiteitId: created.id },
    });
    return created;
  });
  return sessie.id;
}

export async function beeindigSessie(sessieId: string, now = new Date()) {
  await db().sessie.updateMany({ where: { id: sessieId, beeindigdOp: null }, data: { beeindigdOp: now } });
}

export type SessieCheck = { ok: true; user: SessionUser } | { ok: false; reden: "GEEN" | "VERLOPEN" };

/**
 * Loads the user behind a session id, enforcing sign-out, absolute expiry,
 * idle timeout and deactivation.
 */
export async function laadSessie(sessieId: string, now = new Date()): Promise<SessieCheck> {
  const sessie = await db().sessie.findUnique({
    where: { id: sessieId },
    select: { id: true, beeindigdOp: true, verlooptOp: true, laatsteActiviteit: true, gebruiker: { select: SESSION_USER_SELECT } },
  });
  if (!sessie || sessie.beeindigdOp || !sessie.gebruiker.actief) return { ok: false, reden: "GEEN" };
  const idleLimit = env.SESSION_IDLE_MINUTES * 60_000;
  if (sessie.verlooptOp <= now || now.getTime() - sessie.laatsteActiviteit.getTime() > idleLimit) {
    await beeindigSessie(sessie.id, now);
    return { ok: false, reden: "VERLOPEN" };
  }
  if (now.getTime() - sessie.laatsteActiviteit.getTime() > ACTIVITY_WRITE_INTERVAL_MS) {
    await db().sessie.update({ where: { id: sessie.id }, data: { laatsteActiviteit: now } });
  }
  return { ok: true, user: toSessionUser(sessie.gebruiker, sessie.id) };
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
}

/**
 * For pages and layouts (also RSC and client-side navigation, which skip
 * layouts): the user, or a redirect to the login page, or to /wachtwoord while
 * a temporary password must still be replaced. With a permission, a user
 * without it gets the not-found page: pages outside a role do not exist for it.
 */
export async function requireUser(permission?: Permission, opties: SessieOpties = {}): Promise<SessionUser> {
  const result = await loadCurrent();
  if (!result.ok) redirect(result.reden === "VERLOPEN" ? `${paden.login()}?reden=VERLOPEN` : paden.login());
  const user = result.user;
  if (user.moetWachtwoordWijzigen && !opties.tijdelijkWachtwoordToegestaan) redirect(paden.wachtwoord());
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
  if (result.user.moetWachtwoordWijzigen && !opties.tijdelijkWachtwoordToegestaan) throw new AppError("WACHTWOORD_WIJZIGEN");
  return result.user;
}
