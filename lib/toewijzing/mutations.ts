import "server-only";
import { audit } from "@/lib/audit";
import { actieveToewijzing, assertCan, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { magRolKrijgen, isVol } from "./rules";
import { beeindigSchema, toewijzenSchema, TOEWIJZING_ROL_LABELS } from "./schema";

/**
 * Assigns a begeleider or maatje. One person holds each role at a time: the
 * previous holder's assignment is ended (never deleted), so history stays.
 */
export async function wijsToe(user: SessionUser, input: unknown, now = new Date()) {
  assertCan(user, "toewijzing:beheren");
  const data = toewijzenSchema.parse(input);
  return db().$transaction(async (tx) => {
    const persoon = await tx.inburgeraar.findFirst({
      where: { id: data.inburgeraarId, ...inburgeraarScope(user, now) },
      select: { id: true, fase: true },
    });
    if (!persoon) throw notFound();
    if (persoon.fase === "AFGESLOTEN") throw new AppError("ONGELDIG", "Dit dossier is afgesloten; je kunt niemand meer toewijzen.");
    const gebruiker = await tx.gebruiker.findFirst({
      where: { id: data.gebruikerId, organisatieId: user.organisatieId, actief: true },
      select: {
        id: true,
        naam: true,
        rol: true,
        vrijwilligerProfiel: { select: { maxMaatjes: true } },
        _count: { select: { toewijzingen: { where: { rol: "MAATJE", ...actieveToewijzing(now) } } } },
      },
    });
    if (!gebruiker) throw notFound("Deze persoon bestaat niet of is niet actief.");
    if (!magRolKrijgen(gebruiker.rol, data.rol)) {
      throw new AppError(
        "ONGELDIG",
        data.rol === "MAATJE" ? "Alleen een vrijwilliger kan maatje zijn." : "Alleen een begeleider of teamleider kan deze rol krijgen.",
      );
    }
    const huidige = await tx.toewijzing.findMany({
      where: { inburgeraarId: persoon.id, rol: data.rol, ...actieveToewijzing(now) },
      select: { id: true, gebruikerId: true, gebruiker: { select: { naam: true } } },
    });
    if (huidige.some((t) => t.gebruikerId === gebruiker.id)) {
      throw new AppError("ONGELDIG", `${gebruiker.naam} is hier al ${TOEWIJZING_ROL_LABELS[data.rol].toLowerCase()}.`);
    }
    if (data.rol === "MAATJE" && isVol(gebruiker._count.toewijzingen, gebruiker.vrijwilligerProfiel?.maxMaatjes)) {
      throw new AppError(
        "ONGELDIG",
        `${gebruiker.naam} heeft al ${gebruiker._count.toewijzingen} maatjes, het maximum dat is afgesproken. Kies iemand anders of bespreek het eerst.`,
      );
    }
    if (huidige.length > 0) {
      await tx.toewijzing.updateMany({ where: { id: { in: huidige.map((t) => t.id) } }, data: { tot: now } });
    }
    const toewijzing = await tx.toewijzing.create({
      data: { inburgeraarId: persoon.id, gebruikerId: gebruiker.id, rol: data.rol, vanaf: now, toegewezenDoorId: user.id, reden: data.reden },
    });
    await audit(
      {
        actie: "toewijzing.gemaakt",
        gebruiker: user,
        entiteit: "Toewijzing",
        entiteitId: toewijzing.id,
        inburgeraarId: persoon.id,
        details: {
          rol: data.rol,
          naam: gebruiker.naam,
          vorige: huidige.map((t) => t.gebruiker.naam),
        },
      },
      tx,
    );
    return toewijzing;
  });
}

export async function beeindigToewijzing(user: SessionUser, input: unknown, now = new Date()) {
  assertCan(user, "toewijzing:beheren");
  const data = beeindigSchema.parse(input);
  await db().$transaction(async (tx) => {
    const toewijzing = await tx.toewijzing.findFirst({
      where: { id: data.toewijzingId, ...actieveToewijzing(now), inburgeraar: inburgeraarScope(user, now) },
      select: { id: true, rol: true, inburgeraarId: true, gebruiker: { select: { naam: true } } },
    });
    if (!toewijzing) throw notFound("Deze toewijzing bestaat niet of is al beëindigd.");
    await tx.toewijzing.update({ where: { id: toewijzing.id }, data: { tot: now, reden: data.reden ?? undefined } });
    await audit(
      {
        actie: "toewijzing.beeindigd",
        gebruiker: user,
        entiteit: "Toewijzing",
        entiteitId: toewijzing.id,
        inburgeraarId: toewijzing.inburgeraarId,
        details: {
          rol: toewijzing.rol,
          naam: toewijzing.gebruiker.naam,
          reden: data.reden ?? null,
        },
      },
      tx,
    );
  });
}
