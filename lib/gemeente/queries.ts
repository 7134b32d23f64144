import "server-only";
import { assertCan, gemeenteScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

const INSTELLINGEN = {
  id: true,
  naam: true,
  looptijdMaanden: true,
  opstartfaseWeken: true,
  meetmomentenMaanden: true,
  contactNormDagen: true,
  bellijstIntervalDagen: true,
  leefgebieden: true,
  taakstelling: true,
  spreekuur: true,
  version: true,
} as const;

export async function listGemeenten(user: SessionUser) {
  assertCan(user, "gemeente:beheren");
  return db().gemeente.findMany({ where: gemeenteScope(user), orderBy: { naam: "asc" }, select: INSTELLINGEN });
}

export async function getGemeente(user: SessionUser, id: string) {
  assertCan(user, "gemeente:beheren");
  const gemeente = await db().gemeente.findFirst({ where: { id, ...gemeenteScope(user) }, select: INSTELLINGEN });
  if (!gemeente) throw notFound();
  return gemeente;
}
