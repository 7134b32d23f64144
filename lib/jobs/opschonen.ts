import "server-only";
import type { Db } from "@/lib/db";

/**
 * Pruning of sign-in bookkeeping (docs/decisions/014), run by the scheduler
 * (lib/jobs/planner.ts). Kept long enough to matter, no longer:
 * - LoginPoging: 30 days (the lock-out looks back LOGIN_WINDOW_MINUTES; the
 *   rest is for looking into an incident; the audit trail keeps the events);
 * - Sessie: a day after it ended or expired (an ended session never comes back;
 *   its sign-in and sign-out stay in the audit trail).
 */
export const POGINGEN_BEWAREN_DAGEN = 30;
export const SESSIES_BEWAREN_DAGEN = 1;

export async function ruimInlogGegevensOp(prisma: Db, now = new Date()): Promise<{ pogingen: number; sessies: number }> {
  const pogingenVoor = new Date(now.getTime() - POGINGEN_BEWAREN_DAGEN * 86_400_000);
  const sessiesVoor = new Date(now.getTime() - SESSIES_BEWAREN_DAGEN * 86_400_000);
  const [pogingen, sessies] = await prisma.$transaction([
    prisma.loginPoging.deleteMany({ where: { createdAt: { lt: pogingenVoor } } }),
    prisma.sessie.deleteMany({ where: { OR: [{ beeindigdOp: { lt: sessiesVoor } }, { verlooptOp: { lt: sessiesVoor } }] } }),
  ]);
  return { pogingen: pogingen.count, sessies: sessies.count };
}
