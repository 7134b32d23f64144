import { z } from "zod";
import { aanvraagSleutel } from "@/lib/toestemming/schema";

export const MAX_TOELICHTING = 400;

/** The begeleider's review: one optional sentence, then share. */
export const deelRapportageSchema = z.object({
  inburgeraarId: z.string({ error: "Ontbrekend kenmerk." }).trim().min(1, "Ontbrekend kenmerk.").max(100),
  toelichting: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.string().trim().max(MAX_TOELICHTING, `Houd de toelichting kort: hoogstens ${MAX_TOELICHTING} tekens.`).optional(),
  ),
  aanvraagSleutel,
});
