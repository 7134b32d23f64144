import { z } from "zod";
import { isKalenderdatum } from "@/lib/tijd";
import { aanvraagSleutel } from "@/lib/toestemming/schema";

const id = z.string({ error: "Ontbrekend kenmerk." }).trim().min(1, "Ontbrekend kenmerk.").max(100);
const ids = (max: number, melding: string) => z.array(id).max(max, melding).transform((l) => [...new Set(l)]);
const datum = (melding: string) => z.string({ error: melding }).trim().refine(isKalenderdatum, melding);
const version = z.coerce.number({ error: "Laad de pagina opnieuw en probeer het nog eens." }).int().min(1);

export const MAX_DOSSIERS = 30;

/** Outside names, one per line ("Marieke de Boer, Wmo-consulent"). */
function leesRegels(v: unknown): string[] {
  if (typeof v !== "string") return [];
  return v
    .split(/\r?\n/)
    .map((r) => r.trim())
    .filter(Boolean);
}

export const overlegMakenSchema = z.object({
  titel: z.string({ error: "Geef het overleg een naam." }).trim().min(3, "Geef het overleg een naam.").max(150, "De naam mag hoogstens 150 tekens zijn."),
  datum: datum("Vul de datum van het overleg in."),
  deelnemerIds: ids(30, "Kies hoogstens 30 collega's.").default([]),
  externeDeelnemers: z.preprocess(leesRegels, z.array(z.string().max(150, "Een naam mag hoogstens 150 tekens zijn.")).max(20, "Noem hoogstens 20 namen van buiten.")),
  inburgeraarIds: ids(MAX_DOSSIERS, `Zet hoogstens ${MAX_DOSSIERS} dossiers op de agenda.`).pipe(z.array(id).min(1, "Kies minstens één dossier voor de agenda.")),
  aanvraagSleutel,
});

export const besluitenSchema = z.object({
  agendapuntId: id,
  version,
  besluiten: z.string().trim().max(4000, "De besluiten mogen hoogstens 4000 tekens zijn.").default(""),
});

export const overlegActieSchema = z.object({
  agendapuntId: id,
  omschrijving: z.string({ error: "Schrijf op wat er moet gebeuren." }).trim().min(3, "Schrijf op wat er moet gebeuren.").max(300, "De actie mag hoogstens 300 tekens zijn."),
  eigenaarId: z.string({ error: "Kies wie het doet." }).trim().min(1, "Kies wie het doet.").max(100),
  deadline: datum("Vul in wanneer het klaar moet zijn."),
});

export const overlegActieAfrondenSchema = z.object({
  actieId: id,
  afgerond: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});
