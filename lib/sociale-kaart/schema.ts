import { z } from "zod";
import { Leefgebied } from "@/lib/db/generated/enums";

/** Empty form fields are "not filled in". */
const leeg = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const tekst = (label: string, max: number) =>
  z.preprocess(leeg, z.string().trim().max(max, `${label} mag hoogstens ${max} tekens zijn.`).optional());

export const MAX_NOTITIES = 2000;

/** One organisation of the sociale kaart: the form and every CSV row are checked by this one schema. */
export const organisatieVelden = z.object({
  naam: z
    .string({ error: "Vul de naam van de organisatie in." })
    .trim()
    .min(2, "Vul de naam van de organisatie in.")
    .max(150, "De naam mag hoogstens 150 tekens zijn."),
  leefgebieden: z.array(z.enum(Leefgebied, { error: "Kies een leefgebied uit de lijst." })).min(1, "Kies minstens één leefgebied waar de organisatie bij helpt."),
  omschrijving: tekst("De omschrijving", 500),
  adres: tekst("Het adres", 200),
  telefoon: z.preprocess(
    leeg,
    z
      .string()
      .trim()
      .max(30, "Het telefoonnummer mag hoogstens 30 tekens zijn.")
      .regex(/^[+0-9 ()-]{6,30}$/, "Vul een telefoonnummer in met alleen cijfers, spaties, + of -.")
      .optional(),
  ),
  email: z.preprocess(leeg, z.email("Vul een geldig e-mailadres in, zoals info@voorbeeld.nl.").max(200).optional()),
  website: z.preprocess(
    leeg,
    z
      .string()
      .trim()
      .max(300, "De website mag hoogstens 300 tekens zijn.")
      .regex(/^https?:\/\/[^\s]+\.[^\s]+$/i, "Vul een website in die begint met https://.")
      .optional(),
  ),
  talen: z.array(z.string().trim().min(1).max(40, "Een taal mag hoogstens 40 tekens zijn.")).max(20, "Noem hoogstens 20 talen.").default([]),
  openingstijden: tekst("De openingstijden", 300),
  notities: tekst("De notities", MAX_NOTITIES),
});
export type OrganisatieVelden = z.infer<typeof organisatieVelden>;

const id = z.string({ error: "Ontbrekend kenmerk." }).trim().min(1, "Ontbrekend kenmerk.").max(100);
/** "" = for every gemeente of the organisation. */
const gemeenteKeuze = z.preprocess((v) => (v === "" || v === null || v === undefined ? null : v), id.nullable());

/** Languages typed as one field: "Arabisch, Tigrinya; Engels". */
export function leesTalen(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(leesTalen);
  if (typeof v !== "string") return [];
  return v
    .split(/[;,]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

export const organisatieMakenSchema = organisatieVelden.extend({
  gemeenteId: gemeenteKeuze,
  talen: z.preprocess(leesTalen, organisatieVelden.shape.talen),
});

export const organisatieWijzigenSchema = organisatieMakenSchema.extend({
  id,
  version: z.coerce.number({ error: "Laad de pagina opnieuw en probeer het nog eens." }).int().min(1),
  actief: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});

export const importSchema = z.object({
  gemeenteId: gemeenteKeuze,
  /** "controleren" shows what would change; "importeren" writes it. */
  stap: z.enum(["controleren", "importeren"]).default("controleren"),
});
