import "server-only";
import { audit } from "@/lib/audit";
import { assertCan, gebruikerScope, overlegDossierScope, overlegScope, rollenMet, type SessionUser } from "@/lib/authz";
import { SESSION_USER_SELECT, toSessionUser } from "@/lib/authz/user";
import { db, type Tx } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { gooiVeldFouten } from "@/lib/plan/veld-fouten";
import { dateKolomNaarKalenderdatum, kalenderdatumNaarDate, vandaag } from "@/lib/tijd";
import { besluitenSchema, overlegActieAfrondenSchema, overlegActieSchema, overlegMakenSchema } from "./schema";

export interface OverlegResultaat {
  id: string;
}

const isUniekeSleutelFout = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/** Colleagues who can take part: active, same organisation, a role that joins an overleg. */
export function deelnemerScope(user: SessionUser) {
  return { ...gebruikerScope(user), actief: true, rol: { in: rollenMet("overleg:deelnemen") } };
}

/**
 * Plans a casuïstiekoverleg. The agenda holds only dossiers the organiser may
 * see (scope and plan); a dossier out of reach is refused, never silently
 * dropped. A repeat of the same submit returns the first.
 */
export async function maakOverleg(user: SessionUser, input: unknown): Promise<OverlegResultaat> {
  assertCan(user, "overleg:organiseren");
  const data = overlegMakenSchema.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      const eerder = await tx.overleg.findUnique({ where: { aanvraagSleutel: data.aanvraagSleutel }, select: { id: true, organisatorId: true } });
      if (eerder) {
        if (eerder.organisatorId !== user.id) throw conflict("Dit formulier is al gebruikt. Laad de pagina opnieuw en probeer het nog eens.");
        return { id: eerder.id };
      }
      const dossiers = await tx.inburgeraar.findMany({ where: { AND: [{ id: { in: data.inburgeraarIds } }, overlegDossierScope(user)] }, select: { id: true } });
      if (dossiers.length !== data.inburgeraarIds.length) gooiVeldFouten({ inburgeraarIds: "Je kunt alleen dossiers op de agenda zetten die je zelf mag zien." }, input);
      const deelnemers = await tx.gebruiker.findMany({ where: { AND: [{ id: { in: data.deelnemerIds } }, deelnemerScope(user)] }, select: { id: true } });
      if (deelnemers.length !== data.deelnemerIds.length) gooiVeldFouten({ deelnemerIds: "Kies collega's uit de lijst." }, input);
      const ingeschreven = new Set([user.id, ...deelnemers.map((d) => d.id)]);
      const overleg = await tx.overleg.create({
        data: {
          organisatieId: user.organisatieId,
          titel: data.titel,
          datum: kalenderdatumNaarDate(data.datum),
          organisatorId: user.id,
          externeDeelnemers: data.externeDeelnemers,
          aanvraagSleutel: data.aanvraagSleutel,
          deelnemers: { create: [...ingeschreven].map((gebruikerId) => ({ gebruikerId })) },
          agendapunten: { create: data.inburgeraarIds.map((inburgeraarId) => ({ inburgeraarId })) },
        },
        select: { id: true },
      });
      await audit(
        {
          actie: "overleg.aangemaakt",
          gebruiker: user,
          entiteit: "Overleg",
          entiteitId: overleg.id,
          details: { datum: data.datum, dossiers: data.inburgeraarIds.length, deelnemers: ingeschreven.size + data.externeDeelnemers.length },
        },
        tx,
      );
      return { id: overleg.id };
    });
  } catch (error) {
    if (!isUniekeSleutelFout(error)) throw error;
    const eerste = await db().overleg.findUnique({ where: { aanvraagSleutel: data.aanvraagSleutel }, select: { id: true, organisatorId: true } });
    if (!eerste || eerste.organisatorId !== user.id) throw error;
    return { id: eerste.id };
  }
}

/** An agenda item the user may write minutes for: their overleg, a dossier they may see. */
async function laadAgendapunt(tx: Tx, user: SessionUser, agendapuntId: string) {
  const punt = await tx.overlegAgendapunt.findFirst({
    where: { id: agendapuntId, overleg: overlegScope(user), inburgeraar: overlegDossierScope(user) },
    select: { id: true, overlegId: true, inburgeraarId: true, overleg: { select: { datum: true } } },
  });
  if (!punt) throw notFound();
  return punt;
}

