import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
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
 * address. Attempts are counted in the database so every app instance agrees.
 */
export async function authenticate(input: unknown, ip: string | null, now = new Date()): Promise<SignInResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, reden: "ONGELDIG", message: parsed.error.issues[0]?.message };
  }
  const { email, password } = parsed.data;
  const ipKey = ip ?? "onbekend";
  const since = new Date(now.getTime() - env.LOGIN_WINDOW_MINUTES * 60_000);

  const [accountFailures, ipFailures] = await Promise.all([
    db().loginPoging.count({ where: { email, gelukt: false, createdAt: { gt: since } } }),
    db().loginPoging.count({ where: { ip: ipKey, gelukt: false, createdAt: { gt: since } } }),
  ]);
  if (accountFailures >= env.LOGIN_MAX_FAILURES_PER_ACCOUNT) {
    await audit({ actie: "login.geblokkeerd", details: { email } });
    return { ok: false, reden: "GEBLOKKEERD" };
  }
  if (ipFailures >= env.LOGIN_MAX_FAILURES_PER_IP) {
    await audit({ actie: "login.geblokkeerd-ip", details: { email } });
    return { ok: false, reden: "TE_VEEL_POGINGEN_IP" };
  }

  const gebruiker = await db().gebruiker.findUnique({
    where: { email },
    select: { id: true, organisatieId: true, actief: true, wachtwoordHash: true },
  });
  // Always verify a hash, so an unknown address costs the same time as a known one.
  const isValid = await verifyPassword(gebruiker?.wachtwoordHash ?? (await dummyPasswordHash()), password);
  const ok = Boolean(gebruiker?.wachtwoordHash) && isValid;

  await db().loginPoging.create({ data: { email, ip: ipKey, gelukt: ok, createdAt: now } });
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
