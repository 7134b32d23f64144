import "server-only";
import { z } from "zod";
import { assertCan, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { isKalenderdatum, kalenderdatumNaarDate, plusDagen } from "@/lib/tijd";

export const PAGINA_GROOTTE = 50;

export const auditFilterSchema = z.object({
  gebruikerId: z.string().max(40).optional().catch(undefined),
  inburgeraarId: z.string().max(40).optional().catch(undefined),
  actie: z.string().max(60).optional().catch(undefined),
  van: z.string().refine(isKalenderdatum).optional().catch(undefined),
  tot: z.string().refine(isKalenderdatum).optional().catch(undefined),
  /** Rows older than this id: the next page. */
  voor: z.string().regex(/^\d{1,19}$/).optional().catch(undefined),
});

export type AuditFilter = z.output<typeof auditFilterSchema>;

/**
 * The audit trail of the user's organisation, newest first, for a beheerder or
 * privacy officer: who looked at or changed what, when, from where.
 * Dates are calendar days (the `tot` day included).
 */
export async function listAudit(user: SessionUser, filter: AuditFilter) {
  assertCan(user, "audit:bekijken");
  const createdAt: Prisma.DateTimeFilter = {};
  if (filter.van) createdAt.gte = kalenderdatumNaarDate(filter.van);
  if (filter.tot) createdAt.lt = kalenderdatumNaarDate(plusDagen(filter.tot, 1));
  const rows = await db().auditLog.findMany({
    where: {
      organisatieId: user.organisatieId,
      ...(filter.gebruikerId ? { gebruikerId: filter.gebruikerId } : {}),
      ...(filter.inburgeraarId ? { inburgeraarId: filter.inburgeraarId } : {}),
      ...(filter.actie ? { actie: { startsWith: filter.actie } } : {}),
      ...(filter.van || filter.tot ? { createdAt } : {}),
      ...(filter.voor ? { id: { lt: BigInt(filter.voor) } } : {}),
    },
    orderBy: { id: "desc" },
    take: PAGINA_GROOTTE + 1,
    select: { id: true, createdAt: true, actie: true, entiteit: true, entiteitId: true, inburgeraarId: true, gebruikerId: true, details: true, ip: true },
  });
  const gebruikerIds = [...new Set(rows.map((r) => r.gebruikerId).filter((id): id is string => Boolean(id)))];
  const [gebruikers, alleGebruikers] = await Promise.all([
    db().gebruiker.findMany({ where: { id: { in: gebruikerIds }, organisatieId: user.organisatieId }, select: { id: true, naam: true } }),
    db().gebruiker.findMany({ where: { organisatieId: user.organisatieId }, orderBy: { naam: "asc" }, select: { id: true, naam: true } }),
  ]);
  const naam = new Map(gebruikers.map((g) => [g.id, g.naam]));
  const pagina = rows.slice(0, PAGINA_GROOTTE);
  return {
    rijen: pagina.map((r) => {
      const details = (r.details ?? {}) as Record<string, unknown>;
      return {
        id: r.id.toString(),
        createdAt: r.createdAt,
        actie: r.actie,
        wie: r.gebruikerId ? (naam.get(r.gebruikerId) ?? "onbekend") : "—",
        inburgeraarId: r.inburgeraarId,
        samenvatting: typeof details.samenvatting === "string" ? details.samenvatting : null,
        onderdeel: typeof details.onderdeel === "string" ? details.onderdeel : null,
        ip: r.ip,
      };
    }),
    volgende: rows.length > PAGINA_GROOTTE ? pagina.at(-1)!.id.toString() : null,
    gebruikers: alleGebruikers,
  };
}
