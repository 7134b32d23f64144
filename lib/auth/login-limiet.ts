import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * The limit on password guesses, per account and per IP address, shared by
 * the login form and the password-change form. Counted in PostgreSQL so every
 * app instance agrees.
 *
 * Atomic: an attempt first RESERVES its place. Under a transaction-scoped
 * advisory lock per e-mail address and per IP address it counts the failures
 * in the window and, when there is room, inserts the attempt as a failure.
 * Only then is the password checked (slow, argon2id, outside the lock); a
 * right password turns the row into a success. So two guesses sent at the
 * same moment can never both see "one attempt left": the second waits for
 * the lock and counts the first. A crash between the two steps leaves a
 * failure, which is the safe side.
 */

export type LimietReden = "GEBLOKKEERD" | "TE_VEEL_POGINGEN_IP";

export type Reservering = { ok: true; pogingId: string } | { ok: false; reden: LimietReden };

export const ONBEKEND_IP = "onbekend";

export async function reserveerPoging(email: string, ip: string | null, now = new Date()): Promise<Reservering> {
  const ipKey = ip ?? ONBEKEND_IP;
  const since = new Date(now.getTime() - env.LOGIN_WINDOW_MINUTES * 60_000);
  return db().$transaction(async (tx) => {
    // Always e-mail first, then IP: one order everywhere, so two attempts cannot deadlock.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`login:email:${email}`}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`login:ip:${ipKey}`}))`;
    const accountFailures = await tx.loginPoging.count({ where: { email, gelukt: false, createdAt: { gt: since } } });
    if (accountFailures >= env.LOGIN_MAX_FAILURES_PER_ACCOUNT) return { ok: false, reden: "GEBLOKKEERD" } as const;
    const ipFailures = await tx.loginPoging.count({ where: { ip: ipKey, gelukt: false, createdAt: { gt: since } } });
    if (ipFailures >= env.LOGIN_MAX_FAILURES_PER_IP) return { ok: false, reden: "TE_VEEL_POGINGEN_IP" } as const;
    const poging = await tx.loginPoging.create({ data: { email, ip: ipKey, gelukt: false, createdAt: now }, select: { id: true } });
    return { ok: true, pogingId: poging.id } as const;
    // A burst of sign-ins queues on the locks while holding pool connections: wait for a connection
    // longer than Prisma's 2 s default instead of failing the sign-in.
  }, { maxWait: 15_000, timeout: 15_000 });
}

/** The password was right: the reserved attempt no longer counts as a failure. */
export async function markeerGelukt(pogingId: string): Promise<void> {
  await db().loginPoging.update({ where: { id: pogingId }, data: { gelukt: true } });
}
