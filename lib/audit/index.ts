import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { getRequestContext } from "@/lib/request-context";
import type { AuditActie, AuditDetails, WeigerReden } from "./acties";

export type { AuditActie, AuditActieNaam, AuditDetails, AuditZichtbaarheid, WeigerReden } from "./acties";
export { TIJDLIJN_ZICHTBAARHEDEN, actiesMetZichtbaarheid, isZichtbaarVoor, zichtbaarhedenVan, zichtbaarheidVan } from "./acties";

/** Who did it and which record it concerns; the event itself is an AuditActie. */
export interface AuditContext {
  gebruiker?: { id: string; organisatieId: string } | null;
  organisatieId?: string | null;
  entiteit?: string;
  entiteitId?: string;
  inburgeraarId?: string;
}

export type AuditEntry = AuditActie & AuditContext;

/**
 * Append one event to the audit trail. Pass the transaction that makes the
 * change, so the change and its audit row commit or fail together. Only typed
 * events (lib/audit/acties.ts) are accepted; their sentences are made when the
 * trail is read (lib/audit/zinnen.ts).
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
      details: entry.details as Prisma.InputJsonValue | undefined,
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
  details: Omit<AuditDetails<"inburgeraar.bekeken">, "onderdeel"> = {},
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

/**
 * auditDossierBekeken as SQL, for a hot read that loads a dossier part and
 * records the view in ONE statement (docs/decisions/019): an INSERT … SELECT
 * over `bron`, the name of the query's CTE that holds the dossier only when it
 * passed the user's scope and the part's gate. So the row is written exactly
 * when the part is shown, like auditDossierBekeken after loadInburgeraar. Use
 * it as a data-modifying CTE (`WITH p AS (…), bekeken AS (${sql}) SELECT …`).
 */
export async function dossierBekekenSql(user: { id: string; organisatieId: string }, inburgeraarId: string, onderdeel: string, bron: string): Promise<Prisma.Sql> {
  return auditSql({ actie: "inburgeraar.bekeken", gebruiker: user, entiteit: "Inburgeraar", entiteitId: inburgeraarId, inburgeraarId, details: { onderdeel } }, bron);
}

/**
 * audit() as SQL, for a hot write that changes its row and writes the audit row
 * in ONE statement (docs/decisions/022). The row is exactly the one audit()
 * writes for the same entry: the same columns, the details as JSON, the
 * request's ip and requestId, the organisation of the entry or else of the
 * user. With `bron` it is an INSERT … SELECT over that CTE, one audit row per
 * row the CTE returns (none when the write changed nothing):
 * `WITH ins AS (INSERT … RETURNING id) ${await auditSql(entry, "ins")}`.
 * Without `bron` it is a plain INSERT of one row.
 */
export async function auditSql(entry: AuditEntry, bron?: string): Promise<Prisma.Sql> {
  const ctx = await getRequestContext();
  const details = entry.details === undefined ? Prisma.sql`NULL` : Prisma.sql`${JSON.stringify(entry.details)}::jsonb`;
  const waarden = Prisma.sql`${new Date()}, ${entry.organisatieId ?? entry.gebruiker?.organisatieId ?? null}, ${entry.gebruiker?.id ?? null}, ${entry.actie},
    ${entry.entiteit ?? null}, ${entry.entiteitId ?? null}, ${entry.inburgeraarId ?? null}, ${details}, ${ctx.ip}, ${ctx.requestId}`;
  const kolommen = Prisma.sql`INSERT INTO "AuditLog" ("createdAt", "organisatieId", "gebruikerId", actie, entiteit, "entiteitId", "inburgeraarId", details, ip, "requestId")`;
  return bron === undefined
    ? Prisma.sql`${kolommen} VALUES (${waarden})`
    : Prisma.sql`${kolommen} SELECT ${waarden} FROM ${Prisma.raw(`"${bron.replaceAll('"', "")}"`)}`;
}

/**
 * Records a refused attempt to load a record (a dossier out of reach, a part
 * without consent). Written in the user's organisation with the requested id as
 * entiteitId and no inburgeraarId, so it never joins a dossier's timeline and
 * says nothing about a record in another organisation.
 *
 * Writes on its own connection, not in a transaction: call it after the
 * refused load's transaction is over (or with none), so the refusal's rollback
 * does not take the row with it.
 */
export async function auditGeweigerd(
  user: { id: string; organisatieId: string },
  poging: { entiteit: string; entiteitId: string; reden: WeigerReden; onderdeel?: string },
): Promise<void> {
  await audit({
    actie: "toegang.geweigerd",
    gebruiker: user,
    entiteit: poging.entiteit,
    // Ids are ours (cuid) or typed in a URL: keep what was asked, bounded.
    entiteitId: poging.entiteitId.slice(0, 100),
    details: { reden: poging.reden, ...(poging.onderdeel ? { onderdeel: poging.onderdeel } : {}) },
  });
}
