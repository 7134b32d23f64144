import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";
import { LEEFGEBIED_VOLGORDE } from "@/lib/inburgeraar/labels";
import { dateKolomNaarKalenderdatum } from "@/lib/tijd";
import { inhoudTekst, type PlanInhoud } from "./rules";

/** Fingerprint of a plan's content: the agreement form sends it back, so a change made meanwhile is noticed. */
export function inhoudSleutel(inhoud: PlanInhoud): string {
  return createHash("sha256").update(inhoudTekst(inhoud)).digest("base64url").slice(0, 32);
}

const kolom = (d: Date | null) => (d ? dateKolomNaarKalenderdatum(d) : null);

/** The plan's content as it is in the database now (inside the writing transaction). */
export async function laadPlanInhoud(tx: Tx, planId: string): Promise<PlanInhoud> {
  const plan = await tx.begeleidingsplan.findUniqueOrThrow({
    where: { id: planId },
    select: {
      focusLeefgebied: true,
      leefgebieden: { select: { leefgebied: true, kanAl: true, hulpNodig: true, streefScore: true } },
      doelen: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          leefgebied: true,
          omschrijving: true,
          status: true,
          streefdatum: true,
          acties: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { id: true, omschrijving: true, voor: true, organisatie: true, isHuiswerk: true, deadline: true, afgerondOp: true },
          },
        },
      },
    },
  });
  const teksten = new Map(plan.leefgebieden.map((l) => [l.leefgebied, l]));
  const gebieden = new Set([...teksten.keys(), ...plan.doelen.map((d) => d.leefgebied)]);
  return {
    focus: plan.focusLeefgebied,
    leefgebieden: LEEFGEBIED_VOLGORDE.filter((l) => gebieden.has(l)).map((lg) => ({
      leefgebied: lg,
      kanAl: teksten.get(lg)?.kanAl ?? null,
      hulpNodig: teksten.get(lg)?.hulpNodig ?? null,
      streefScore: teksten.get(lg)?.streefScore ?? null,
      doelen: plan.doelen
        .filter((d) => d.leefgebied === lg)
        .map((d) => ({
          id: d.id,
          omschrijving: d.omschrijving,
          status: d.status,
          streefdatum: kolom(d.streefdatum),
          acties: d.acties.map((a) => ({
            id: a.id,
            omschrijving: a.omschrijving,
            voor: a.voor,
            organisatie: a.organisatie,
            isHuiswerk: a.isHuiswerk,
            deadline: kolom(a.deadline),
            afgerond: a.afgerondOp !== null,
          })),
        })),
    })),
  };
}
