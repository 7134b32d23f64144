import { z } from "zod";
import { DoorverwijzingUitkomst } from "@/lib/db/generated/enums";
import { isKalenderdatum } from "@/lib/tijd";
import { aanvraagSleutel } from "@/lib/toestemming/schema";

const id = z.string({ error: "Ontbrekend kenmerk." }).trim().min(1, "Ontbrekend kenmerk.").max(100);
const datum = (leeg: string) => z.string({ error: leeg }).trim().refine(isKalenderdatum, leeg);

export const MAX_REDEN = 1000;

export const doorverwijzingSchema = z.object({
  inburgeraarId: id,
  socialeKaartId: z.string({ error: "Kies de organisatie van de sociale kaart." }).trim().min(1, "Kies de organisatie van de sociale kaart.").max(100),
  datum: datum("Vul de datum van de doorverwijzing in."),
  reden: z
    .string({ error: "Schrijf kort waarom je doorverwijst." })
    .trim()
    .min(3, "Schrijf kort waarom je doorverwijst.")
    .max(MAX_REDEN, `De reden mag hoogstens ${MAX_REDEN} tekens zijn.`),
  aanvraagSleutel,
});

export const uitkomstSchema = z.object({
  id,
  version: z.coerce.number({ error: "Laad de pagina opnieuw en probeer het nog eens." }).int().min(1),
  uitkomst: z.enum(DoorverwijzingUitkomst, { error: "Kies wat de uitkomst is." }),
  uitkomstOp: datum("Vul de datum van de uitkomst in."),
  uitkomstToelichting: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().max(MAX_REDEN, `De toelichting mag hoogstens ${MAX_REDEN} tekens zijn.`).optional()),
});
