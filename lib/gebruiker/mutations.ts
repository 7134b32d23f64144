import "server-only";
import { randomInt } from "node:crypto";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { markeerGelukt, reserveerPoging } from "@/lib/auth/login-limiet";
import { SIGN_IN_MESSAGES } from "@/lib/auth/messages";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { isVeelgebruiktWachtwoord, WACHTWOORD_OP_LIJST } from "@/lib/auth/wachtwoordbeleid";
import { assertCan, gebruikerScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { getRequestContext } from "@/lib/request-context";
import { gebruikerSchema, wachtwoordWijzigenSchema } from "./schema";

// No look-alike characters (0/O, 1/l/I), so a password read aloud is typed right.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function tijdelijkWachtwoord(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}

/**
 * The one answer for an e-mail address that is taken, whether by someone in
 * the beheerder's own organisation or in another one: a beheerder must not be
 * able to find out who has a Wegwijs account elsewhere (docs/decisions/003).
 */
export const EMAIL_NIET_BRUIKBAAR = "Dit e-mailadres kan niet worden gebruikt. Kies een ander adres of neem contact op met de functioneel beheerder.";

function emailNietBruikbaar(input: unknown): z.ZodError {
  return new z.ZodError([{ code: "custom", path: ["email"], message: EMAIL_NIET_BRUIKBAAR, input }]);
}

/** Thrown inside the transaction when the address is taken; becomes `emailNietBruikbaar` outside it. */
class EmailBezet extends Error {}

const isUniekeSleutelFout = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/** Creates a user with a temporary password that must be changed at first sign-in. */
export async function createGebruiker(user: SessionUser, input: unknown) {
  assertCan(user, "gebruiker:beheren");
  const data = gebruikerSchema.parse(input);
  const wachtwoord = tijdelijkWachtwoord();
  const wachtwoordHash = await hashPassword(wachtwoord);
  return db()
    .$transaction(async (tx) => {
      // Deliberately not scoped to the organisation, and the same query and answer for
      // every taken address, so the response says nothing about where the account is.
      if (await tx.gebruiker.findUnique({ where: { email: data.email }, select: { id: true } })) throw new EmailBezet();
      // Teams and gemeenten must belong to the beheerder's own organisation.
      if (data.teamId && !(await tx.team.findFirst({ where: { id: data.teamId, organisatieId: user.organisatieId } }))) {
        throw notFound("Dit team bestaat niet.");
      }
      const gemeenteIds = data.rol === "CONSULENT" ? data.gemeenteIds : [];
      const gemeenten = await tx.gemeente.count({ where: { id: { in: gemeenteIds }, organisatieId: user.organisatieId } });
      if (gemeenten !== new Set(gemeenteIds).size) throw notFound("Een van de gekozen gemeenten bestaat niet.");
      const created = await tx.gebruiker.create({
        data: {
          organisatieId: user.organisatieId,
          naam: data.naam,
          email: data.email,
          rol: data.rol,
          teamId: data.teamId ?? null,
          wachtwoordHash,
          moetWachtwoordWijzigen: true,
          gemeenten: { create: [...new Set(gemeenteIds)].map((gemeenteId) => ({ gemeenteId })) },
          ...(data.rol === "VRIJWILLIGER" ? { vrijwilligerProfiel: { create: { talen: [] } } } : {}),
        },
        select: { id: true, naam: true, email: true },
      });
      await audit({ actie: "gebruiker.aangemaakt", gebruiker: user, entiteit: "Gebruiker", entiteitId: created.id, details: { rol: data.rol } }, tx);
      return { ...created, wachtwoord };
    })
    .catch(async (error: unknown) => {
      // A unique violation: two beheerders created the same address at once; the loser gets the same answer.
      if (!(error instanceof EmailBezet) && !isUniekeSleutelFout(error)) throw error;
      // Recorded in the beheerder's own trail (so probing shows), with nothing they did not type themselves.
      await audit({ actie: "gebruiker.aanmaken-geweigerd", gebruiker: user, entiteit: "Gebruiker", details: { email: data.email } });
      throw emailNietBruikbaar(input);
    });
}

async function scopedGebruiker(user: SessionUser, id: string) {
  const target = await db().gebruiker.findFirst({ where: { id, ...gebruikerScope(user) }, select: { id: true, naam: true } });
  if (!target) throw notFound();
  return target;
}

export async function setGebruikerActief(user: SessionUser, id: string, actief: boolean) {
  assertCan(user, "gebruiker:beheren");
  if (id === user.id && !actief) throw new AppError("ONGELDIG", "Je kunt je eigen account niet uitschakelen.");
  await scopedGebruiker(user, id);
  const now = new Date();
  await db().$transaction(async (tx) => {
    await tx.gebruiker.update({ where: { id }, data: { actief, version: { increment: 1 } } });
    // Deactivation signs the person out everywhere at once.
    if (!actief) await tx.sessie.updateMany({ where: { gebruikerId: id, beeindigdOp: null }, data: { beeindigdOp: now } });
    await audit({ actie: actief ? "gebruiker.geactiveerd" : "gebruiker.uitgeschakeld", gebruiker: user, entiteit: "Gebruiker", entiteitId: id }, tx);
  });
}

/** A new temporary password, shown once to the beheerder; all sessions end. */
export async function resetWachtwoord(user: SessionUser, id: string) {
  assertCan(user, "gebruiker:beheren");
  const target = await scopedGebruiker(user, id);
  const wachtwoord = tijdelijkWachtwoord();
  const wachtwoordHash = await hashPassword(wachtwoord);
  const now = new Date();
  await db().$transaction(async (tx) => {
    await tx.gebruiker.update({ where: { id }, data: { wachtwoordHash, moetWachtwoordWijzigen: true, version: { increment: 1 } } });
    await tx.sessie.updateMany({ where: { gebruikerId: id, beeindigdOp: null }, data: { beeindigdOp: now } });
    await audit({ actie: "gebruiker.wachtwoord-gereset", gebruiker: user, entiteit: "Gebruiker", entiteitId: id }, tx);
  });
  return { naam: target.naam, wachtwoord };
}

/**
 * Changes the signed-in user's own password. A wrong current password counts
 * as a failed sign-in for the account (and the IP address), so the form cannot
 * be used to guess it without limit; once the account is locked the form
 * refuses with the same message as the login page.
 */
export async function wijzigEigenWachtwoord(user: SessionUser, input: unknown) {
  const data = wachtwoordWijzigenSchema.parse(input);
  // The password policy's list (lib/auth/wachtwoordbeleid.ts): refused before anything is counted or changed.
  if (isVeelgebruiktWachtwoord(data.nieuw)) {
    throw new z.ZodError([{ code: "custom", path: ["nieuw"], message: WACHTWOORD_OP_LIJST, input: "" }]);
  }
  const current = await db().gebruiker.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, wachtwoordHash: true } });
  const reservering = await reserveerPoging(current.email, (await getRequestContext()).ip);
  if (!reservering.ok) {
    await audit({ actie: "gebruiker.wachtwoord-wijzigen-geblokkeerd", gebruiker: user, entiteit: "Gebruiker", entiteitId: user.id });
    throw new AppError("ONGELDIG", SIGN_IN_MESSAGES[reservering.reden]);
  }
  if (!current.wachtwoordHash || !(await verifyPassword(current.wachtwoordHash, data.huidig))) {
    await audit({ actie: "gebruiker.wachtwoord-wijzigen-mislukt", gebruiker: user, entiteit: "Gebruiker", entiteitId: user.id });
    throw new AppError("ONGELDIG", "Je huidige wachtwoord klopt niet.");
  }
  await markeerGelukt(reservering.pogingId);
  const wachtwoordHash = await hashPassword(data.nieuw);
  const now = new Date();
  await db().$transaction(async (tx) => {
    await tx.gebruiker.update({ where: { id: user.id }, data: { wachtwoordHash, moetWachtwoordWijzigen: false } });
    // Other browsers signed in as this user are signed out.
    await tx.sessie.updateMany({ where: { gebruikerId: user.id, beeindigdOp: null, id: { not: user.sessieId } }, data: { beeindigdOp: now } });
    await audit({ actie: "gebruiker.wachtwoord-gewijzigd", gebruiker: user, entiteit: "Gebruiker", entiteitId: user.id }, tx);
  });
}
