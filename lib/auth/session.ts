import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { SessionUser } from "@/lib/authz";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { laadSessie, type SessieCheck } from "./sessie";

const COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

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

/** The signed-in user, or null. Cached for the duration of one request. */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const result = await loadCurrent();
  return result.ok ? result.user : null;
}

/** For pages and layouts: the user, or a redirect to the login page. */
export async function requireUser(): Promise<SessionUser> {
  const result = await loadCurrent();
  if (result.ok) return result.user;
  redirect(result.reden === "VERLOPEN" ? "/login?reden=VERLOPEN" : "/login");
}

/** For server actions and route handlers: the user, or an AppError. */
export async function requireActionUser(): Promise<SessionUser> {
  const result = await loadCurrent();
  if (result.ok) return result.user;
  throw new AppError("NIET_INGELOGD");
}
