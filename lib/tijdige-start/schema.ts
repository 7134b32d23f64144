import { z } from "zod";
import { Leerroute } from "@/lib/db/generated/enums";
import { isKalenderdatum } from "@/lib/tijd";

const leeg = (v: unknown) => (v === "" || v === null ? undefined : v);
const datum = z.preprocess(leeg, z.string().trim().refine(isKalenderdatum, "Vul een geldige datum in.").optional());

/** The consulent's form: the gemeente's own inburgering dates. Empty = not (yet) known. */
export const inburgeringDatumsSchema = z.object({
  inburgeraarId: z.string({ error: "Ontbrekend kenmerk." }).trim().min(1, "Ontbrekend kenmerk.").max(100),
  version: z.coerce.number({ error: "Laad de pagina opnieuw en probeer het nog eens." }).int().min(1),
  bredeIntakeDatum: datum,
  pipVastgesteldDatum: datum,
  leerroute: z.preprocess(leeg, z.enum(Leerroute, { error: "Kies een leerroute uit de lijst." }).optional()),
  startLeerrouteDatum: datum,
  eersteLesDatum: datum,
});
export type InburgeringDatumsInput = z.input<typeof inburgeringDatumsSchema>;