/** The decisions for one dossier (version-checked: two people writing the minutes do not overwrite each other). */
export async function slaBesluitenOp(user: SessionUser, input: unknown): Promise<OverlegResultaat & { inburgeraarId: string }> {
  assertCan(user, "overleg:organiseren");
  const data = besluitenSchema.parse(input);
  return db().$transaction(async (tx) => {
    const punt = await laadAgendapunt(tx, user, data.agendapuntId);
    const { count } = await tx.overlegAgendapunt.updateMany({ where: { id: punt.id, version: data.version }, data: { besluiten: data.besluiten || null, version: { increment: 1 } } });
    if (count === 0) throw conflict();
    const acties = await tx.overlegActie.count({ where: { agendapuntId: punt.id } });
    await audit({ actie: "overleg.besproken", gebruiker: user, entiteit: "OverlegAgendapunt", entiteitId: punt.id, inburgeraarId: punt.inburgeraarId, details: { datum: dateKolomNaarKalenderdatum(punt.overleg.datum), acties } }, tx);
    return { id: punt.overlegId, inburgeraarId: punt.inburgeraarId };
  });
}

/**
 * An action for one dossier, with an owner and a due date. The owner must be
 * a colleague who may see that dossier: the action shows in their caseload.
 */
export async function voegOverlegActieToe(user: SessionUser, input: unknown, nu = new Date()): Promise<OverlegResultaat & { inburgeraarId: string }> {
  assertCan(user, "overleg:organiseren");
  const data = overlegActieSchema.parse(input);
  if (data.deadline < vandaag(nu)) gooiVeldFouten({ deadline: "Deze datum is al voorbij. Kies vandaag of later." }, input);
  return db().$transaction(async (tx) => {
    const punt = await laadAgendapunt(tx, user, data.agendapuntId);
    const eigenaarRij = await tx.gebruiker.findFirst({ where: { AND: [{ id: data.eigenaarId }, deelnemerScope(user)] }, select: SESSION_USER_SELECT });
    const eigenaar = eigenaarRij ? toSessionUser(eigenaarRij, "") : null;
    const magZien = eigenaar ? (await tx.inburgeraar.count({ where: { AND: [{ id: punt.inburgeraarId }, overlegDossierScope(eigenaar, nu)] } })) > 0 : false;
    if (!magZien) gooiVeldFouten({ eigenaarId: "Kies iemand die dit dossier mag zien." }, input);
    await tx.overlegActie.create({ data: { agendapuntId: punt.id, omschrijving: data.omschrijving, eigenaarId: eigenaar!.id, deadline: kalenderdatumNaarDate(data.deadline) } });
    const acties = await tx.overlegActie.count({ where: { agendapuntId: punt.id } });
    await audit({ actie: "overleg.besproken", gebruiker: user, entiteit: "OverlegAgendapunt", entiteitId: punt.id, inburgeraarId: punt.inburgeraarId, details: { datum: dateKolomNaarKalenderdatum(punt.overleg.datum), acties } }, tx);
    return { id: punt.overlegId, inburgeraarId: punt.inburgeraarId };
  });
}

/** The owner ticks off their own action (or opens it again). */
export async function rondOverlegActieAf(user: SessionUser, input: unknown, nu = new Date()): Promise<OverlegResultaat & { inburgeraarId: string }> {
  assertCan(user, "overleg:deelnemen");
  const data = overlegActieAfrondenSchema.parse(input);
  return db().$transaction(async (tx) => {
    const actie = await tx.overlegActie.findFirst({
      where: { id: data.actieId, eigenaarId: user.id, agendapunt: { inburgeraar: overlegDossierScope(user, nu) } },
      select: { id: true, agendapunt: { select: { overlegId: true, inburgeraarId: true } } },
    });
    if (!actie) throw notFound();
    await tx.overlegActie.update({ where: { id: actie.id }, data: { afgerondOp: data.afgerond ? kalenderdatumNaarDate(vandaag(nu)) : null } });
    await audit({ actie: "overleg.actie-afgerond", gebruiker: user, entiteit: "OverlegActie", entiteitId: actie.id, inburgeraarId: actie.agendapunt.inburgeraarId, details: { afgerond: data.afgerond } }, tx);
    return { id: actie.agendapunt.overlegId, inburgeraarId: actie.agendapunt.inburgeraarId };
  });
}
