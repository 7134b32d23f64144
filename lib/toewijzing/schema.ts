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
});

export const beeindigSchema = z.object({
  toewijzingId: z.string().min(1).max(40),
  reden: z
    .string()
    .trim()
    .max(300, "Hoogstens 300 tekens.")
    .optional()
    .transform((v) => v || null),
});

export const TOEWIJZING_ROL_LABELS = { OPSTART: "Opstart (regeldag)", BEGELEIDER: "Begeleider", MAATJE: "Maatje" } as const;
