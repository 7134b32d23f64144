import "server-only";
import { audit } from "@/lib/audit";
import { assertCan, gemeenteScope, type SessionUser } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import type { ChecklistCategorie } from "@/lib/db/generated/enums";
import { conflict, notFound } from "@/lib/errors";
import { templateItemAddSchema, templateItemDeactivateSchema, templateItemUpdateSchema } from "./schema";
import { checklistTemplatesVoorGemeente } from "./templates";

/**
 * A gemeente's checklist templates, managed by the beheerder. Changing a
 * template never touches checklists already generated for people.
 */

const TEMPLATE_CONFLICT =
  "Iemand anders heeft deze checklist intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.";

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
        details: { sjabloon: template.naam, gemeente: template.gemeente.naam, code: item.code, ...velden },
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
        details: { sjabloon: template.naam, gemeente: template.gemeente.naam, code, ...velden },
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
        details: { sjabloon: template.naam, gemeente: template.gemeente.naam, code: item.code, titel: item.titel },
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
