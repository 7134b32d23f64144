"use server";

import { defineAction } from "@/lib/actions/kit";
import { dossierGewijzigd, paden } from "@/lib/routes";
import { updateChecklistItem, zetChecklistStatus, type ChecklistStatusResultaat } from "./checklist";
import { addTemplateItem, deactivateTemplateItem, updateTemplateItem } from "./template-beheer";

export const updateChecklistItemAction = defineAction({
  run: updateChecklistItem,
  success: "Opgeslagen.",
  // The whole dossier: the timeline on Overzicht shows the change too.
  revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
});

/** A status saved the moment it is tapped, or that tap undone; answers with what an undo needs. */
export const zetChecklistStatusAction = defineAction<ChecklistStatusResultaat, { resultaat: Omit<ChecklistStatusResultaat, "inburgeraarId"> }>({
  run: zetChecklistStatus,
  success: (r, input) => ({
    message: input.ongedaan ? "Ongedaan gemaakt." : "Opgeslagen.",
    resultaat: { id: r.id, status: r.status, version: r.version, vorige: r.vorige },
  }),
  revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
});

export const updateTemplateItemAction = defineAction({
  arrays: ["categorieen"],
  run: updateTemplateItem,
  success: "Het onderdeel is opgeslagen.",
  revalidate: (r) => [{ path: paden.beheerChecklist(r.gemeenteId) }],
});

export const addTemplateItemAction = defineAction({
  arrays: ["categorieen"],
  run: addTemplateItem,
  success: "Het onderdeel is toegevoegd.",
  revalidate: (r) => [{ path: paden.beheerChecklist(r.gemeenteId) }],
});

export const deactivateTemplateItemAction = defineAction({
  run: deactivateTemplateItem,
  success: "Het onderdeel is uitgezet. Nieuwe checklists krijgen het niet meer.",
  revalidate: (r) => [{ path: paden.beheerChecklist(r.gemeenteId) }],
});
