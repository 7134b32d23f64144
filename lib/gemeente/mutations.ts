import "server-only";
import { audit } from "@/lib/audit";
import { assertCan, gemeenteScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { gemeenteInstellingenSchema } from "./schema";

/** Saves a gemeente's settings; a stale version is a conflict, never an overwrite. */
export async function updateGemeenteInstellingen(user: SessionUser, id: string, input: unknown) {
  assertCan(user, "gemeente:beheren");
  const { version, ...data } = gemeenteInstellingenSchema.parse(input);
  await db().$transaction(async (tx) => {
    const exists = await tx.gemeente.findFirst({ where: { id, ...gemeenteScope(user) }, select: { id: true } });
    if (!exists) throw notFound();
    const { count } = await tx.gemeente.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw conflict();
    await audit({ actie: "gemeente.instellingen-gewijzigd", gebruiker: user, entiteit: "Gemeente", entiteitId: id, details: data }, tx);
  });
}
