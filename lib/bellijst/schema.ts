import { z } from "zod";
import { BelUitkomst } from "@/lib/db/generated/enums";

export const belpogingSchema = z.object({
  inburgeraarId: z.string().min(1).max(40),
  uitkomst: z.enum(BelUitkomst, { error: "Kies hoe het gesprek ging." }),
  notitie: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : (v ?? null)),
    z.string().trim().max(1000, "Hoogstens 1000 tekens.").nullable(),
  ),
});
