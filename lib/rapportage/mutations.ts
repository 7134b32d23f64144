import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { audit } from "@/lib/audit";
import { assertCan, type SessionUser } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { AppError, conflict } from "@/lib/errors";
import { genereerRapportage } from "./genereer";
import { deelRapportageSchema } from "./schema";

export interface RapportageResultaat {
  id: string;
  inburgeraarId: string;
  versie: number;
  isNieuw: boolean;
}

export const GEEN_TOESTEMMING_RAPPORTAGE =
  "Er is geen geldige toestemming om de voortgang met de consulent te delen. Leg eerst de toestemming vast bij Toestemming.";

async function eerder(tx: Tx, user: SessionUser, aanvraagSleutel: string, inburgeraarId: string): Promise<RapportageResultaat | null> {
  const r = await tx.voortgangsrapportage.findUnique({ where: { aanvraagSleutel }, select: { id: true, inburgeraarId: true, versie: true, gedeeldDoorId: true } });
  if (!r) return null;
  if (r.inburgeraarId !== inburgeraarId || r.gedeeldDoorId !== user.id) throw conflict("Dit formulier is al gebruikt. Laad de pagina opnieuw en probeer het nog eens.");
  return { id: r.id, inburgeraarId, versie: r.versie, isNieuw: false };
}

/**
 * Shares a new version of the voortgangsrapportage with the consulent: the
 * content is generated again at this moment (within the consent in force now),
 * the begeleider's sentence added, the version kept and audited.
 */
export async function deelRapportage(user: SessionUser, input: Record<string, unknown>, nu = new Date()): Promise<RapportageResultaat> {
  assertCan(user, "rapportage:delen");
  const data = deelRapportageSchema.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      const herhaling = await eerder(tx, user, data.aanvraagSleutel, data.inburgeraarId);
      if (herhaling) return herhaling;
      const { inhoud, magDelen } = await genereerRapportage(tx, user, data.inburgeraarId, nu);
      if (!magDelen) throw new AppError("ONGELDIG", GEEN_TOESTEMMING_RAPPORTAGE);
      const laatste = await tx.voortgangsrapportage.aggregate({ where: { inburgeraarId: data.inburgeraarId }, _max: { versie: true } });
      const versie = (laatste._max.versie ?? 0) + 1;
      const r = await tx.voortgangsrapportage.create({
        data: {
          inburgeraarId: data.inburgeraarId,
          versie,
          inhoud: inhoud as unknown as Prisma.InputJsonValue,
          toelichting: data.toelichting ?? null,
          gedeeldDoorId: user.id,
          gedeeldOp: nu,
          aanvraagSleutel: data.aanvraagSleutel,
        },
        select: { id: true },
      });
      await audit(
        {
          actie: "rapportage.gedeeld",
          gebruiker: user,
          entiteit: "Voortgangsrapportage",
          entiteitId: r.id,
          inburgeraarId: data.inburgeraarId,
          details: { versie, onderdelen: inhoud.onderdelen, metToelichting: Boolean(data.toelichting) },
        },
        tx,
      );
      return { id: r.id, inburgeraarId: data.inburgeraarId, versie, isNieuw: true };
    });
  } catch (error) {
    if ((error as { code?: string } | null)?.code !== "P2002") throw error;
    // The same submit twice at once: answer with the first. Two different submits at once: one must retry.
    const eerste = await eerder(db(), user, data.aanvraagSleutel, data.inburgeraarId);
    if (eerste) return eerste;
    throw conflict("Er werd tegelijk een andere versie gedeeld. Laad de pagina opnieuw en probeer het nog eens.");
  }
}
