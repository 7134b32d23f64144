import "server-only";
import { audit } from "@/lib/audit";
import { assertCan, gemeenteScope, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import type { ChecklistCategorie } from "@/lib/db/generated/enums";
import { AppError, conflict, notFound } from "@/lib/errors";
import { kalenderdatumNaarDate, vandaag, type Kalenderdatum } from "@/lib/tijd";
import { genereerChecklist, samenvattingChecklist } from "./rules";
import {
  checklistItemUpdateSchema,
  templateItemAddSchema,
  templateItemDeactivateSchema,
  templateItemUpdateSchema,
} from "./schema";
import { checklistTemplatesVoorGemeente } from "./templates";

const ITEM_CONFLICT =
  "Iemand anders heeft dit onderdeel intussen gewijzigd. Laad de pagina opnieuw, bekijk de nieuwe stand en sla daarna opnieuw op.";
const TEMPLATE_CONFLICT =
  "Iemand anders heeft deze checklist intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.";

// ───────────────────────── per-person checklist ─────────────────────────

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
    const item = await tx.checklistItem.findFirst({
      where: { id: data.id, inburgeraar: inburgeraarScope(user) },
      select: { id: true, titel: true, code: true, status: true, inburgeraarId: true, inburgeraar: { select: { fase: true } } },
    });
    if (!item) throw notFound();
    if (item.inburgeraar.fase === "AFGESLOTEN") {
      throw new AppError("ONGELDIG", "Dit dossier is afgesloten. De checklist kan niet meer worden gewijzigd.");
    }
    const { count } = await tx.checklistItem.updateMany({
      where: { id: item.id, version: data.version },
      data: {
        status: data.status,
        datum: datum ? kalenderdatumNaarDate(datum) : null,
        notitie: data.notitie,
        gewijzigdDoorId: user.id,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict(ITEM_CONFLICT);
    const samenvatting = samenvattingChecklist(item.titel, item.status, data.status);
    await audit(
      {
        actie: "checklist.gewijzigd",
        gebruiker: user,
        entiteit: "ChecklistItem",
        entiteitId: item.id,
        inburgeraarId: item.inburgeraarId,
        details: { samenvatting, code: item.code, van: item.status, naar: data.status, datum, notitieGewijzigd: data.notitie !== undefined },
      },
      tx,
    );
    return { inburgeraarId: item.inburgeraarId };
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
    select: { id: true, titel: true, code: true, status: true, version: true },
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
          samenvatting: samenvattingChecklist(item.titel, item.status, "GEREGELD", true),
          code: item.code,
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

// ───────────────────────── templates (beheerder) ─────────────────────────

/**
 * Installs the default checklist templates (lib/opstart/templates.ts) for a
 * gemeente; templates it already has (by name) are left alone. For the seed and
 * for new gemeenten. No authorization: the caller decides. Returns how many
 * templates were created.
 */
export async function installeerStandaardTemplates(tx: Tx, gemeenteId: string): Promise<number> {
  const gemeente = await tx.gemeente.findUnique({
    where: { id: gemeenteId },
    select: { naam: true, checklistTemplates: { select: { naam: true } } },
  });
  if (!gemeente) throw notFound();
  const bestaand = new Set(gemeente.checklistTemplates.map((t) => t.naam));
  let aangemaakt = 0;
  for (const definitie of checklistTemplatesVoorGemeente(gemeente.naam)) {
    if (bestaand.has(definitie.naam)) continue;
    await tx.checklistTemplate.create({
      data: {
        gemeenteId,
        naam: definitie.naam,
        doelgroep: definitie.doelgroep,
        items: {
          create: definitie.items.map((item, i) => ({
            code: item.code,
            titel: item.titel,
            uitleg: item.uitleg ?? null,
            categorieen: item.categorieen,
            verplicht: item.verplicht,
            alleenMetKinderen: item.alleenMetKinderen ?? false,
            deadlineDagenNaBrp: item.deadlineDagenNaBrp ?? null,
            volgorde: (i + 1) * 10,
          })),
        },
      },
    });
    aangemaakt += 1;
  }
  return aangemaakt;
}

/**
 * Loads a template the beheerder may edit and claims its version: a stale
 * version (someone else edited the template) is a conflict. Changing a template
 * never touches checklists that were already generated for people.
 */
async function claimTemplate(tx: Tx, user: SessionUser, templateId: string, version: number) {
  const template = await tx.checklistTemplate.findFirst({
    where: { id: templateId, gemeente: gemeenteScope(user) },
    select: { id: true, naam: true, gemeenteId: true, gemeente: { select: { organisatieId: true, naam: true } } },
  });
  if (!template) throw notFound();
  const { count } = await tx.checklistTemplate.updateMany({
    where: { id: templateId, version },
    data: { version: { increment: 1 } },
  });
  if (count === 0) throw conflict(TEMPLATE_CONFLICT);
  return template;
}

export async function updateTemplateItem(user: SessionUser, input: unknown): Promise<{ gemeenteId: string }> {
  assertCan(user, "checklist-template:beheren");
  const { templateId, version, itemId, ...velden } = templateItemUpdateSchema.parse(input);
  return db().$transaction(async (tx) => {
    const template = await claimTemplate(tx, user, templateId, version);
    const item = await tx.checklistTemplateItem.findFirst({ where: { id: itemId, templateId }, select: { id: true, code: true } });
    if (!item) throw notFound();
    await tx.checklistTemplateItem.update({ where: { id: item.id }, data: velden });
    await audit(
      {
        actie: "checklist-template.gewijzigd",
        gebruiker: user,
        entiteit: "ChecklistTemplateItem",
        entiteitId: item.id,
        details: { samenvatting: `Checklist ${template.naam} (${template.gemeente.naam}): ${velden.titel} aangepast`, code: item.code, ...velden },
      },
      tx,
    );
    return { gemeenteId: template.gemeenteId };
  });
}

export async function addTemplateItem(user: SessionUser, input: unknown): Promise<{ gemeenteId: string; itemId: string }> {
  assertCan(user, "checklist-template:beheren");
  const { templateId, version, ...velden } = templateItemAddSchema.parse(input);
  return db().$transaction(async (tx) => {
    const template = await claimTemplate(tx, user, templateId, version);
    const bestaand = await tx.checklistTemplateItem.findMany({ where: { templateId }, select: { code: true, volgorde: true } });
    const code = nieuweCode(velden.categorieen[0] ?? "VL", velden.titel, new Set(bestaand.map((b) => b.code)));
    const volgorde = Math.max(0, ...bestaand.map((b) => b.volgorde)) + 10;
    const item = await tx.checklistTemplateItem.create({ data: { templateId, code, volgorde, ...velden }, select: { id: true } });
    await audit(
      {
        actie: "checklist-template.item-toegevoegd",
        gebruiker: user,
        entiteit: "ChecklistTemplateItem",
        entiteitId: item.id,
        details: { samenvatting: `Checklist ${template.naam} (${template.gemeente.naam}): ${velden.titel} toegevoegd`, code, ...velden },
      },
      tx,
    );
    return { gemeenteId: template.gemeenteId, itemId: item.id };
  });
}

/** Stops handing out an item to new people; existing checklists keep it. */
export async function deactivateTemplateItem(user: SessionUser, input: unknown): Promise<{ gemeenteId: string }> {
  assertCan(user, "checklist-template:beheren");
  const { templateId, version, itemId } = templateItemDeactivateSchema.parse(input);
  return db().$transaction(async (tx) => {
    const template = await claimTemplate(tx, user, templateId, version);
    const item = await tx.checklistTemplateItem.findFirst({ where: { id: itemId, templateId }, select: { id: true, code: true, titel: true } });
    if (!item) throw notFound();
    await tx.checklistTemplateItem.update({ where: { id: item.id }, data: { actief: false } });
    await audit(
      {
        actie: "checklist-template.item-gedeactiveerd",
        gebruiker: user,
        entiteit: "ChecklistTemplateItem",
        entiteitId: item.id,
        details: { samenvatting: `Checklist ${template.naam} (${template.gemeente.naam}): ${item.titel} uitgezet`, code: item.code },
      },
      tx,
    );
    return { gemeenteId: template.gemeenteId };
  });
}

/** "HV-EIGEN-SLEUTELS-OPHALEN", unique within the template. */
function nieuweCode(categorie: ChecklistCategorie, titel: string, bestaand: ReadonlySet<string>): string {
  const slug =
    titel
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "ONDERDEEL";
  const basis = `${categorie}-EIGEN-${slug}`;
  let code = basis;
  for (let n = 2; bestaand.has(code); n++) code = `${basis}-${n}`;
  return code;
}
