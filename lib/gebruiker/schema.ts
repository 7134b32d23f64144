import { z } from "zod";
import { ROLLEN } from "./rollen";

export { ROLLEN };

export const gebruikerSchema = z
  .object({
    naam: z.string().trim().min(2, "Vul de naam in (minstens 2 tekens).").max(120, "De naam is te lang (hoogstens 120 tekens)."),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "Vul het e-mailadres in.")
      .max(254, "Het e-mailadres is te lang.")
      .pipe(z.email("Dit is geen geldig e-mailadres.")),
    rol: z.enum(ROLLEN, { error: "Kies een rol." }),
    teamId: z
      .string()
      .max(40)
      .optional()
      .transform((v) => v || undefined),
    gemeenteIds: z.array(z.string().max(40)).max(50).default([]),
  })
  .refine((v) => v.rol !== "CONSULENT" || v.gemeenteIds.length > 0, {
    path: ["gemeenteIds"],
    message: "Kies minstens één gemeente voor een consulent.",
  });

export type GebruikerInput = z.input<typeof gebruikerSchema>;

export const wachtwoordWijzigenSchema = z
  .object({
    huidig: z.string().min(1, "Vul je huidige wachtwoord in.").max(200, "Dit wachtwoord is te lang."),
    nieuw: z
      .string()
      .min(12, "Kies een wachtwoord van minstens 12 tekens.")
      .max(200, "Dit wachtwoord is te lang (hoogstens 200 tekens)."),
    herhaal: z.string().max(200),
  })
  .refine((v) => v.nieuw === v.herhaal, { path: ["herhaal"], message: "De twee wachtwoorden zijn niet gelijk." })
  .refine((v) => v.nieuw !== v.huidig, { path: ["nieuw"], message: "Kies een ander wachtwoord dan je huidige." });

/** A beheerder changes an account: name, role, team, gemeenten and fte. E-mail and organisation are not in it. */
export const gebruikerWijzigenSchema = z
  .object({
    id: z.string().min(1).max(40),
    version: z.coerce.number().int().min(1),
    naam: z.string().trim().min(2, "Vul de naam in (minstens 2 tekens).").max(120, "De naam is te lang (hoogstens 120 tekens)."),
    rol: z.enum(ROLLEN, { error: "Kies een rol." }),
    teamId: z
      .string()
      .max(40)
      .optional()
      .transform((v) => v || null),
    gemeenteIds: z.array(z.string().max(40)).max(50).default([]),
    fte: z.preprocess(
      (v) => (typeof v === "string" ? (v.trim() === "" ? null : v.trim().replace(",", ".")) : (v ?? null)),
      z.coerce
        .number({ error: "Vul de fte in als getal, bijvoorbeeld 0,8." })
        .min(0.05, "Een fte is minstens 0,05.")
        .max(1.2, "Een fte is hoogstens 1,2.")
        .nullable(),
    ),
  })
  .refine((v) => v.rol !== "CONSULENT" || v.gemeenteIds.length > 0, {
    path: ["gemeenteIds"],
    message: "Kies minstens één gemeente voor een consulent.",
  });
