import "server-only";
import { audit } from "@/lib/audit";
import { actieveToewijzing, assertCan, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { z } from "zod";
import { AppError, notFound } from "@/lib/errors";
import { dateKolomNaarKalenderdatum, vandaag } from "@/lib/tijd";
import { NIET_INZETBAAR_TEKST, blokkerendeRedenen, nietInzetbaarRedenen } from "@/lib/vrijwilliger/rules";
import { magRolKrijgen, isVol } from "./rules";
import { beeindigSchema, maatjeWensSchema, OVERDRACHT_MIN_TEKENS, overdrachtGelezenSchema, toewijzenSchema, TOEWIJZING_ROL_LABELS } from "./schema";

/** A message next to one field of the toewijzing form, as zod would give it. */
function veldFout(veld: string, message: string, input: unknown): z.ZodError {
  return new z.ZodError([{ code: "custom", path: [veld], message, input }]);
}

/**
 * Assigns a begeleider or maatje. One person holds each role at a time: the
 * previous holder's assignment is ended (never deleted), so history stays.
 * - Taking over a begeleider or maatje needs a short interne overdracht note,
 *   stored on the new assignment and shown first to the new person.
 * - A volunteer who would not be suggested (paused, stopped, no valid VOG, no
 *   maatje task) needs an explicit reason, which is stored and audited; a full
 *   volunteer or a disabled account is refused outright.
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
        actief: true,
        vrijwilligerProfiel: { select: { maxMaatjes: true, status: true, taken: true, vogDatum: true } },
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
    let uitzondering: string | null = null;
    if (data.rol === "MAATJE") {
      const p = gebruiker.vrijwilligerProfiel;
      const redenen = nietInzetbaarRedenen(
        {
          accountActief: gebruiker.actief,
          status: p?.status ?? "ACTIEF",
          taken: p?.taken ?? [],
          vogDatum: p?.vogDatum ? dateKolomNaarKalenderdatum(p.vogDatum) : null,
          maxMaatjes: p?.maxMaatjes ?? 0,
          aantalMaatjes: gebruiker._count.toewijzingen,
        },
        vandaag(now),
      );
      // VOL is refused above with its own message; anything else blocking cannot be overruled.
      if (blokkerendeRedenen(redenen).length > 0) throw new AppError("ONGELDIG", `${gebruiker.naam} kan nu geen maatje worden.`);
      if (redenen.length > 0) {
        if (!data.uitzondering || data.uitzondering.length < OVERDRACHT_MIN_TEKENS) {
          throw veldFout(
            "uitzondering",
            `${gebruiker.naam} wordt niet voorgesteld (${redenen.map((r) => NIET_INZETBAAR_TEKST[r]).join(", ")}). Schrijf op waarom je toch voor deze vrijwilliger kiest.`,
            input,
          );
        }
        uitzondering = data.uitzondering;
      }
    }
    const isOvername = huidige.length > 0 && (data.rol === "BEGELEIDER" || data.rol === "MAATJE");
    if (isOvername && (!data.overdrachtNotitie || data.overdrachtNotitie.length < OVERDRACHT_MIN_TEKENS)) {
      throw veldFout(
        "overdrachtNotitie",
        `${gebruiker.naam} neemt het over van ${huidige.map((t) => t.gebruiker.naam).join(", ")}. Schrijf kort op wat ${gebruiker.naam} eerst moet weten (minstens ${OVERDRACHT_MIN_TEKENS} tekens).`,
        input,
      );
    }
    if (huidige.length > 0) {
      await tx.toewijzing.updateMany({ where: { id: { in: huidige.map((t) => t.id) } }, data: { tot: now } });
    }
    const toewijzing = await tx.toewijzing.create({
      data: {
        inburgeraarId: persoon.id,
        gebruikerId: gebruiker.id,
        rol: data.rol,
        vanaf: now,
        toegewezenDoorId: user.id,
        reden: data.reden,
        overdrachtNotitie: data.overdrachtNotitie,
        uitzonderingReden: uitzondering,
      },
    });
    // Someone who gets a maatje wants one: if it ends, they are back on the wachtlijst.
    if (data.rol === "MAATJE") {
      await tx.inburgeraar.updateMany({ where: { id: persoon.id, maatjeGewenstSinds: null }, data: { maatjeGewenstSinds: now } });
    }
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
          ...(uitzondering ? { uitzondering } : {}),
          ...(data.overdrachtNotitie ? { overdracht: true } : {}),
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

/** Records whether the person wants a maatje; wanting one puts them on the wachtlijst until they have one. */
export async function zetMaatjeWens(user: SessionUser, input: unknown, now = new Date()) {
  assertCan(user, "toewijzing:beheren");
  const data = maatjeWensSchema.parse(input);
  return db().$transaction(async (tx) => {
    const persoon = await tx.inburgeraar.findFirst({
      where: { id: data.inburgeraarId, ...inburgeraarScope(user, now) },
      select: { id: true, maatjeGewenstSinds: true },
    });
    if (!persoon) throw notFound();
    if (Boolean(persoon.maatjeGewenstSinds) === data.gewenst) return { inburgeraarId: persoon.id, gewenst: data.gewenst };
    await tx.inburgeraar.update({ where: { id: persoon.id }, data: { maatjeGewenstSinds: data.gewenst ? now : null } });
    await audit(
      { actie: "inburgeraar.maatje-gewenst", gebruiker: user, entiteit: "Inburgeraar", entiteitId: persoon.id, inburgeraarId: persoon.id, details: { gewenst: data.gewenst } },
      tx,
    );
    return { inburgeraarId: persoon.id, gewenst: data.gewenst };
  });
}

/** The new begeleider or maatje marks the overdracht note as read (it stays readable). */
export async function markeerOverdrachtGelezen(user: SessionUser, input: unknown, now = new Date()) {
  const data = overdrachtGelezenSchema.parse(input);
  const t = await db().toewijzing.findFirst({
    where: { id: data.toewijzingId, gebruikerId: user.id, ...actieveToewijzing(now), inburgeraar: inburgeraarScope(user, now) },
    select: { id: true, inburgeraarId: true },
  });
  if (!t) throw notFound();
  await db().toewijzing.updateMany({ where: { id: t.id, overdrachtGelezenOp: null }, data: { overdrachtGelezenOp: now } });
  return { inburgeraarId: t.inburgeraarId };
}
