import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { markeerGelukt, reserveerPoging } from "./login-limiet";
import { dummyPasswordHash, verifyPassword } from "./password";

export const loginSchema = z.object({
  email: z
    .string({ error: "Vul je e-mailadres in." })
    .trim()
    .toLowerCase()
    .min(1, "Vul je e-mailadres in.")
    .max(254, "Dit e-mailadres is te lang.")
    .pipe(z.email("Dit is geen geldig e-mailadres.")),
  password: z
    .string({ error: "Vul je wachtwoord in." })
    .min(1, "Vul je wachtwoord in.")
    .max(200, "Dit wachtwoord is te lang."),
});

/** Codes the login form turns into Dutch messages (lib/auth/messages.ts). */
export type SignInFailure = "ONGELDIG" | "ONJUIST" | "GEBLOKKEERD" | "TE_VEEL_POGINGEN_IP" | "UITGESCHAKELD";

export type SignInResult = { ok: true; gebruikerId: string } | { ok: false; reden: SignInFailure; message?: string };

/**
 * Checks e-mail and password with rate limiting per account and per IP
 * address (lib/auth/login-limiet.ts: counted and reserved atomically in the
 * database, so every app instance agrees and parallel guesses cannot slip
 * under the limit).
 */
export async function authenticate(input: unknown, ip: string | null, now = new Date()): Promise<SignInResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, reden: "ONGELDIG", message: parsed.error.issues[0]?.message };
  }
  const { email, password } = parsed.data;

  // Reserve the attempt before checking the password: see login-limiet.ts.
  const reservering = await reserveerPoging(email, ip, now);
  if (!reservering.ok) {
    await audit({ actie: reservering.reden === "GEBLOKKEERD" ? "login.geblokkeerd" : "login.geblokkeerd-ip", details: { email } });
    return { ok: false, reden: reservering.reden };
  }

  const gebruiker = await db().gebruiker.findUnique({
    where: { email },
    select: { id: true, organisatieId: true, actief: true, wachtwoordHash: true },
  });
  // Always verify a hash, so an unknown address costs the same time as a known one.
  const isValid = await verifyPassword(gebruiker?.wachtwoordHash ?? (await dummyPasswordHash()), password);
  const ok = Boolean(gebruiker?.wachtwoordHash) && isValid;

  if (ok) await markeerGelukt(reservering.pogingId);
  if (!ok || !gebruiker) {
    await audit({ actie: "login.mislukt", organisatieId: gebruiker?.organisatieId, details: { email } });
    return { ok: false, reden: "ONJUIST" };
  }
  if (!gebruiker.actief) {
    await audit({ actie: "login.uitgeschakeld", gebruiker });
    return { ok: false, reden: "UITGESCHAKELD" };
  }
  return { ok: true, gebruikerId: gebruiker.id };
}
