import "server-only";
import { assertCan, gemeenteScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import type { ChecklistCategorie, Doelgroep } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors";

export interface TemplateItemView {
  id: string;
  code: string;
  titel: string;
  uitleg: string | null;
  categorieen: ChecklistCategorie[];
  verplicht: boolean;
  alleenMetKinderen: boolean;
  deadlineDagenNaBrp: number | null;
  volgorde: number;
  actief: boolean;
}

export interface TemplateView {
  id: string;
  naam: string;
  doelgroep: Doelgroep | null;
  version: number;
  items: TemplateItemView[];
}

/** A gemeente's checklist templates for the beheerder: the standard list first, inactive items included. */
export async function getTemplates(user: SessionUser, gemeenteId: string): Promise<{ gemeente: { id: string; naam: string }; templates: TemplateView[] }> {
  assertCan(user, "checklist-template:beheren");
  const gemeente = await db().gemeente.findFirst({
    where: { id: gemeenteId, ...gemeenteScope(user) },
    select: {
      id: true,
      naam: true,
      checklistTemplates: {
        orderBy: { naam: "asc" },
        select: {
          id: true,
          naam: true,
          doelgroep: true,
          version: true,
          items: {
            orderBy: [{ volgorde: "asc" }, { titel: "asc" }],
            select: {
              id: true,
              code: true,
              titel: true,
              uitleg: true,
              categorieen: true,
              verplicht: true,
              alleenMetKinderen: true,
              deadlineDagenNaBrp: true,
              volgorde: true,
              actief: true,
            },
          },
        },
      },
    },
  });
  if (!gemeente) throw notFound();
  const templates = [...gemeente.checklistTemplates].sort((a, b) => Number(a.doelgroep !== null) - Number(b.doelgroep !== null));
  return { gemeente: { id: gemeente.id, naam: gemeente.naam }, templates };
}
