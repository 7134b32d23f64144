import "server-only";
import { audit } from "@/lib/audit";
import { assertCan, type SessionUser } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { loadInburgeraar } from "@/lib/inburgeraar/laad";
import { gooiVeldFouten } from "@/lib/plan/veld-fouten";
import { kiesbaarVoorGemeente } from "@/lib/sociale-kaart/scope";
import { kalenderdatumNaarDate, vandaag } from "@/lib/tijd";
import { doorverwijzingSchema, uitkomstSchema } from "./schema";

export interface DoorverwijzingResultaat {
  id: string;
  inburgeraarId: string;
}

const isUniekeSleutelFout = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

async function eerder(tx: Tx, user: SessionUser, aanvraagSleutel: string, inburgeraarId: string): Promise<DoorverwijzingResultaat | null> {
  const d = await tx.doorverwijzing.findUnique({ where: { aanvraagSleutel }, select: { id: true, inburgeraarId: true, vastgelegdDoorId: true } });
  if (!d) return null;
  if (d.inburgeraarId !== inburgeraarId || d.vastgelegdDoorId !== user.id) throw conflict("Dit formulier is al gebruikt. Laad de pagina opnieuw en probeer het nog eens.");
  return { id: d.id, inburgeraarId };
}

/**
 * Records a doorverwijzing to an organisation of the sociale kaart that serves
 * the person's gemeente. Part "plan" of the dossier (docs/decisions/013): who
 * writes the plan records it. A repeat of the same submit returns the first.
 */
export async function legDoorverwijzingVast(user: SessionUser, input: unknown, nu = new Date()): Promise<DoorverwijzingResultaat> {
  assertCan(user, "doorverwijzing:vastleggen");
  const data = doorverwijzingSchema.parse(input);
  if (data.datum > vandaag(nu)) gooiVeldFouten({ datum: "De datum ligt in de toekomst. Leg een doorverwijzing vast als die gedaan is." }, input);
  try {
    return await db().$transaction(async (tx) => {
      const p = await loadInburgeraar(tx, { user, id: data.inburgeraarId, need: ["plan"], now: nu, select: { id: true, gemeenteId: true } });
      const herhaling = await eerder(tx, user, data.aanvraagSleutel, p.id);
      if (herhaling) return herhaling;
      const org = await tx.socialeKaartOrganisatie.findFirst({ where: { id: data.socialeKaartId, ...kiesbaarVoorGemeente(user, p.gemeenteId) }, select: { id: true, naam: true } });
      if (!org) gooiVeldFouten({ socialeKaartId: "Kies een organisatie uit de lijst." }, input);
      const d = await tx.doorverwijzing.create({
        data: {
          inburgeraarId: p.id,
          socialeKaartId: org!.id,
          datum: kalenderdatumNaarDate(data.datum),
          reden: data.reden,
          vastgelegdDoorId: user.id,
          aanvraagSleutel: data.aanvraagSleutel,
        },
        select: { id: true },
      });
      // The reason is about the person: it stays out of the audit trail.
      await audit({ actie: "doorverwijzing.vastgelegd", gebruiker: user, entiteit: "Doorverwijzing", entiteitId: d.id, inburgeraarId: p.id, details: { organisatie: org!.naam, datum: data.datum } }, tx);
      return { id: d.id, inburgeraarId: p.id };
    });
  } catch (error) {
    if (!isUniekeSleutelFout(error)) throw error;
    const eerste = await eerder(db(), user, data.aanvraagSleutel, data.inburgeraarId);
    if (!eerste) throw error;
    return eerste;
  }
}

/** Records the outcome (version-checked); from then on the caseload no longer asks for it. */
export async function legUitkomstVast(user: SessionUser, input: unknown, nu = new Date()): Promise<DoorverwijzingResultaat> {
  assertCan(user, "doorverwijzing:vastleggen");
  const data = uitkomstSchema.parse(input);
  if (data.uitkomstOp > vandaag(nu)) gooiVeldFouten({ uitkomstOp: "De datum ligt in de toekomst." }, input);
  return db().$transaction(async (tx) => {
    const d = await tx.doorverwijzing.findUnique({ where: { id: data.id }, select: { id: true, inburgeraarId: true, datum: true, socialeKaart: { select: { naam: true } } } });
    if (!d) throw notFound();
    // The dossier decides: a doorverwijzing of someone out of reach is "not found" (and audited).
    await loadInburgeraar(tx, { user, id: d.inburgeraarId, need: ["plan"], now: nu, select: { id: true } });
    if (kalenderdatumNaarDate(data.uitkomstOp) < d.datum) gooiVeldFouten({ uitkomstOp: "De uitkomst kan niet vóór de doorverwijzing liggen." }, input);
    const { count } = await tx.doorverwijzing.updateMany({
      where: { id: d.id, version: data.version },
      data: { uitkomst: data.uitkomst, uitkomstOp: kalenderdatumNaarDate(data.uitkomstOp), uitkomstToelichting: data.uitkomstToelichting ?? null, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await audit({ actie: "doorverwijzing.uitkomst", gebruiker: user, entiteit: "Doorverwijzing", entiteitId: d.id, inburgeraarId: d.inburgeraarId, details: { organisatie: d.socialeKaart.naam, uitkomst: data.uitkomst } }, tx);
    return { id: d.id, inburgeraarId: d.inburgeraarId };
  });
}
