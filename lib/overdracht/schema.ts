import { z } from "zod";
import { OverdrachtType } from "@/lib/db/generated/enums";
import { aanvraagSleutel } from "@/lib/toestemming/schema";
import { MAX_SAMENVATTING } from "./rules";

const leeg = (v: unknown) => (v === "" || v === null ? undefined : v);
const id = z.string({ error: "Ontbrekend kenmerk." }).trim().min(1, "Ontbrekend kenmerk.").max(100);

export const verstuurSchema = z
  .object({
    inburgeraarId: id,
    type: z.enum(OverdrachtType, { error: "Kies wat voor overdracht het is." }),
    naarGebruikerId: z.preprocess(leeg, id.optional()),
    naarSocialeKaartId: z.preprocess(leeg, id.optional()),
    naarGemeenteNaam: z.preprocess(leeg, z.string().trim().max(100, "De naam van de gemeente mag hoogstens 100 tekens zijn.").optional()),
    samenvatting: z
      .string({ error: "Schrijf wat de ontvanger moet weten." })
      .trim()
      .min(20, "Schrijf wat de ontvanger moet weten (minstens een paar zinnen).")
      .max(MAX_SAMENVATTING, `De overdracht mag hoogstens ${MAX_SAMENVATTING} tekens zijn. Maak hem wat korter.`),
    aanvraagSleutel,
  })
  .superRefine((v, ctx) => {
    if (v.type === "INTERN" && !v.naarGebruikerId) ctx.addIssue({ code: "custom", path: ["naarGebruikerId"], message: "Kies de collega die het overneemt." });
    if (v.type === "WARM" && !v.naarSocialeKaartId) ctx.addIssue({ code: "custom", path: ["naarSocialeKaartId"], message: "Kies de organisatie van de sociale kaart." });
    if (v.type === "VERHUIZING" && !v.naarGemeenteNaam) ctx.addIssue({ code: "custom", path: ["naarGemeenteNaam"], message: "Vul de gemeente in waar de persoon gaat wonen." });
  });

export const ontvangSchema = z.object({
  id,
  version: z.coerce.number({ error: "Laad de pagina opnieuw en probeer het nog eens." }).int().min(1),
});
