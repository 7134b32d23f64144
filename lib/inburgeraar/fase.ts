import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { assertCan, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { maakChecklist } from "@/lib/opstart/checklist";
import { beoordeelFaseWijziging, FASE_ACTIE_LIJST, type FaseActie } from "./fase-rules";
import { veldFout } from "./veld-fout";

export const faseWijzigingSchema = z.object({
  actie: z.enum(FASE_ACTIE_LIJST as [FaseActie, ...FaseActie[]], { error: "Onbekende stap." }),
  version: z.coerce.number().int().min(1),
  reden: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : (v ?? null)),
    z.string().trim().max(1000, "Hoogstens 1000 tekens.").nullable(),
  ),
});

/** An explicit phase change with its conditions (lib/inburgeraar/fase-rules.ts); stale pages get a conflict. */
export async function wijzigFase(user: SessionUser, inburgeraarId: string, input: unknown): Promise<void> {
  assertCan(user, "inburgeraar:fase-wijzigen");
  const { actie, version, reden } = faseWijzigingSchema.parse(input);
  await db().$transaction(async (tx) => {
    const rij = await tx.inburgeraar.findFirst({
      where: { id: inburgeraarId, ...inburgeraarScope(user) },
      select: { id: true, fase: true, version: true },
    });
    if (!rij) throw notFound();
    if (rij.version !== version) throw conflict();
    const [checklist, eindgesprek] = await Promise.all([
      actie === "SLUIT_OPSTARTFASE"
        ? tx.checklistItem.findMany({ where: { inburgeraarId }, select: { verplicht: true, status: true } })
        : Promise.resolve([]),
      actie === "AFSLUITEN"
        ? tx.afspraak.findFirst({ where: { inburgeraarId, isEindgesprek: true, status: "VOND_PLAATS" }, select: { id: true } })
        : Promise.resolve(null),
    ]);
    const oordeel = beoordeelFaseWijziging(actie, { fase: rij.fase, checklist, reden, heeftEindgesprek: Boolean(eindgesprek) });
    if (!oordeel.mag) {
      if (oordeel.veld) throw veldFout([oordeel.veld], oordeel.reden);
      throw new AppError("ONGELDIG", oordeel.reden);
    }
    const nu = new Date();
    const { count } = await tx.inburgeraar.updateMany({
      where: { id: inburgeraarId, version },
      data: {
        fase: oordeel.naar,
        faseSinds: nu,
        version: { increment: 1 },
        ...(actie === "SLUIT_OPSTARTFASE" ? { opstartAfgeslotenOp: nu, opstartAfsluitReden: oordeel.metReden ? reden : null } : {}),
        ...(actie === "AFSLUITEN" ? { afgeslotenOp: nu } : {}),
      },
    });
    if (count === 0) throw conflict();
    const checklistPunten = actie === "START_OPSTARTFASE" ? await maakChecklist(tx, inburgeraarId) : undefined;
    await audit(
      {
        actie: "inburgeraar.fase-gewijzigd",
        gebruiker: user,
        entiteit: "Inburgeraar",
        entiteitId: inburgeraarId,
        inburgeraarId,
        details: {
          stap: actie,
          van: rij.fase,
          naar: oordeel.naar,
          ...(checklistPunten !== undefined ? { checklistPunten } : {}),
          ...(oordeel.metReden ? { reden } : {}),
        },
      },
      tx,
    );
  });
}
