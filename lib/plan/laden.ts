import "server-only";
import { deelScope, inburgeraarScope, type SessionUser } from "@/lib/authz";
import type { Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { loadInburgeraar } from "@/lib/inburgeraar/laad";
import { planBewerkenGeblokkeerd } from "./rules";

/**
 * The dossier a plan write is about, loaded through the user's scope (and the
 * plan part of it), with its plan — created on the first write.
 */
export async function laadPlanVoorSchrijven(tx: Tx, user: SessionUser, inburgeraarId: string, nu: Date) {
  const persoon = await loadInburgeraar(tx, {
    user,
    id: inburgeraarId,
    need: ["plan"],
    now: nu,
    select: {
      id: true,
      fase: true,
      brpInschrijvingDatum: true,
      gemeente: { select: { leefgebieden: true, meetmomentenMaanden: true, looptijdMaanden: true } },
      verlengingen: { where: { status: "GOEDGEKEURD" }, orderBy: { beoordeeldOp: "asc" }, select: { maanden: true } },
    },
  });
  const blokkade = planBewerkenGeblokkeerd(persoon.fase);
  if (blokkade) throw new AppError("ONGELDIG", blokkade);
  const plan = await tx.begeleidingsplan.upsert({
    where: { inburgeraarId },
    create: { inburgeraarId },
    update: {},
    select: { id: true, version: true, focusLeefgebied: true },
  });
  return { persoon, plan };
}

/** A doel of a plan in the user's reach, with its plan's dossier. */
export async function laadDoelVoorSchrijven(tx: Tx, user: SessionUser, doelId: string, nu: Date) {
  const doel = await tx.doel.findFirst({
    where: { id: doelId, plan: { inburgeraar: { AND: [inburgeraarScope(user, nu), deelScope(user, "plan", nu)] } } },
    select: { id: true, leefgebied: true, omschrijving: true, status: true, version: true, planId: true, plan: { select: { inburgeraarId: true, inburgeraar: { select: { fase: true, gemeenteId: true } } } } },
  });
  if (!doel) throw notFound();
  const blokkade = planBewerkenGeblokkeerd(doel.plan.inburgeraar.fase);
  if (blokkade) throw new AppError("ONGELDIG", blokkade);
  return doel;
}
