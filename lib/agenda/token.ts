import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { createHash, randomBytes } from "node:crypto";
import { audit } from "@/lib/audit";
import { assertCan, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { leesSql } from "@/lib/db/lees";
import { notFound } from "@/lib/errors";

/**
 * The secret in the personal agenda feed URL. Only its sha256 is stored
 * (`Gebruiker.agendaTokenHash`): someone who reads the database, a backup or
 * a log of queries cannot subscribe to anyone's agenda. So the token is shown
 * once, right after it is made; after that the page can only offer a new link
 * (which revokes the old one). 32 random bytes make a plain, unsalted sha256
 * safe: there is nothing to guess.
 */

export const AGENDA_TOKEN_PATROON = /^[A-Za-z0-9_-]{43}$/;

/** 32 random bytes, base64url (43 characters). */
export function nieuwAgendaToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database holds for a token: sha256, hex. */
export function hashAgendaToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Creates the feed token, or replaces it (the old URL stops working).
 * Returns the plain token: the ONLY time it exists outside the user's calendar app.
 */
export async function maakAgendaToken(user: SessionUser): Promise<string> {
  assertCan(user, "agenda:eigen");
  const token = nieuwAgendaToken();
  await db().$transaction(async (tx) => {
    const vorige = await tx.gebruiker.findFirst({
      where: { id: user.id, organisatieId: user.organisatieId, actief: true },
      // Explicit select overrides the client's global omit of agendaTokenHash.
      select: { id: true, agendaTokenHash: true },
    });
    if (!vorige) throw notFound();
    await tx.gebruiker.update({ where: { id: user.id }, data: { agendaTokenHash: hashAgendaToken(token) } });
    await audit(
      { actie: vorige.agendaTokenHash ? "agenda.token-vervangen" : "agenda.token-gemaakt", gebruiker: user, entiteit: "Gebruiker", entiteitId: user.id },
      tx,
    );
  });
  return token;
}

/** Switches the feed off: the URL returns 404 from now on. */
export async function trekAgendaTokenIn(user: SessionUser): Promise<void> {
  assertCan(user, "agenda:eigen");
  await db().$transaction(async (tx) => {
    const { count } = await tx.gebruiker.updateMany({ where: { id: user.id, organisatieId: user.organisatieId }, data: { agendaTokenHash: null } });
    if (count === 0) throw notFound();
    await audit({ actie: "agenda.token-ingetrokken", gebruiker: user, entiteit: "Gebruiker", entiteitId: user.id }, tx);
  });
}

/** Whether the user has a feed link (its URL cannot be shown again). */
export async function heeftAgendaToken(user: SessionUser): Promise<boolean> {
  assertCan(user, "agenda:eigen");
  // Raw SQL: the agenda page asks on every visit, and Prisma plans a model query anew each call (decision 020).
  const [g] = await leesSql<{ heeft: boolean }[]>(Prisma.sql`
    SELECT g."agendaTokenHash" IS NOT NULL AS heeft FROM "Gebruiker" g WHERE g.id = ${user.id} AND g."organisatieId" = ${user.organisatieId}`);
  return g?.heeft ?? false;
}
