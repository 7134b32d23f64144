import { z } from "zod";
import { Doelgroep, VrijwilligerStatus, VrijwilligerTaak } from "@/lib/db/generated/enums";
import { isKalenderdatum } from "@/lib/tijd";
import { normaliseerTalen } from "./rules";

const leegIsNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : (v ?? null));

const datum = (veld: string) =>
  z.preprocess(
    leegIsNull,
    z
      .string()
      .trim()
      .refine(isKalenderdatum, `Vul bij ${veld} een geldige datum in (dag, maand, jaar).`)
      .nullable(),
  );

const tekst = (max: number) => z.preprocess(leegIsNull, z.string().trim().max(max, `Hoogstens ${max} tekens.`).nullable());

/** "Dari, Farsi" (one field) or several fields: one clean list of languages. */
export const talenVeld = z
  .union([z.string().max(300, "Hoogstens 300 tekens."), z.array(z.string().max(60)).max(20)])
  .optional()
  .transform((v) => normaliseerTalen(v === undefined ? [] : Array.isArray(v) ? v : [v]))
  .pipe(z.array(z.string().max(40, "Een taal heeft hoogstens 40 tekens.")).max(12, "Hoogstens 12 talen."));

const urenPerWeek = z.preprocess(
  leegIsNull,
  z.coerce
    .number({ error: "Vul een getal in." })
    .int("Vul een heel aantal uren in.")
    .min(0, "Het aantal uren kan niet negatief zijn.")
    .max(40, "Hoogstens 40 uur per week.")
    .nullable(),
);

/** What a vrijwilliger may change of their own profile: availability and languages. Nothing else is read. */
export const eigenProfielSchema = z.object({
  version: z.coerce.number().int().min(1),
  talen: talenVeld,
  urenPerWeek,
  beschikbaarheid: tekst(300),
});

/** The whole profile, for teamleiders and beheerders. */
export const profielSchema = eigenProfielSchema
  .extend({
    gebruikerId: z.string().min(1).max(40),
    taken: z.array(z.enum(VrijwilligerTaak, { error: "Kies een taak uit de lijst." })).max(5),
    maxMaatjes: z.coerce
      .number({ error: "Vul het aantal maatjes in." })
      .int("Vul een heel aantal in.")
      .min(0, "Het aantal kan niet negatief zijn.")
      .max(10, "Hoogstens 10 maatjes."),
    gemeenteIds: z.array(z.string().max(40)).max(50).default([]),
    voorkeurDoelgroepen: z.array(z.enum(Doelgroep, { error: "Kies een doelgroep uit de lijst." })).max(10).default([]),
    voorkeuren: tekst(500),
    training: tekst(300),
    trainingAfgerondOp: datum("training afgerond op"),
    vogDatum: datum("datum VOG"),
    status: z.enum(VrijwilligerStatus, { error: "Kies een status." }),
    statusReden: tekst(300),
  })
  .refine((v) => v.status === "ACTIEF" || v.statusReden, {
    path: ["statusReden"],
    message: "Schrijf kort op waarom (bijvoorbeeld: tot 1 maart op reis).",
  });
