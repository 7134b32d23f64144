import { z } from "zod";
import { ActieVoor, AkkoordWijze, DoelStatus, Leefgebied } from "@/lib/db/generated/enums";
import { isKalenderdatum } from "@/lib/tijd";

/** zod schemas shared by the plan forms and the server. Messages are Dutch (B1). */

export const MAX_PLAN_TEKST = 1000;
export const MAX_KORT = 300;

const leegIsUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const vinkje = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

const id = z.string({ error: "Ontbrekend kenmerk." }).trim().min(1, "Ontbrekend kenmerk.").max(100);
const herlaad = "Laad de pagina opnieuw en probeer het nog eens.";
/** The version the form loaded; 0 = the row did not exist yet. */
const version = z.coerce.number({ error: herlaad }).int(herlaad).min(0, herlaad);

const tekst = (veld: string, max = MAX_PLAN_TEKST) =>
  z.preprocess(leegIsUndefined, z.string().trim().max(max, `${veld} mag hoogstens ${max} tekens zijn. Maak het wat korter.`).optional());

const verplichteTekst = (leeg: string, veld: string, max = MAX_KORT) =>
  z.string({ error: leeg }).trim().min(1, leeg).max(max, `${veld} mag hoogstens ${max} tekens zijn. Maak het wat korter.`);

const datum = (leeg: string) => z.string({ error: leeg }).trim().min(1, leeg).refine(isKalenderdatum, "Vul een geldige datum in.");
const optioneleDatum = z.preprocess(leegIsUndefined, datum("Vul een datum in.").optional());

/** A score on the five-step scale: empty = not scored. */
export const scoreVeld = (bericht = "Kies een score van 1 tot en met 5.") =>
  z.preprocess(leegIsUndefined, z.coerce.number({ error: bericht }).int(bericht).min(1, bericht).max(5, bericht).optional());

const leefgebied = z.enum(Leefgebied, { error: "Kies een leefgebied uit de lijst." });

export const leefgebiedBewerkenSchema = z.object({
  inburgeraarId: id,
  leefgebied,
  version,
  kanAl: tekst("Wat al goed gaat"),
  hulpNodig: tekst("Waar hulp bij nodig is"),
  streefScore: scoreVeld("Kies een streefscore van 1 tot en met 5."),
});

export const focusKiezenSchema = z.object({
  inburgeraarId: id,
  /** Empty: no focus for now. */
  focus: z.preprocess(leegIsUndefined, leefgebied.optional()),
  version,
});

export const doelToevoegenSchema = z.object({
  inburgeraarId: id,
  leefgebied,
  omschrijving: verplichteTekst("Schrijf op wat het doel is.", "Het doel"),
  streefdatum: optioneleDatum,
});

export const doelBewerkenSchema = z.object({
  doelId: id,
  version: version.min(1, herlaad),
  omschrijving: verplichteTekst("Schrijf op wat het doel is.", "Het doel"),
  status: z.enum(DoelStatus, { error: "Kies hoe het met dit doel staat." }),
  streefdatum: optioneleDatum,
  evaluatie: tekst("De evaluatie"),
});

export const actieToevoegenSchema = z
  .object({
    doelId: id,
    omschrijving: verplichteTekst("Schrijf op wat er moet gebeuren.", "De actie"),
    voor: z.enum(ActieVoor, { error: "Kies wie het doet." }),
    organisatie: z.preprocess(leegIsUndefined, z.string().trim().max(200, "De naam van de organisatie mag hoogstens 200 tekens zijn.").optional()),
    /** An organisation of the sociale kaart (issue 11b); its name becomes `organisatie`. */
    socialeKaartId: z.preprocess(leegIsUndefined, z.string().trim().max(100).optional()),
    deadline: optioneleDatum,
  })
  .refine((v) => v.voor !== "ORGANISATIE" || Boolean(v.organisatie) || Boolean(v.socialeKaartId), { path: ["organisatie"], message: "Vul in welke organisatie het doet." });

export const actieAfrondenSchema = z.object({
  actieId: id,
  version: version.min(1, herlaad),
  afgerond: vinkje,
});

const scoreRij = z.object({
  score: scoreVeld(),
  eigenScore: scoreVeld(),
  toelichting: tekst("De toelichting", MAX_KORT),
});

export const meetmomentVastleggenSchema = z.object({
  inburgeraarId: id,
  maand: z.coerce.number({ error: herlaad }).int(herlaad).min(0, herlaad).max(120, herlaad),
  version,
  datum: datum("Vul de datum van het meetmoment in."),
  notitie: tekst("De notitie"),
  scores: z.partialRecord(leefgebied, scoreRij).default({}),
});
export type MeetmomentInvoer = z.output<typeof meetmomentVastleggenSchema>;

export const planAkkoordSchema = z
  .object({
    inburgeraarId: id,
    /** Fingerprint of the plan the form showed; another change meanwhile is a conflict. */
    inhoudSleutel: z.string({ error: herlaad }).trim().min(8, herlaad).max(100, herlaad),
    datum: datum("Vul de datum in waarop het plan is besproken."),
    wijze: z.enum(AkkoordWijze, { error: "Kies hoe de inburgeraar akkoord gaf." }),
    tolkTaal: z.preprocess(leegIsUndefined, z.string().trim().max(100, "Hoogstens 100 tekens.").optional()),
    toelichting: tekst("De toelichting", MAX_KORT),
  })
  .refine((v) => v.wijze !== "MONDELING_MET_TOLK" || Boolean(v.tolkTaal), { path: ["tolkTaal"], message: "Vul de taal van de tolk in." });

/**
 * Reads the meetmoment form: fields named "scores.WONEN.score" become
 * `{ scores: { WONEN: { score } } }`, so errors come back under the field's own name.
 */
export function leesMeetmomentForm(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const scores: Record<string, Record<string, string>> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    const m = /^scores\.([A-Z_]+)\.(score|eigenScore|toelichting)$/.exec(key);
    if (m) (scores[m[1]!] ??= {})[m[2]!] = value;
    else out[key] = value;
  }
  out.scores = scores;
  return out;
}
