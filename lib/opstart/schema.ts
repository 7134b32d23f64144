import { z } from "zod";
import { isKalenderdatum, plusDagen, vandaag } from "@/lib/tijd";

import { CHECKLIST_CATEGORIEEN, CHECKLIST_STATUSSEN, DEADLINE_DAGEN_MAX, NOTITIE_MAX, TITEL_MAX, UITLEG_MAX } from "./waarden";

/** Input schemas of the opstartfase checklist; the values the forms share live in ./waarden (no zod in the browser). */

export { CHECKLIST_CATEGORIEEN, CHECKLIST_STATUSSEN, DEADLINE_DAGEN_MAX, NOTITIE_MAX, TITEL_MAX, UITLEG_MAX };

const leegIsNull = (v: unknown) => (v === "" || v === undefined || v === null ? null : v);
/** A checkbox sends "on" when ticked and nothing when not. */
const vinkje = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());
const id = (wat: string) => z.string({ error: `${wat} ontbreekt.` }).trim().min(1, `${wat} ontbreekt.`).max(100);
const versie = z.coerce.number({ error: "De versie ontbreekt. Laad de pagina opnieuw." }).int().min(1);

const datum = z.preprocess(
  leegIsNull,
  z
    .string()
    .refine(isKalenderdatum, "Vul een geldige datum in, bijvoorbeeld 3-3-2026.")
    .refine((d) => d >= "2000-01-01", "Deze datum ligt te ver in het verleden.")
    .nullable(),
);

export const checklistItemUpdateSchema = z
  .object({
    id: id("Het onderdeel"),
    version: versie,
    status: z.enum(CHECKLIST_STATUSSEN, { error: "Kies: open, bezig, geregeld of niet van toepassing." }),
    datum,
    notitie: z.preprocess(
      leegIsNull,
      z.string().trim().max(NOTITIE_MAX, `De notitie mag hoogstens ${NOTITIE_MAX} tekens hebben.`).nullable(),
    ),
  })
  .superRefine((v, ctx) => {
    // Something that is arranged cannot have been arranged in the future.
    if (v.status === "GEREGELD" && v.datum && v.datum > vandaag()) {
      ctx.addIssue({ code: "custom", path: ["datum"], message: "Een datum in de toekomst kan niet bij ‘geregeld’. Kies vandaag of eerder." });
    }
    if (v.datum && v.datum > plusDagen(vandaag(), 366)) {
      ctx.addIssue({ code: "custom", path: ["datum"], message: "Deze datum ligt te ver in de toekomst." });
    }
  });

export type ChecklistItemUpdate = z.output<typeof checklistItemUpdateSchema>;

/**
 * One tap on a status (no separate Opslaan), or the "Ongedaan maken" after it.
 * A tap sets the date itself (today for geregeld, none otherwise); an undo
 * sends back the status and date the tap answered with, so they are restored exactly.
 */
export const checklistStatusSchema = z
  .object({
    id: id("Het onderdeel"),
    version: versie,
    status: z.enum(CHECKLIST_STATUSSEN, { error: "Kies: open, bezig, geregeld of niet van toepassing." }),
    ongedaan: vinkje,
    datum,
  })
  .superRefine((v, ctx) => {
    if (v.datum && v.datum > vandaag()) ctx.addIssue({ code: "custom", path: ["datum"], message: "Deze datum ligt in de toekomst." });
  });
export type ChecklistStatusInput = z.input<typeof checklistStatusSchema>;

const templateItemVelden = {
  titel: z
    .string({ error: "Vul een titel in." })
    .trim()
    .min(1, "Vul een titel in.")
    .max(TITEL_MAX, `De titel mag hoogstens ${TITEL_MAX} tekens hebben.`),
  uitleg: z.preprocess(leegIsNull, z.string().trim().max(UITLEG_MAX, `De uitleg mag hoogstens ${UITLEG_MAX} tekens hebben.`).nullable()),
  categorieen: z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.enum(CHECKLIST_CATEGORIEEN, { error: "Kies een bestaande categorie." }))
      .min(1, "Kies minstens één categorie.")
      .max(2, "Kies hoogstens twee categorieën.")
      .transform((c) => [...new Set(c)]),
  ),
  verplicht: vinkje,
  alleenMetKinderen: vinkje,
  deadlineDagenNaBrp: z.preprocess(
    leegIsNull,
    z.coerce
      .number({ error: "Vul bij de deadline een aantal dagen in." })
      .int("Vul bij de deadline een heel aantal dagen in.")
      .min(0, "De deadline kan niet vóór de BRP-inschrijving liggen.")
      .max(DEADLINE_DAGEN_MAX, `De deadline mag hoogstens ${DEADLINE_DAGEN_MAX} dagen na de BRP-inschrijving liggen.`)
      .nullable(),
  ),
};

export const templateItemUpdateSchema = z.object({
  templateId: id("De checklist"),
  version: versie,
  itemId: id("Het onderdeel"),
  ...templateItemVelden,
});

export const templateItemAddSchema = z.object({
  templateId: id("De checklist"),
  version: versie,
  ...templateItemVelden,
});

export const templateItemDeactivateSchema = z.object({
  templateId: id("De checklist"),
  version: versie,
  itemId: id("Het onderdeel"),
});
