import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { getRequestContext } from "@/lib/request-context";

export interface AuditEntry {
  actie: string;
  gebruiker?: { id: string; organisatieId: string } | null;
  organisatieId?: string | null;
  entiteit?: string;
  entiteitId?: string;
  inburgeraarId?: string;
  details?: Prisma.InputJsonValue;
}

/**
 * Append one row to the audit trail. Pass the transaction that makes the
 * change, so the change and its audit row commit or fail together.
 */
export async function audit(entry: AuditEntry, tx: Tx = db()): Promise<void> {
  const ctx = await getRequestContext();
  await tx.auditLog.create({
    data: {
      actie: entry.actie,
      gebruikerId: entry.gebruiker?.id ?? null,
      organisatieId: entry.organisatieId ?? entry.gebruiker?.organisatieId ?? null,
      entiteit: entry.entiteit,
      entiteitId: entry.entiteitId,
      inburgeraarId: entry.inburgeraarId,
      details: entry.details,
      ip: ctx.ip,
      requestId: ctx.requestId,
    },
  });
}

/**
 * Records that a user looked at (a part of) a dossier. Each dossier page
 * records its own view: Next keeps the dossier layout mounted between tabs.
 */
export async function auditDossierBekeken(
  user: { id: string; organisatieId: string },
  inburgeraarId: string,
  onderdeel: string,
  details: Record<string, Prisma.InputJsonValue> = {},
): Promise<void> {
  await audit({
    actie: "inburgeraar.bekeken",
    gebruiker: user,
    entiteit: "Inburgeraar",
    entiteitId: inburgeraarId,
    inburgeraarId,
    details: { onderdeel, ...details },
  });
}
