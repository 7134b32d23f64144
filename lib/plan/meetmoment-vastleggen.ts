import "server-only";
import { audit } from "@/lib/audit";
import { assertCan, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Leefgebied } from "@/lib/db/generated/enums";
import { AppError, conflict } from "@/lib/errors";
import { dateKolomNaarKalenderdatum, formatKalenderdatum, kalenderdatumNaarDate, vandaag as vandaagIn } from "@/lib/tijd";
import { laadPlanVoorSchrijven } from "./laden";
import { schemaInvoer } from "./queries";
import { controleerAfnamedatum, controleerScores, kanVastleggen, meetmomentenOverzicht, meetmomentNaam, meetmomentSchema, type ScoreInvoer } from "./rules";
import { meetmomentVastleggenSchema } from "./schema";
import { gooiVeldFouten } from "./veld-fouten";

/**
 * Records a meetmoment of the schedule: per leefgebied the begeleider's score,
 * the inburgeraar's own score beside it (optional) and a note. A recorded
 * meetmoment can be corrected with the version the form loaded; two people
 * recording the same meetmoment at once: the second gets a conflict.
 */
export async function legMeetmomentVast(user: SessionUser, input: unknown, nu: Date = new Date()): Promise<{ inburgeraarId: string; maand: number }> {
  assertCan(user, "meetmoment:vastleggen");
  const data = meetmomentVastleggenSchema.parse(input);
  const vandaag = vandaagIn(nu);
  try {
    return await db().$transaction(async (tx) => {
      const { persoon, plan } = await laadPlanVoorSchrijven(tx, user, data.inburgeraarId, nu);
      if (!persoon.brpInschrijvingDatum) throw new AppError("ONGELDIG", "Vul eerst de datum van inschrijving in de BRP in: de meetmomenten tellen vanaf die dag.");
      const brpDatum = dateKolomNaarKalenderdatum(persoon.brpInschrijvingDatum);
      const bestaande = await tx.meetmoment.findMany({
        where: { planId: plan.id, afgenomenOp: { not: null } },
        select: { id: true, maandNaStart: true, geplandOp: true, afgenomenOp: true, version: true, scores: { select: { leefgebied: true } } },
      });
      const vastgelegd = bestaande.map((m) => ({
        maand: m.maandNaStart,
        geplandOp: dateKolomNaarKalenderdatum(m.geplandOp),
        afgenomenOp: dateKolomNaarKalenderdatum(m.afgenomenOp!),
      }));
      const rij = meetmomentenOverzicht(meetmomentSchema(schemaInvoer(persoon)), vastgelegd, vandaag).find((r) => r.maand === data.maand);
      if (!rij) throw new AppError("ONGELDIG", "Dit meetmoment staat niet in het schema van deze inburgeraar. Laad de pagina opnieuw.");
      const eigen = bestaande.find((m) => m.maandNaStart === data.maand);
      if (data.version === 0 && eigen) throw conflict("Iemand anders heeft dit meetmoment intussen vastgelegd. Laad de pagina opnieuw om het te zien.");
      if (data.version > 0 && !eigen) throw conflict();
      if (!eigen && !kanVastleggen(rij.status)) throw new AppError("ONGELDIG", `${meetmomentNaam(rij.maand)} is pas rond ${formatKalenderdatum(rij.geplandOp)}. Leg het vast als het zover is.`);

      // A correction may keep a leefgebied the gemeente has since switched off.
      const toegestaan = [...new Set<Leefgebied>([...persoon.gemeente.leefgebieden, ...(eigen?.scores.map((s) => s.leefgebied) ?? [])])];
      const scores: ScoreInvoer[] = Object.entries(data.scores).map(([leefgebied, s]) => ({ leefgebied: leefgebied as Leefgebied, ...s }));
      gooiVeldFouten(
        {
          ...controleerScores(scores, toegestaan),
          datum: controleerAfnamedatum({ datum: data.datum, maand: data.maand, brpDatum, vandaag, anderen: vastgelegd.filter((v) => v.maand !== data.maand) }),
        },
        input,
      );
      const gescoord = scores.filter((s): s is ScoreInvoer & { score: number } => s.score !== undefined);

      const velden = { afgenomenOp: kalenderdatumNaarDate(data.datum), afgenomenDoorId: user.id, notitie: data.notitie ?? null };
      let meetmomentId: string;
      if (eigen) {
        const { count } = await tx.meetmoment.updateMany({ where: { id: eigen.id, version: data.version }, data: { ...velden, version: { increment: 1 } } });
        if (count === 0) throw conflict();
        await tx.leefgebiedScore.deleteMany({ where: { meetmomentId: eigen.id } });
        meetmomentId = eigen.id;
      } else {
        const nieuw = await tx.meetmoment.create({
          data: { planId: plan.id, maandNaStart: data.maand, geplandOp: kalenderdatumNaarDate(rij.geplandOp), ...velden },
          select: { id: true },
        });
        meetmomentId = nieuw.id;
      }
      await tx.leefgebiedScore.createMany({
        data: gescoord.map((s) => ({ meetmomentId, leefgebied: s.leefgebied, score: s.score, eigenScore: s.eigenScore ?? null, toelichting: s.toelichting ?? null })),
      });
      await audit(
        {
          actie: "plan.meetmoment-vastgelegd",
          gebruiker: user,
          entiteit: "Meetmoment",
          entiteitId: meetmomentId,
          inburgeraarId: data.inburgeraarId,
          details: { maand: data.maand, datum: data.datum, scores: Object.fromEntries(gescoord.map((s) => [s.leefgebied, s.score])), correctie: Boolean(eigen) },
        },
        tx,
      );
      return { inburgeraarId: data.inburgeraarId, maand: data.maand };
    });
  } catch (error) {
    // Two first recordings of the same meetmoment: the unique key lets one through.
    if ((error as { code?: string } | null)?.code === "P2002") throw conflict("Iemand anders heeft dit meetmoment intussen vastgelegd. Laad de pagina opnieuw om het te zien.");
    throw error;
  }
}
