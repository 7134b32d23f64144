import "server-only";
import { audit } from "@/lib/audit";
import { assertCan, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import type { ChecklistStatus } from "@/lib/db/generated/enums";
import { dateKolomNaarKalenderdatum, kalenderdatumNaarDate, vandaag, type Kalenderdatum } from "@/lib/tijd";
import { genereerChecklist } from "./rules";
import { checklistItemUpdateSchema, checklistStatusSchema } from "./schema";

/** A person's opstartfase checklist: creating it from the templates and changing its items. */

const ITEM_CONFLICT =
  "Iemand anders heeft dit onderdeel intussen gewijzigd. Laad de pagina opnieuw, bekijk de nieuwe stand en sla daarna opnieuw op.";

/**
 * Creates the opstartfase checklist of one person from their gemeente's
 * templates (the doelgroep list for nareizigers, else the standard list;
 * school items only with children; deadlines from the BRP date).
 * Idempotent: codes the person already has are skipped. Returns how many items
 * were created.
 *
 * No authorization and no audit row here: the caller (the phase change into the
 * opstartfase) has already authorized the user for this dossier and records the
 * event in its own transaction, which this runs inside.
 */
export async function maakChecklist(tx: Tx, inburgeraarId: string): Promise<number> {
  const persoon = await tx.inburgeraar.findUnique({
    where: { id: inburgeraarId },
    select: {
      gemeenteId: true,
      doelgroepen: true,
      brpInschrijvingDatum: true,
      huishouden: { select: { relatie: true, geboortedatum: true } },
    },
  });
  if (!persoon) throw notFound();
  const templates = await tx.checklistTemplate.findMany({
    where: { gemeenteId: persoon.gemeenteId },
    select: {
      id: true,
      doelgroep: true,
      items: {
        where: { actief: true },
        select: {
          id: true,
          code: true,
          titel: true,
          categorieen: true,
          verplicht: true,
          alleenMetKinderen: true,
          deadlineDagenNaBrp: true,
          volgorde: true,
          actief: true,
        },
      },
    },
  });
  const items = genereerChecklist({
    templates,
    doelgroepen: persoon.doelgroepen,
    huishouden: persoon.huishouden,
    brpInschrijvingDatum: persoon.brpInschrijvingDatum,
    vandaag: vandaag(),
  });
  const bestaand = await tx.checklistItem.findMany({ where: { inburgeraarId }, select: { code: true } });
  const bestaandeCodes = new Set(bestaand.map((b) => b.code));
  const nieuw = items.filter((item) => !bestaandeCodes.has(item.code));
  if (nieuw.length === 0) return 0;
  const { count } = await tx.checklistItem.createMany({
    data: nieuw.map((item) => ({
      inburgeraarId,
      templateItemId: item.templateItemId,
      code: item.code,
      titel: item.titel,
      categorieen: item.categorieen,
      verplicht: item.verplicht,
      deadline: item.deadline ? kalenderdatumNaarDate(item.deadline) : null,
      volgorde: item.volgorde,
    })),
    // A concurrent call that created the same code first wins; ours is skipped.
    skipDuplicates: true,
  });
  return count;
}

/**
 * Saves one checklist item from the dossier page. The version is the one the
 * page loaded: if someone else saved in between, the save is refused with a
 * conflict instead of overwriting their work.
 */
export async function updateChecklistItem(user: SessionUser, input: unknown): Promise<{ inburgeraarId: string }> {
  assertCan(user, "checklist:bijwerken");
  const data = checklistItemUpdateSchema.parse(input);
  const datum = data.status === "GEREGELD" && !data.datum ? vandaag() : data.datum;
  return db().$transaction(async (tx) => {
    const item = await laadWijzigbaarItem(tx, user, data.id);
    await schrijfItem(tx, user, item, data.version, { status: data.status, datum: datum ?? null, notitie: data.notitie }, { notitieGewijzigd: data.notitie !== undefined });
    return { inburgeraarId: item.inburgeraarId };
  });
}

/** One checklist item within the user's scope, refused when its dossier is closed. */
async function laadWijzigbaarItem(tx: Tx, user: SessionUser, id: string, nu = new Date()) {
  const item = await tx.checklistItem.findFirst({
    where: { id, inburgeraar: inburgeraarScope(user, nu) },
    select: { id: true, titel: true, code: true, categorieen: true, status: true, datum: true, inburgeraarId: true, inburgeraar: { select: { fase: true } } },
  });
  if (!item) throw notFound();
  if (item.inburgeraar.fase === "AFGESLOTEN") {
    throw new AppError("ONGELDIG", "Dit dossier is afgesloten. De checklist kan niet meer worden gewijzigd.");
  }
  return item;
}

/**
 * Writes status and date (and a note or an afspraak link when given) at the
 * version the screen held — a stale version is a conflict, never an overwrite —
 * and audits the change, in the caller's transaction.
 */
async function schrijfItem(
  tx: Tx,
  user: SessionUser,
  item: Awaited<ReturnType<typeof laadWijzigbaarItem>>,
  version: number,
  wijziging: { status: ChecklistStatus; datum: Kalenderdatum | null; notitie?: string | null; afspraakId?: null },
  details: Record<string, unknown>,
) {
  const { count } = await tx.checklistItem.updateMany({
    where: { id: item.id, version },
    data: {
      status: wijziging.status,
      datum: wijziging.datum ? kalenderdatumNaarDate(wijziging.datum) : null,
      ...("notitie" in wijziging ? { notitie: wijziging.notitie } : {}),
      ...("afspraakId" in wijziging ? { afspraakId: null } : {}),
      gewijzigdDoorId: user.id,
      version: { increment: 1 },
    },
  });
  if (count === 0) throw conflict(ITEM_CONFLICT);
  await audit(
    {
      actie: "checklist.gewijzigd",
      gebruiker: user,
      entiteit: "ChecklistItem",
      entiteitId: item.id,
      inburgeraarId: item.inburgeraarId,
      details: { titel: item.titel, code: item.code, categorieen: item.categorieen, van: item.status, naar: wijziging.status, datum: wijziging.datum, ...details },
    },
    tx,
  );
}

export interface ChecklistStatusResultaat {
  inburgeraarId: string;
  id: string;
  status: ChecklistStatus;
  /** The new version: an undo (or the next tap) sends it back. */
  version: number;
  /** What the item was before this change: what "Ongedaan maken" restores. */
  vorige: { status: ChecklistStatus; datum: Kalenderdatum | null };
}

/**
 * Saves a status the moment it is tapped, or undoes that tap. Only status and
 * date change; the note stays. The version is the one the screen holds: if
 * someone else changed the item in between, the tap (or the undo) is refused
 * with a conflict and nothing is overwritten.
 */
export async function zetChecklistStatus(user: SessionUser, input: unknown, nu: Date = new Date()): Promise<ChecklistStatusResultaat> {
  assertCan(user, "checklist:bijwerken");
  const data = checklistStatusSchema.parse(input);
  return db().$transaction(async (tx) => {
    const item = await laadWijzigbaarItem(tx, user, data.id, nu);
    const vorigeDatum = item.datum ? dateKolomNaarKalenderdatum(item.datum) : null;
    // A tap dates a geregeld item today (or keeps the date it already had); an undo restores what was there.
    const datum = data.ongedaan ? data.datum : data.status === "GEREGELD" ? (item.status === "GEREGELD" ? vorigeDatum : vandaag(nu)) : null;
    // No longer (or not yet again) ticked during an afspraak: this tap is the latest word (afspraakId: null).
    await schrijfItem(tx, user, item, data.version, { status: data.status, datum: datum ?? null, afspraakId: null }, data.ongedaan ? { ongedaan: true } : {});
    return {
      inburgeraarId: item.inburgeraarId,
      id: item.id,
      status: data.status,
      version: data.version + 1,
      vorige: { status: item.status, datum: vorigeDatum },
    };
  });
}

/**
 * Marks checklist items as geregeld during a logged afspraak (called by the
 * afspraken module inside its own transaction). Only items of this person are
 * touched; items that are already geregeld keep their original date.
 */
export async function markeerGeregeld(
  tx: Tx,
  user: SessionUser,
  inburgeraarId: string,
  itemIds: string[],
  afspraakId: string,
  datum: Kalenderdatum,
): Promise<void> {
  if (itemIds.length === 0) return;
  assertCan(user, "checklist:bijwerken");
  const persoon = await tx.inburgeraar.findFirst({ where: { id: inburgeraarId, ...inburgeraarScope(user) }, select: { id: true } });
  if (!persoon) throw notFound();
  const items = await tx.checklistItem.findMany({
    where: { id: { in: itemIds }, inburgeraarId, status: { not: "GEREGELD" } },
    select: { id: true, titel: true, code: true, categorieen: true, status: true, version: true },
  });
  for (const item of items) {
    const { count } = await tx.checklistItem.updateMany({
      where: { id: item.id, version: item.version },
      data: { status: "GEREGELD", datum: kalenderdatumNaarDate(datum), afspraakId, gewijzigdDoorId: user.id, version: { increment: 1 } },
    });
    if (count === 0) throw conflict(ITEM_CONFLICT);
    await audit(
      {
        actie: "checklist.gewijzigd",
        gebruiker: user,
        entiteit: "ChecklistItem",
        entiteitId: item.id,
        inburgeraarId,
        details: {
          titel: item.titel,
          code: item.code,
          categorieen: item.categorieen,
          van: item.status,
          naar: "GEREGELD",
          datum,
          afspraakId,
        },
      },
      tx,
    );
  }
}
