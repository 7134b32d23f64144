import "server-only";
import { audit } from "@/lib/audit";
import { assertCan, dossierZicht, inburgeraarScope, planActieScope, toestemmingGeldig, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { kalenderdatumNaarDate, vandaag } from "@/lib/tijd";
import { planBewerkenGeblokkeerd } from "./rules";
import { actieAfrondenSchema } from "./schema";

/**
 * Ticks an actie or huiswerk off (or back on). Begeleiders and teamleiders may
 * do it for every actie; a maatje only for the acties they can see: those for
 * the maatje and the huiswerk (lib/authz planActieScope).
 */
export async function rondActieAf(user: SessionUser, input: unknown, nu: Date = new Date()): Promise<{ inburgeraarId: string }> {
  assertCan(user, "plan:actie-afronden");
  const data = actieAfrondenSchema.parse(input);
  return db().$transaction(async (tx) => {
    const gevonden = await tx.actie.findFirst({
      where: { id: data.actieId, doel: { plan: { inburgeraar: inburgeraarScope(user, nu) } } },
      select: {
        id: true,
        omschrijving: true,
        isHuiswerk: true,
        doel: {
          select: {
            plan: {
              select: {
                inburgeraarId: true,
                inburgeraar: { select: { fase: true, toestemmingen: { where: toestemmingGeldig("BEGELEIDINGSPLAN", nu), select: { onderwerp: true } } } },
              },
            },
          },
        },
      },
    });
    if (!gevonden) throw notFound();
    const persoon = gevonden.doel.plan.inburgeraar;
    const scope = planActieScope(user, dossierZicht(user, persoon.toestemmingen.map((t) => t.onderwerp)));
    // Within the user's plan view only: the same where-clause the reads use.
    if (!scope || (await tx.actie.count({ where: { AND: [{ id: gevonden.id }, scope] } })) === 0) throw notFound();
    const blokkade = planBewerkenGeblokkeerd(persoon.fase);
    if (blokkade) throw new AppError("ONGELDIG", blokkade);
    const { count } = await tx.actie.updateMany({
      where: { id: gevonden.id, version: data.version },
      data: { afgerondOp: data.afgerond ? kalenderdatumNaarDate(vandaag(nu)) : null, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    const inburgeraarId = gevonden.doel.plan.inburgeraarId;
    await audit(
      {
        actie: "plan.actie-afgerond",
        gebruiker: user,
        entiteit: "Actie",
        entiteitId: gevonden.id,
        inburgeraarId,
        details: { omschrijving: gevonden.omschrijving, isHuiswerk: gevonden.isHuiswerk, afgerond: data.afgerond },
      },
      tx,
    );
    return { inburgeraarId };
  });
}
