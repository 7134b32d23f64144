import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { assertCan, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";

const sessieIdSchema = z.object({ sessieId: z.string().min(1).max(40) });

/** Ends one of the user's OTHER sessions (a browser left signed in elsewhere). Only their own: scoped by user id. */
export async function beeindigAndereSessie(user: SessionUser, input: unknown, now = new Date()) {
  const { sessieId } = sessieIdSchema.parse(input);
  if (sessieId === user.sessieId) throw notFound("Dit is de sessie waarin je nu werkt. Gebruik Uitloggen.");
  await db().$transaction(async (tx) => {
    const { count } = await tx.sessie.updateMany({ where: { id: sessieId, gebruikerId: user.id, beeindigdOp: null }, data: { beeindigdOp: now } });
    if (count !== 1) throw notFound("Deze sessie bestaat niet (meer).");
    await audit({ actie: "sessie.beeindigd", gebruiker: user, entiteit: "Sessie", entiteitId: sessieId }, tx);
  });
}

/** "Overal uitloggen": every session of the user ends, this one too. */
export async function overalUitloggen(user: SessionUser, now = new Date()) {
  await db().$transaction(async (tx) => {
    const { count } = await tx.sessie.updateMany({ where: { gebruikerId: user.id, beeindigdOp: null }, data: { beeindigdOp: now } });
    await audit({ actie: "sessie.overal-uitgelogd", gebruiker: user, entiteit: "Gebruiker", entiteitId: user.id }, tx);
    return count;
  });
}

export const sessieInstellingenSchema = z.object({
  version: z.coerce.number().int().min(1),
  sessieInactiefMinuten: z.coerce
    .number({ error: "Vul een aantal minuten in." })
    .int("Vul een heel aantal minuten in.")
    .min(5, "Kies minstens 5 minuten.")
    .max(480, "Kies hoogstens 480 minuten (8 uur)."),
  sessieMaxUren: z.coerce
    .number({ error: "Vul een aantal uren in." })
    .int("Vul een heel aantal uren in.")
    .min(1, "Kies minstens 1 uur.")
    .max(24, "Kies hoogstens 24 uur."),
});

/** A beheerder sets the organisation's idle timeout and absolute session lifetime; effective at the next request. */
export async function wijzigSessieInstellingen(user: SessionUser, input: unknown) {
  assertCan(user, "gebruiker:beheren");
  const data = sessieInstellingenSchema.parse(input);
  if (data.sessieMaxUren * 60 < data.sessieInactiefMinuten) {
    throw new z.ZodError([{ code: "custom", path: ["sessieMaxUren"], message: "De maximale duur moet langer zijn dan de tijd zonder activiteit.", input }]);
  }
  await db().$transaction(async (tx) => {
    const { count } = await tx.organisatie.updateMany({
      where: { id: user.organisatieId, sessieVersion: data.version },
      data: { sessieInactiefMinuten: data.sessieInactiefMinuten, sessieMaxUren: data.sessieMaxUren, sessieVersion: { increment: 1 } },
    });
    if (count !== 1) throw conflict();
    await audit(
      { actie: "organisatie.sessies-gewijzigd", gebruiker: user, entiteit: "Organisatie", entiteitId: user.organisatieId, details: { sessieInactiefMinuten: data.sessieInactiefMinuten, sessieMaxUren: data.sessieMaxUren } },
      tx,
    );
  });
}
