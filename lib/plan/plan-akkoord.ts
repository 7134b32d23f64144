import "server-only";
import { audit } from "@/lib/audit";
import { assertCan, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, conflict } from "@/lib/errors";
import { kalenderdatumNaarDate, vandaag as vandaagIn } from "@/lib/tijd";
import { inhoudSleutel, laadPlanInhoud } from "./inhoud";
import { laadPlanVoorSchrijven } from "./laden";
import { planAkkoordSchema } from "./schema";
import { gooiVeldFouten } from "./veld-fouten";

/**
 * Records that the inburgeraar agreed to the plan as it stands: the date, how
 * (spoken, with an interpreter, or signed) and a copy of the content as a new
 * numbered version. The form sends the fingerprint of the plan it showed; if
 * the plan changed meanwhile, nobody agreed to that: conflict.
 */
export async function legAkkoordVast(user: SessionUser, input: unknown, nu: Date = new Date()): Promise<{ inburgeraarId: string; nummer: number }> {
  assertCan(user, "plan:bewerken");
  const data = planAkkoordSchema.parse(input);
  const vandaag = vandaagIn(nu);
  try {
    return await db().$transaction(async (tx) => {
      const { plan } = await laadPlanVoorSchrijven(tx, user, data.inburgeraarId, nu);
      gooiVeldFouten({ datum: data.datum > vandaag ? "De datum van het akkoord kan niet in de toekomst liggen." : null }, input);
      const inhoud = await laadPlanInhoud(tx, plan.id);
      if (inhoudSleutel(inhoud) !== data.inhoudSleutel) {
        throw conflict("Het plan is intussen gewijzigd. Laad de pagina opnieuw, bespreek de wijziging en leg dan het akkoord vast.");
      }
      if (!inhoud.leefgebieden.some((l) => l.doelen.length > 0)) {
        throw new AppError("ONGELDIG", "Schrijf eerst minstens één doel in het plan. Daarna kan de inburgeraar akkoord geven.");
      }
      const laatste = await tx.planVersie.findFirst({ where: { planId: plan.id }, orderBy: { nummer: "desc" }, select: { nummer: true } });
      const nummer = (laatste?.nummer ?? 0) + 1;
      await tx.planVersie.create({
        data: {
          planId: plan.id,
          nummer,
          akkoordOp: kalenderdatumNaarDate(data.datum),
          wijze: data.wijze,
          tolkTaal: data.wijze === "MONDELING_MET_TOLK" ? (data.tolkTaal ?? null) : null,
          toelichting: data.toelichting ?? null,
          inhoud: inhoud as unknown as Prisma.InputJsonValue,
          vastgelegdDoorId: user.id,
        },
      });
      await audit(
        {
          actie: "plan.akkoord",
          gebruiker: user,
          entiteit: "Begeleidingsplan",
          entiteitId: plan.id,
          inburgeraarId: data.inburgeraarId,
          details: { nummer, wijze: data.wijze, datum: data.datum },
        },
        tx,
      );
      return { inburgeraarId: data.inburgeraarId, nummer };
    });
  } catch (error) {
    // Two agreements at the same moment: the version number is unique, the second one conflicts.
    if ((error as { code?: string } | null)?.code === "P2002") throw conflict();
    throw error;
  }
}
