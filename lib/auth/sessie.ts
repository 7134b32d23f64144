import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { SessionUser } from "@/lib/authz";

// Writing the activity time on every request would be wasteful; once a minute is enough.
const ACTIVITY_WRITE_INTERVAL_MS = 60_000;

export async function startSessie(gebruikerId: string, ip: string | null, userAgent: string | null, now = new Date()) {
  const sessie = await db().$transaction(async (tx) => {
    const created = await tx.sessie.create({
      data: {
        gebruikerId,
        ip,
        userAgent: userAgent?.slice(0, 300) ?? null,
        aangemaaktOp: now,
        laatsteActiviteit: now,
        verlooptOp: new Date(now.getTime() + env.SESSION_MAX_HOURS * 3_600_000),
      },
    });
    const gebruiker = await tx.gebruiker.update({ where: { id: gebruikerId }, data: { laatstIngelogdOp: now } });
    await tx.auditLog.create({
      data: { actie: "login.gelukt", gebruikerId, organisatieId: gebruiker.organisatieId, ip, entiteit: "Sessie", entiteitId: created.id },
    });
    return created;
  });
  return sessie.id;
}

export async function beeindigSessie(sessieId: string, now = new Date()) {
  await db().sessie.updateMany({ where: { id: sessieId, beeindigdOp: null }, data: { beeindigdOp: now } });
}

export type SessieCheck = { ok: true; user: SessionUser } | { ok: false; reden: "GEEN" | "VERLOPEN" };

/**
 * Loads the user behind a session id, enforcing sign-out, absolute expiry,
 * idle timeout and deactivation. Shared state lives in the database so any
 * app instance gives the same answer.
 */
export async function laadSessie(sessieId: string, now = new Date()): Promise<SessieCheck> {
  const sessie = await db().sessie.findUnique({
    where: { id: sessieId },
    select: {
      id: true,
      beeindigdOp: true,
      verlooptOp: true,
      laatsteActiviteit: true,
      gebruiker: {
        select: {
          id: true,
          naam: true,
          email: true,
          rol: true,
          actief: true,
          teamId: true,
          organisatieId: true,
          moetWachtwoordWijzigen: true,
          organisatie: { select: { naam: true } },
          gemeenten: { select: { gemeenteId: true } },
        },
      },
    },
  });
  if (!sessie || sessie.beeindigdOp || !sessie.gebruiker.actief) return { ok: false, reden: "GEEN" };
  const idleLimit = env.SESSION_IDLE_MINUTES * 60_000;
  if (sessie.verlooptOp <= now || now.getTime() - sessie.laatsteActiviteit.getTime() > idleLimit) {
    await beeindigSessie(sessie.id, now);
    return { ok: false, reden: "VERLOPEN" };
  }
  if (now.getTime() - sessie.laatsteActiviteit.getTime() > ACTIVITY_WRITE_INTERVAL_MS) {
    await db().sessie.update({ where: { id: sessie.id }, data: { laatsteActiviteit: now } });
  }
  const g = sessie.gebruiker;
  return {
    ok: true,
    user: {
      id: g.id,
      sessieId: sessie.id,
      naam: g.naam,
      email: g.email,
      rol: g.rol,
      teamId: g.teamId,
      organisatieId: g.organisatieId,
      organisatieNaam: g.organisatie.naam,
      gemeenteIds: g.rol === "CONSULENT" ? g.gemeenten.map((x) => x.gemeenteId) : [],
      moetWachtwoordWijzigen: g.moetWachtwoordWijzigen,
    },
  };
}
