import { z } from "zod";
import { ToestemmingOnderwerp, ToestemmingOntvanger, ToestemmingWijze } from "@/lib/db/generated/enums";
import { isKalenderdatum } from "@/lib/tijd";

/** zod schemas shared by the consent forms and the server. Messages are Dutch (B1). */

const leegIsUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const alsLijst = (v: unknown) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]);
const id = z.string({ error: "Ontbrekend kenmerk." }).trim().min(1, "Ontbrekend kenmerk.").max(100);
const datum = (leeg: string) => z.string({ error: leeg }).trim().min(1, leeg).refine(isKalenderdatum, "Vul een geldige datum in.");
const korteTekst = (veld: string, max = 200) => z.preprocess(leegIsUndefined, z.string().trim().max(max, `${veld} mag hoogstens ${max} tekens zijn.`).optional());
export const aanvraagSleutel = z
  .string({ error: "Laad de pagina opnieuw en probeer het nog eens." })
  .trim()
  .min(8, "Laad de pagina opnieuw en probeer het nog eens.")
  .max(100, "Laad de pagina opnieuw en probeer het nog eens.");

export const vastleggenSchema = z
  .object({
    inburgeraarId: id,
    ontvanger: z.enum(ToestemmingOntvanger, { error: "Kies met wie er gedeeld mag worden." }),
    socialeKaartId: z.preprocess(leegIsUndefined, id.optional()),
    ontvangerNaam: korteTekst("De naam van de gemeente", 100),
    onderwerpen: z.preprocess(
      alsLijst,
      z.array(z.enum(ToestemmingOnderwerp, { error: "Kies wat gedeeld mag worden uit de lijst." })).min(1, "Kies minstens één ding dat gedeeld mag worden.").max(20),
    ),
    wijze: z.enum(ToestemmingWijze, { error: "Kies hoe de toestemming gegeven is." }),
    tolkTaal: korteTekst("De taal van de tolk", 60),
    gegevenOp: datum("Vul in op welke dag de toestemming gegeven is."),
    geldigTot: z.preprocess(leegIsUndefined, datum("Vul een datum in.").optional()),
    toelichting: korteTekst("De toelichting", 500),
    aanvraagSleutel,
  })
  .superRefine((v, ctx) => {
    if (v.ontvanger === "SOCIAAL_DOMEIN" && !v.socialeKaartId) ctx.addIssue({ code: "custom", path: ["socialeKaartId"], message: "Kies de organisatie van de sociale kaart." });
    if (v.ontvanger === "NIEUWE_GEMEENTE" && !v.ontvangerNaam) ctx.addIssue({ code: "custom", path: ["ontvangerNaam"], message: "Vul de naam van de nieuwe gemeente in." });
    if (v.wijze === "MONDELING_MET_TOLK" && !v.tolkTaal) ctx.addIssue({ code: "custom", path: ["tolkTaal"], message: "Vul in in welke taal de tolk vertaalde." });
  });
export type VastleggenInput = z.input<typeof vastleggenSchema>;

export const intrekkenSchema = z.object({
  inburgeraarId: id,
  toestemmingIds: z.preprocess(alsLijst, z.array(id).min(1, "Kies wat je intrekt.").max(50)),
  ingetrokkenOp: datum("Vul in vanaf welke dag de toestemming niet meer geldt."),
  reden: korteTekst("De reden", 500),
});
export type IntrekkenInput = z.input<typeof intrekkenSchema>;
