import { z } from "zod";
import { SignaalErnst } from "@/lib/db/generated/enums";
import { aanvraagSleutel } from "@/lib/toestemming/schema";
import { isKalenderdatum } from "@/lib/tijd";
import { MELD_CATEGORIEEN } from "./labels";
import { MAX_OMSCHRIJVING } from "./rules";

/** zod schemas shared by the signal and Meldcode forms and the server. Messages are Dutch (B1). */

const leegIsUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const vinkje = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());
const id = z.string({ error: "Ontbrekend kenmerk." }).trim().min(1, "Ontbrekend kenmerk.").max(100);
const version = z.coerce.number({ error: "Laad de pagina opnieuw." }).int().min(0, "Laad de pagina opnieuw.");
const datum = (leeg: string) => z.string({ error: leeg }).trim().min(1, leeg).refine(isKalenderdatum, "Vul een geldige datum in.");
const tekst = (leeg: string, min: number, max: number) =>
  z
    .string({ error: leeg })
    .trim()
    .min(1, leeg)
    .min(min, `Schrijf iets meer: minstens ${min} tekens.`)
    .max(max, `Dit mag hoogstens ${max} tekens zijn.`);
const optioneleTekst = (max: number) => z.preprocess(leegIsUndefined, z.string().trim().max(max, `Dit mag hoogstens ${max} tekens zijn.`).optional());
const jaNee = (leeg: string) => z.enum(["ja", "nee"], { error: leeg });

export const meldSignaalSchema = z.object({
  inburgeraarId: id,
  categorie: z.enum(MELD_CATEGORIEEN, { error: "Kies waar je je zorgen over maakt." }),
  ernst: z.enum(SignaalErnst, { error: "Kies hoe dringend het is." }),
  omschrijving: tekst("Beschrijf wat je zag of hoorde.", 10, MAX_OMSCHRIJVING),
  aanvraagSleutel,
});

export const signaalVersieSchema = z.object({ signaalId: id, version });

export const signaalActieSchema = z
  .object({
    signaalId: id,
    omschrijving: tekst("Beschrijf wat je gedaan hebt.", 3, 1000),
    datum: datum("Vul in op welke dag."),
    opvolgOp: z.preprocess(leegIsUndefined, datum("Vul een datum in.").optional()),
  })
  .refine((v) => !v.opvolgOp || v.opvolgOp >= v.datum, { path: ["opvolgOp"], message: "De herinnering kan niet vóór de datum van de actie liggen." });

export const signaalStatusSchema = z
  .object({
    signaalId: id,
    version,
    naar: z.enum(["DOORVERWEZEN", "AFGESLOTEN"], { error: "Kies een stap." }),
    doorverwezenNaar: optioneleTekst(200),
  })
  .refine((v) => v.naar !== "DOORVERWEZEN" || !!v.doorverwezenNaar, { path: ["doorverwezenNaar"], message: "Vul in naar wie je doorverwijst." });

export const signaalDelenSchema = z
  .object({
    signaalId: id,
    version,
    grond: z.enum(["TOESTEMMING", "VEILIGHEID"], { error: "Kies op welke grond je deelt." }),
    reden: optioneleTekst(1000),
  })
  .refine((v) => v.grond !== "VEILIGHEID" || (v.reden?.length ?? 0) >= 10, { path: ["reden"], message: "Schrijf op waarom de veiligheid delen zonder toestemming nodig maakt (minstens 10 tekens)." });

const meldcodeBasis = { signaalId: id, version };

export const meldcodeStap1Schema = z.object({
  ...meldcodeBasis,
  feiten: tekst("Beschrijf de feiten: wat zag of hoorde je, en wie zei wat.", 10, 4000),
  feitenDatum: datum("Vul in op welke dag je dit zag of hoorde."),
  interpretatie: optioneleTekst(4000),
});

export const meldcodeStap2Schema = z.object({
  ...meldcodeBasis,
  overlegMet: tekst("Vul in met wie je overlegde.", 2, 200),
  overlegDatum: datum("Vul in op welke dag je overlegde."),
  veiligThuisGeraadpleegd: vinkje,
  advies: tekst("Vul het advies in.", 5, 4000),
});

export const meldcodeStap3Schema = z
  .object({
    ...meldcodeBasis,
    gesprekGevoerd: jaNee("Kies of het gesprek gevoerd is."),
    gesprekDatum: z.preprocess(leegIsUndefined, datum("Vul een datum in.").optional()),
    gesprekToelichting: tekst("Schrijf op wat er besproken is, of waarom een gesprek niet veilig was.", 5, 4000),
  })
  .refine((v) => v.gesprekGevoerd === "nee" || !!v.gesprekDatum, { path: ["gesprekDatum"], message: "Vul in op welke dag het gesprek was." });

export const meldcodeStap4Schema = z.object({
  ...meldcodeBasis,
  vraag1: jaNee("Beantwoord vraag 1."),
  vraag2: jaNee("Beantwoord vraag 2."),
  vraag3: jaNee("Beantwoord vraag 3."),
  vraag4: jaNee("Beantwoord vraag 4."),
  vraag5: jaNee("Beantwoord vraag 5."),
  toelichting1: optioneleTekst(1000),
  toelichting2: optioneleTekst(1000),
  toelichting3: optioneleTekst(1000),
  toelichting4: optioneleTekst(1000),
  toelichting5: optioneleTekst(1000),
});

export const meldcodeStap5Schema = z
  .object({
    ...meldcodeBasis,
    hulpGeorganiseerd: vinkje,
    hulpOmschrijving: optioneleTekst(2000),
    gemeld: vinkje,
    meldDatum: z.preprocess(leegIsUndefined, datum("Vul een datum in.").optional()),
    meldReferentie: optioneleTekst(100),
    meldReden: optioneleTekst(2000),
    opvolgOp: datum("Vul in wanneer je nagaat hoe het gaat (herinnering)."),
  })
  .superRefine((v, ctx) => {
    if (v.hulpGeorganiseerd && !v.hulpOmschrijving) ctx.addIssue({ code: "custom", path: ["hulpOmschrijving"], message: "Beschrijf welke hulp er georganiseerd is." });
    if (v.gemeld) {
      if (!v.meldDatum) ctx.addIssue({ code: "custom", path: ["meldDatum"], message: "Vul in op welke dag je meldde." });
      if (!v.meldReferentie) ctx.addIssue({ code: "custom", path: ["meldReferentie"], message: "Vul het kenmerk van Veilig Thuis in." });
      if (!v.meldReden || v.meldReden.length < 10) ctx.addIssue({ code: "custom", path: ["meldReden"], message: "Schrijf de reden van de melding op (minstens 10 tekens). Toestemming is niet nodig, een reden wel." });
    }
  });
