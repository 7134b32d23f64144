import { z } from "zod";

export const toewijzenSchema = z.object({
  inburgeraarId: z.string().min(1).max(40),
  gebruikerId: z.string({ error: "Kies een persoon." }).min(1, "Kies een persoon.").max(40),
  rol: z.enum(["OPSTART", "BEGELEIDER", "MAATJE"], { error: "Kies een rol." }),
  reden: z
    .string()
    .trim()
    .max(300, "Hoogstens 300 tekens.")
    .optional()
    .transform((v) => v || null),
  /** Required when someone takes over a begeleider or maatje: what the next person should know first. */
  overdrachtNotitie: z
    .string()
    .trim()
    .max(1000, "Hoogstens 1000 tekens.")
    .optional()
    .transform((v) => v || null),
  /** Required to assign a volunteer who was not suggested (paused, stopped, no valid VOG). */
  uitzondering: z
    .string()
    .trim()
    .max(300, "Hoogstens 300 tekens.")
    .optional()
    .transform((v) => v || null),
});

export const maatjeWensSchema = z.object({
  inburgeraarId: z.string().min(1).max(40),
  gewenst: z.enum(["ja", "nee"], { error: "Kies ja of nee." }).transform((v) => v === "ja"),
});

export const overdrachtGelezenSchema = z.object({
  toewijzingId: z.string().min(1).max(40),
});

/** A note shorter than this says nothing a successor can use. */
export const OVERDRACHT_MIN_TEKENS = 10;

export const beeindigSchema = z.object({
  toewijzingId: z.string().min(1).max(40),
  reden: z
    .string()
    .trim()
    .max(300, "Hoogstens 300 tekens.")
    .optional()
    .transform((v) => v || null),
});

export { TOEWIJZING_ROL_LABELS } from "./labels";
