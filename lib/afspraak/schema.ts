import { z } from "zod";
import { Leefgebied } from "@/lib/db/generated/enums";
import { isKalenderdatum } from "@/lib/tijd";
import { LOG_STATUSSEN } from "./labels";
import { GROEP_MAX, MAX_DUUR_MINUTEN, MAX_KORTE_TEKST, MAX_VERSLAG } from "./rules";

/** zod schemas shared by the afspraak forms and the server. Messages are Dutch (B1). */

export const AFSPRAAK_TYPES = [
  "REGELDAG",
  "KANTOOR",
  "HUISBEZOEK",
  "TELEFONISCH",
  "CHAT",
  "SPREEKUUR",
  "GROEPSBIJEENKOMST",
  "EXTERNE_AFSPRAAK",
] as const;


const leegIsUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const alsLijst = (v: unknown) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]);
const vinkje = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

const id = z.string({ error: "Ontbrekend kenmerk." }).trim().min(1, "Ontbrekend kenmerk.").max(100);

const datum = (leeg: string) =>
  z
    .string({ error: leeg })
    .trim()
    .min(1, leeg)
    .refine(isKalenderdatum, "Vul een geldige datum in.");

const tijd = z
  .string({ error: "Vul een tijd in." })
  .trim()
  .min(1, "Vul een tijd in.")
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Vul een tijd in als uu:mm, bijvoorbeeld 09:30.");

const korteTekst = (veld: string) =>
  z.preprocess(leegIsUndefined, z.string().trim().max(MAX_KORTE_TEKST, `${veld} mag hoogstens ${MAX_KORTE_TEKST} tekens zijn.`).optional());

const type = z.enum(AFSPRAAK_TYPES, { error: "Kies wat voor afspraak het is." });

/** Sent once per form render; a repeat of the same submit finds the first row. */
const aanvraagSleutel = z
  .string({ error: "Laad de pagina opnieuw en probeer het nog eens." })
  .trim()
  .min(8, "Laad de pagina opnieuw en probeer het nog eens.")
  .max(100, "Laad de pagina opnieuw en probeer het nog eens.");

const tolk = {
  metTolk: vinkje,
  tolkTaal: korteTekst("De taal van de tolk"),
};

export const planAfspraakSchema = z.object({
  inburgeraarId: id,
  datum: datum("Vul een datum in."),
  tijd,
  type,
  duurMinuten: z.preprocess(
    leegIsUndefined,
    z.coerce
      .number({ error: "Vul de duur in minuten in." })
      .int("Vul een heel aantal minuten in.")
      .min(5, "Een afspraak duurt minstens 5 minuten.")
      .max(MAX_DUUR_MINUTEN, "Een afspraak duurt hoogstens 12 uur.")
      .optional(),
  ),
  locatie: korteTekst("De locatie"),
  onderwerp: korteTekst("Het onderwerp"),
  ...tolk,
  aanvraagSleutel,
});
export type PlanAfspraakInput = z.input<typeof planAfspraakSchema>;

export const logAfspraakSchema = z
  .object({
    inburgeraarId: id,
    /** Set when logging a planned afspraak; then `version` is required. */
    afspraakId: z.preprocess(leegIsUndefined, id.optional()),
    version: z.preprocess(leegIsUndefined, z.coerce.number().int().min(1).optional()),
    datum: datum("Vul de datum van het contact in."),
    tijd,
    type,
    status: z.enum(LOG_STATUSSEN, { error: "Kies of het contact plaatsvond." }),
    duurMinuten: z.preprocess(
      leegIsUndefined,
      z.coerce
        .number({ error: "Vul de duur in minuten in." })
        .int("Vul een heel aantal minuten in.")
        .min(1, "Vul een duur van minstens 1 minuut in.")
        .max(MAX_DUUR_MINUTEN, "Een contact duurt hoogstens 12 uur.")
        .optional(),
    ),
    leefgebieden: z.preprocess(alsLijst, z.array(z.enum(Leefgebied, { error: "Kies een leefgebied uit de lijst." })).max(Object.keys(Leefgebied).length)),
    verslag: z.preprocess(
      leegIsUndefined,
      z.string().trim().max(MAX_VERSLAG, `Het verslag mag hoogstens ${MAX_VERSLAG} tekens zijn. Maak het wat korter.`).optional(),
    ),
    checklistItemIds: z.preprocess(alsLijst, z.array(id).max(100)),
    doelIds: z.preprocess(alsLijst, z.array(id).max(50)),
    volgendContact: z.preprocess(leegIsUndefined, datum("Vul een datum in.").optional()),
    /** The time of the planned afspraak "volgend contact" becomes; empty = the usual time (rules.standaardVolgendTijd). */
    volgendContactTijd: z.preprocess(leegIsUndefined, tijd.optional()),
    isEindgesprek: vinkje,
    deelMetMaatje: vinkje,
    locatie: korteTekst("De locatie"),
    ...tolk,
    aanvraagSleutel,
  })
  .refine((v) => !v.afspraakId || v.version !== undefined, { path: ["version"], message: "Laad de pagina opnieuw en probeer het nog eens." });
export type LogAfspraakInput = z.input<typeof logAfspraakSchema>;

/** Changing a planned afspraak (another day, time or place): the version the form loaded; stale → conflict. */
export const wijzigAfspraakSchema = planAfspraakSchema.omit({ aanvraagSleutel: true, inburgeraarId: true }).extend({
  afspraakId: id,
  version: z.coerce.number({ error: "Laad de pagina opnieuw en probeer het nog eens." }).int().min(1),
});
export type WijzigAfspraakInput = z.input<typeof wijzigAfspraakSchema>;

/** One spreekuur or groepsbijeenkomst for several people: one contact per person. */
export const groepscontactSchema = z.object({
  inburgeraarIds: z.preprocess(
    alsLijst,
    z
      .array(id)
      .min(2, "Kies minstens twee personen. Voor één persoon gebruik je ‘Contact vastleggen’.")
      .max(GROEP_MAX, `Kies hoogstens ${GROEP_MAX} personen.`)
      .transform((ids) => [...new Set(ids)])
      .refine((ids) => ids.length >= 2, "Kies minstens twee verschillende personen."),
  ),
  datum: datum("Vul de datum van het contact in."),
  tijd,
  type,
  duurMinuten: z.preprocess(
    leegIsUndefined,
    z.coerce
      .number({ error: "Vul de duur in minuten in." })
      .int("Vul een heel aantal minuten in.")
      .min(1, "Vul een duur van minstens 1 minuut in.")
      .max(MAX_DUUR_MINUTEN, "Een contact duurt hoogstens 12 uur.")
      .optional(),
  ),
  leefgebieden: z.preprocess(alsLijst, z.array(z.enum(Leefgebied, { error: "Kies een leefgebied uit de lijst." })).max(Object.keys(Leefgebied).length)),
  verslag: z.preprocess(
    leegIsUndefined,
    z.string().trim().max(MAX_VERSLAG, `Het verslag mag hoogstens ${MAX_VERSLAG} tekens zijn. Maak het wat korter.`).optional(),
  ),
  locatie: korteTekst("De locatie"),
  ...tolk,
  aanvraagSleutel,
});
export type GroepscontactInput = z.input<typeof groepscontactSchema>;
