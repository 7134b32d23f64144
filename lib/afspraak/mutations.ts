import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { assertCan, can, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { markeerGeregeld } from "@/lib/opstart/checklist";
import { koppelDoelen } from "@/lib/plan/afspraak-doelen";
import { amsterdamNaarInstant, kalenderdatumNaarDate, vandaag } from "@/lib/tijd";
import { controleerLog, controleerPlanning, standaardDuur, type VeldFouten } from "./rules";
import { logAfspraakSchema, planAfspraakSchema } from "./schema";

/**
 * Writes of the afspraken module. Each is a plain function `(user, input)`:
 * parse → authorize → scoped load → write + audit in one transaction.
 * Repeats of the same form submit (double click, retry) are recognised by the
 * form's `aanvraagSleutel` and return the first result instead of a second row.
 */

export interface AfspraakResultaat {
  id: string;
  inburgeraarId: string;
  /** false when this was a repeat of an earlier submit. */
  isNieuw: boolean;
}

/** Cross-field problems as a ZodError, so forms show them next to the field. */
function gooiVeldFouten(fouten: VeldFouten, input: unknown): void {
  const issues = Object.entries(fouten).map(([veld, message]) => ({ code: "custom" as const, path: [veld], message: message!, input }));
  if (issues.length > 0) throw new z.ZodError(issues);
}

function isUniekeSleutelFout(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

async function laadInburgeraar(tx: Tx, user: SessionUser, inburgeraarId: string) {
  const persoon = await tx.inburgeraar.findFirst({
    where: { id: inburgeraarId, ...inburgeraarScope(user) },
    select: { id: true, fase: true },
  });
  if (!persoon) throw notFound();
  return persoon;
}

/** The afspraak an earlier submit with the same key made, if it was this user's for this person. */
async function eerdereAanvraag(tx: Tx, user: SessionUser, aanvraagSleutel: string, inburgeraarId: string) {
  const eerder = await tx.afspraak.findUnique({
    where: { aanvraagSleutel },
    select: { id: true, inburgeraarId: true, medewerkerId: true, gelogdDoorId: true },
  });
  if (!eerder) return null;
  if (eerder.inburgeraarId !== inburgeraarId || (eerder.medewerkerId !== user.id && eerder.gelogdDoorId !== user.id)) {
    throw conflict("Dit formulier is al gebruikt. Laad de pagina opnieuw en probeer het nog eens.");
  }
  return eerder;
}

/** Runs `schrijf`; when a concurrent repeat won the race on the unique key, returns that one. */
async function eenmalig(
  user: SessionUser,
  aanvraagSleutel: string,
  inburgeraarId: string,
  schrijf: () => Promise<AfspraakResultaat>,
): Promise<AfspraakResultaat> {
  try {
    return await schrijf();
  } catch (error) {
    if (!isUniekeSleutelFout(error)) throw error;
    // The transaction is aborted; look the winner up outside it.
    const eerder = await eerdereAanvraag(db(), user, aanvraagSleutel, inburgeraarId);
    if (!eerder) throw error;
    return { id: eerder.id, inburgeraarId, isNieuw: false };
  }
}

/** Plans an afspraak with the signed-in user as medewerker. */
export async function planAfspraak(user: SessionUser, input: unknown, nu: Date = new Date()): Promise<AfspraakResultaat> {
  assertCan(user, "afspraak:plannen");
  const data = planAfspraakSchema.parse(input);
  gooiVeldFouten(controleerPlanning({ datum: data.datum, vandaag: vandaag(nu) }), input);
  const start = amsterdamNaarInstant(data.datum, data.tijd);
  return eenmalig(user, data.aanvraagSleutel, data.inburgeraarId, () =>
    db().$transaction(async (tx) => {
      await laadInburgeraar(tx, user, data.inburgeraarId);
      const eerder = await eerdereAanvraag(tx, user, data.aanvraagSleutel, data.inburgeraarId);
      if (eerder) return { id: eerder.id, inburgeraarId: data.inburgeraarId, isNieuw: false };
      const afspraak = await tx.afspraak.create({
        data: {
          inburgeraarId: data.inburgeraarId,
          medewerkerId: user.id,
          start,
          duurMinuten: data.duurMinuten ?? standaardDuur(data.type),
          type: data.type,
          locatie: data.locatie ?? null,
          onderwerp: data.onderwerp ?? null,
          metTolk: data.metTolk,
          tolkTaal: data.metTolk ? (data.tolkTaal ?? null) : null,
          status: "GEPLAND",
          aanvraagSleutel: data.aanvraagSleutel,
        },
        select: { id: true },
      });
      await audit(
        {
          actie: "afspraak.gepland",
          gebruiker: user,
          entiteit: "Afspraak",
          entiteitId: afspraak.id,
          inburgeraarId: data.inburgeraarId,
          details: { type: data.type, start: start.toISOString(), metTolk: data.metTolk },
        },
        tx,
      );
      return { id: afspraak.id, inburgeraarId: data.inburgeraarId, isNieuw: true };
    }),
  );
}

/**
 * Logs a contact afterwards: either a planned afspraak (with the version the
 * form loaded; stale → conflict) or a contact that was never planned.
 */
export async function logAfspraak(user: SessionUser, input: unknown, nu: Date = new Date()): Promise<AfspraakResultaat> {
  assertCan(user, "afspraak:loggen");
  const data = logAfspraakSchema.parse(input);
  const start = amsterdamNaarInstant(data.datum, data.tijd);
  const isVondPlaats = data.status === "VOND_PLAATS";
  const duurMinuten = isVondPlaats ? (data.duurMinuten ?? standaardDuur(data.type)) : null;
  const checklistItemIds = isVondPlaats ? [...new Set(data.checklistItemIds)] : [];

  return eenmalig(user, data.aanvraagSleutel, data.inburgeraarId, () =>
    db().$transaction(async (tx) => {
      const persoon = await laadInburgeraar(tx, user, data.inburgeraarId);
      gooiVeldFouten(
        controleerLog({
          datum: data.datum,
          vandaag: vandaag(nu),
          status: data.status,
          volgendContact: data.volgendContact,
          isEindgesprek: data.isEindgesprek,
          fase: persoon.fase,
          aantalChecklistItems: data.checklistItemIds.length,
        }),
        input,
      );
      const eerder = await eerdereAanvraag(tx, user, data.aanvraagSleutel, data.inburgeraarId);
      if (eerder) return { id: eerder.id, inburgeraarId: data.inburgeraarId, isNieuw: false };

      const velden = {
        start,
        type: data.type,
        status: data.status,
        duurMinuten,
        leefgebieden: isVondPlaats ? data.leefgebieden : [],
        verslag: data.verslag ?? null,
        // Only those who may share a verslag with the maatje can set it; anyone else's tick is ignored.
        deelMetMaatje: data.deelMetMaatje && can(user, "verslag:delen-met-maatje"),
        volgendContact: data.volgendContact ? kalenderdatumNaarDate(data.volgendContact) : null,
        isEindgesprek: isVondPlaats && data.isEindgesprek,
        metTolk: data.metTolk,
        tolkTaal: data.metTolk ? (data.tolkTaal ?? null) : null,
        gelogdDoorId: user.id,
        gelogdOp: nu,
        // The log's own key replaces the planning key, so a repeat of this log is recognised.
        aanvraagSleutel: data.aanvraagSleutel,
      };

      let afspraakId: string;
      if (data.afspraakId) {
        const gepland = await tx.afspraak.findFirst({
          where: { id: data.afspraakId, inburgeraarId: data.inburgeraarId },
          select: { id: true, status: true, locatie: true },
        });
        if (!gepland) throw notFound();
        const { count } = await tx.afspraak.updateMany({
          where: { id: gepland.id, version: data.version, status: "GEPLAND" },
          data: { ...velden, ...(data.locatie !== undefined ? { locatie: data.locatie } : {}), version: { increment: 1 } },
        });
        if (count === 0) {
          throw conflict(
            gepland.status === "GEPLAND"
              ? undefined
              : "Deze afspraak is intussen al gelogd. Laad de pagina opnieuw om het verslag te zien.",
          );
        }
        afspraakId = gepland.id;
      } else {
        const afspraak = await tx.afspraak.create({
          data: { ...velden, inburgeraarId: data.inburgeraarId, medewerkerId: user.id, locatie: data.locatie ?? null },
          select: { id: true },
        });
        afspraakId = afspraak.id;
      }

      await markeerGeregeld(tx, user, data.inburgeraarId, checklistItemIds, afspraakId, data.datum);
      const doelen = await koppelDoelen(tx, user, data.inburgeraarId, afspraakId, isVondPlaats ? data.doelIds : []);

      await audit(
        {
          actie: "afspraak.gelogd",
          gebruiker: user,
          entiteit: "Afspraak",
          entiteitId: afspraakId,
          inburgeraarId: data.inburgeraarId,
          details: {
            type: data.type,
            status: data.status,
            duurMinuten,
            wasGepland: Boolean(data.afspraakId),
            leefgebieden: velden.leefgebieden,
            checklistItems: checklistItemIds.length,
            doelen,
            volgendContact: data.volgendContact ?? null,
            isEindgesprek: velden.isEindgesprek,
          },
        },
        tx,
      );
      return { id: afspraakId, inburgeraarId: data.inburgeraarId, isNieuw: true };
    }),
  );
}
