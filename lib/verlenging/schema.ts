import { z } from "zod";

export const verlengingAanvraagSchema = z.object({
  maanden: z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? 6 : v),
    z.coerce
      .number({ error: "Vul het aantal maanden in." })
      .int("Vul een heel aantal maanden in.")
      .min(1, "Een verlenging is minstens 1 maand.")
      .max(12, "Een verlenging is hoogstens 12 maanden."),
  ),
  reden: z
    .string({ error: "Schrijf op waarom verlenging nodig is." })
    .trim()
    .min(1, "Schrijf op waarom verlenging nodig is.")
    .max(2000, "De reden mag hoogstens 2000 tekens zijn."),
});

export const verlengingBesluitSchema = z.object({
  besluit: z.enum(["GOEDGEKEURD", "AFGEWEZEN"], { error: "Kies goedkeuren of afwijzen." }),
  version: z.coerce.number().int().min(1),
  toelichting: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : (v ?? null)),
    z.string().trim().max(1000, "De toelichting mag hoogstens 1000 tekens zijn.").nullable(),
  ),
});
