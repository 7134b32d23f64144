import "server-only";
import { audit } from "@/lib/audit";
import { actieveToewijzing, assertCan, gebruikerScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Rol } from "@/lib/db/generated/enums";
import { AppError, conflict, notFound } from "@/lib/errors";
import { magRolKrijgen } from "@/lib/toewijzing/rules";
import { gebruikerWijzigenSchema } from "./schema";

const sorteer = (xs: readonly string[]) => [...xs].sort().join(",");

/**
 * A beheerder changes someone's name, role, team, gemeenten and fte. Guarded
 * against locking the organisation out and against escalation:
 * - only `gebruiker:beheren` reaches this; the organisation and e-mail are not
 *   in the schema, so whatever else a form sends is never written;
 * - nobody changes their own role (a beheerder cannot demote themselves, so
 *   there is always at least the acting beheerder left);
 * - two beheerders demoting each other at the same moment: the beheerder rows
 *   are locked and the actor must still be an active beheerder under the lock;
 * - a role change that would leave assignments the new role cannot hold (a
 *   maatje who becomes a consulent) is refused until those are handed over.
 */
export async function wijzigGebruiker(user: SessionUser, input: unknown, now = new Date()) {
  assertCan(user, "gebruiker:beheren");
  const data = gebruikerWijzigenSchema.parse(input);
  return db().$transaction(async (tx) => {
    // Serialise role changes within the organisation, then re-check the actor under the lock.
    await tx.$executeRaw`SELECT id FROM "Gebruiker" WHERE "organisatieId" = ${user.organisatieId} AND rol = 'BEHEERDER' ORDER BY id FOR UPDATE`;
    const ik = await tx.gebruiker.findUnique({ where: { id: user.id }, select: { rol: true, actief: true } });
    if (!ik || ik.rol !== "BEHEERDER" || !ik.actief) throw new AppError("GEEN_TOEGANG");

    const oud = await tx.gebruiker.findFirst({
      where: { id: data.id, ...gebruikerScope(user) },
      select: { id: true, naam: true, rol: true, teamId: true, fte: true, version: true, gemeenten: { select: { gemeenteId: true } } },
    });
    if (!oud) throw notFound();
    if (oud.version !== data.version) throw conflict();
    if (oud.id === user.id && data.rol !== oud.rol) {
      throw new AppError("ONGELDIG", "Je kunt je eigen rol niet wijzigen. Vraag een andere beheerder om dat te doen.");
    }
    if (data.teamId && !(await tx.team.findFirst({ where: { id: data.teamId, organisatieId: user.organisatieId }, select: { id: true } }))) {
      throw notFound("Dit team bestaat niet.");
    }
    const gemeenteIds = [...new Set(data.gemeenteIds)];
    if ((await tx.gemeente.count({ where: { id: { in: gemeenteIds }, organisatieId: user.organisatieId } })) !== gemeenteIds.length) {
      throw notFound("Een van de gekozen gemeenten bestaat niet.");
    }
    if (data.rol !== oud.rol) {
      const lopend = await tx.toewijzing.findMany({ where: { gebruikerId: oud.id, ...actieveToewijzing(now) }, select: { rol: true } });
      const past = lopend.filter((t) => !magRolKrijgen(data.rol as Rol, t.rol));
      if (past.length > 0) {
        throw new AppError(
          "ONGELDIG",
          `${oud.naam} is nog betrokken bij ${past.length} ${past.length === 1 ? "inburgeraar" : "inburgeraars"} in een rol die bij de nieuwe rol niet past. Laat de teamleider eerst iemand anders toewijzen.`,
        );
      }
    }
    const velden: string[] = [];
    if (data.naam !== oud.naam) velden.push("naam");
    if (data.rol !== oud.rol) velden.push("rol");
    if (data.teamId !== oud.teamId) velden.push("team");
    if (sorteer(gemeenteIds) !== sorteer(oud.gemeenten.map((g) => g.gemeenteId))) velden.push("gemeenten");
    if (data.fte !== oud.fte) velden.push("fte");

    const { count } = await tx.gebruiker.updateMany({
      where: { id: oud.id, version: data.version },
      data: { naam: data.naam, rol: data.rol, teamId: data.teamId, fte: data.fte, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    if (velden.includes("gemeenten")) {
      await tx.gebruikerGemeente.deleteMany({ where: { gebruikerId: oud.id } });
      await tx.gebruikerGemeente.createMany({ data: gemeenteIds.map((gemeenteId) => ({ gebruikerId: oud.id, gemeenteId })) });
    }
    // A new volunteer needs a profile to be matched; an old one is kept if the role changes back.
    if (data.rol === "VRIJWILLIGER") {
      await tx.vrijwilligerProfiel.upsert({ where: { gebruikerId: oud.id }, create: { gebruikerId: oud.id, talen: [] }, update: {} });
    }
    if (velden.length > 0) {
      await audit(
        {
          actie: "gebruiker.gewijzigd",
          gebruiker: user,
          entiteit: "Gebruiker",
          entiteitId: oud.id,
          details: { velden, ...(data.rol !== oud.rol ? { rolVan: oud.rol, rolNaar: data.rol } : {}) },
        },
        tx,
      );
    }
    return { id: oud.id, velden };
  });
}
