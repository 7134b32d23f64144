import "server-only";
import { z } from "zod";
import { assertCan, type SessionUser } from "@/lib/authz";
import { auditDossierBekeken } from "@/lib/audit";
import { decryptBsn } from "@/lib/crypto/bsn";
import { db } from "@/lib/db";
import { loadInburgeraar } from "./laad";

const schema = z.object({ inburgeraarId: z.string().trim().min(1).max(100) });

/**
 * The BSN is masked everywhere; this reveals it once, on request, to a role
 * that needs it, and records that in the audit trail. It never goes in a URL.
 */
export async function toonBsn(user: SessionUser, input: unknown): Promise<{ bsn: string | null }> {
  assertCan(user, "inburgeraar:bsn-zien");
  const { inburgeraarId } = schema.parse(input);
  const r = await loadInburgeraar(db(), { user, id: inburgeraarId, need: ["bsn"], select: { bsnVersleuteld: true } });
  if (!r.bsnVersleuteld) return { bsn: null };
  await auditDossierBekeken(user, inburgeraarId, "bsn", { bsnGetoond: true });
  return { bsn: decryptBsn(r.bsnVersleuteld) };
}
