import { z } from "zod";
import { Doelgroep, HuishoudRelatie, Verblijfsvergunning } from "@/lib/db/generated/enums";
import { isKalenderdatum, plusMaanden, vandaag as vandaagFn, type Kalenderdatum } from "@/lib/tijd";
import { bepaalRechtOpBegeleiding, isValidBsn, normaliseerBsn } from "./rules";

/**
 * Input of the aanmeld form, shared by the form (field names) and the server.
 * Empty strings become null; dates are calendar dates "YYYY-MM-DD".
 */
const leegIsNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v === undefined ? null : v);

const tekst = (veld: string, max: number) =>
  z
    .string({ error: `Vul ${veld} in.` })
    .trim()
    .min(1, `Vul ${veld} in.`)
    .max(max, `${veld[0]!.toUpperCase()}${veld.slice(1)} mag hoogstens ${max} tekens zijn.`);

const optioneleTekst = (max: number) =>
  z.preprocess(leegIsNull, z.string().trim().max(max, `Hoogstens ${max} tekens.`).nullable());

const datum = z
  .string()
  .trim()
  .refine(isKalenderdatum, "Vul een geldige datum in (dag, maand, jaar).");
const optioneleDatum = z.preprocess(leegIsNull, datum.nullable());

const vinkje = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

export const huishoudlidSchema = z.object({
  voornaam: tekst("de voornaam", 100),
  geboortedatum: optioneleDatum,
  relatie: z.enum(HuishoudRelatie, { error: "Kies de relatie." }),
  isNareiziger: vinkje,
});

export const MAX_HUISHOUDLEDEN = 12;

/**
 * The person's fields, shared by aanmelden and gegevens wijzigen (one field
 * set, one set of messages). The checks across fields are in `controleerDossier`.
 */
export const dossierBasis = z.object({
  voornaam: tekst("de voornaam", 100),
  achternaam: tekst("de achternaam", 100),
  geboortedatum: z.string({ error: "Vul de geboortedatum in." }).trim().min(1, "Vul de geboortedatum in.").pipe(datum),
  bsn: z.preprocess(
    leegIsNull,
    z
      .string()
      .max(20, "Een BSN heeft 9 cijfers.")
      .transform(normaliseerBsn)
      .refine(isValidBsn, "Dit BSN klopt niet (de 11-proef gaat niet goed). Controleer de cijfers.")
      .nullable(),
  ),
  vNummer: z.preprocess(
    leegIsNull,
    z
      .string()
      .max(20, "Een V-nummer heeft 10 cijfers.")
      .transform((s) => s.replace(/[\s.\-]/g, ""))
      .refine((s) => /^\d{10}$/.test(s), "Een V-nummer heeft 10 cijfers.")
      .nullable(),
  ),
  landVanHerkomst: optioneleTekst(100),
  talen: z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(/[,;]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : (v ?? []),
    z.array(z.string().max(50, "Een taal mag hoogstens 50 tekens zijn.")).max(10, "Hoogstens 10 talen."),
  ),
  tolkNodig: vinkje,
  tolkTaal: optioneleTekst(50),
  telefoon: z.preprocess(
    leegIsNull,
    z
      .string()
      .trim()
      .max(30, "Hoogstens 30 tekens.")
      .regex(/^[+0-9 ()-]{6,}$/, "Vul een telefoonnummer in met alleen cijfers, spaties of +.")
      .nullable(),
  ),
  email: z.preprocess(leegIsNull, z.email("Vul een geldig e-mailadres in.").max(200, "Hoogstens 200 tekens.").nullable()),
  verblijfsvergunning: z.enum(Verblijfsvergunning, { error: "Kies de soort verblijfsvergunning." }),
  redenZonderWettelijkRecht: optioneleTekst(1000),
  doelgroepen: z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(Doelgroep, { error: "Kies een doelgroep uit de lijst." })),
  ),
  koppelingDatum: optioneleDatum,
  woningtoewijzingDatum: optioneleDatum,
  brpInschrijvingDatum: optioneleDatum,
  uitkeringStartDatum: optioneleDatum,
  straat: optioneleTekst(100),
  huisnummer: optioneleTekst(20),
  postcode: z.preprocess(
    leegIsNull,
    z
      .string()
      .trim()
      .transform((s) => s.replace(/\s/g, "").toUpperCase())
      .refine((s) => /^[1-9]\d{3}[A-Z]{2}$/.test(s), "Vul een postcode in zoals 1234 AB.")
      .nullable(),
  ),
  woonplaats: optioneleTekst(100),
});

export type DossierBasis = z.output<typeof dossierBasis>;

/** The checks across fields of both forms: dates in order, tolk language, the reason without legal right. */
function controleerDossier(d: DossierBasis & Partial<Record<TrajectDatum, Kalenderdatum | null>>, ctx: z.RefinementCtx): void {
  controleerDatums(d, vandaagFn(), (path, message) => ctx.addIssue({ code: "custom", path, message }));
  if (d.tolkNodig && !d.tolkTaal) ctx.addIssue({ code: "custom", path: ["tolkTaal"], message: "Vul in voor welke taal een tolk nodig is." });
  const recht = bepaalRechtOpBegeleiding(d.verblijfsvergunning);
  if (!recht.wettelijkRecht && !d.redenZonderWettelijkRecht) {
    ctx.addIssue({
      code: "custom",
      path: ["redenZonderWettelijkRecht"],
      message: recht.vastgesteld
        ? "Deze persoon heeft geen wettelijk recht op begeleiding. Schrijf op waarom je hem of haar toch begeleidt."
        : "Het recht op begeleiding is nog niet vastgesteld. Schrijf op waarom je deze persoon nu al aanmeldt.",
    });
  }
}

export const aanmeldSchema = dossierBasis
  .extend({
    gemeenteId: z.string({ error: "Kies een gemeente." }).min(1, "Kies een gemeente.").max(50),
    huishouden: z.array(huishoudlidSchema).max(MAX_HUISHOUDLEDEN, `Hoogstens ${MAX_HUISHOUDLEDEN} gezinsleden.`).default([]),
    begeleiderId: z.preprocess(leegIsNull, z.string().max(50).nullable()),
  })
  .superRefine(controleerDossier);

export type AanmeldInvoer = z.output<typeof aanmeldSchema>;

/** Trajectory dates that become known after aanmelden; only on the gegevens form. */
export const TRAJECT_DATUMS = ["verhuisDatum", "bredeIntakeDatum", "pipVastgesteldDatum", "startLeerrouteDatum", "eersteLesDatum"] as const;
export type TrajectDatum = (typeof TRAJECT_DATUMS)[number];

/**
 * Gegevens wijzigen: the aanmeld fields (without gemeente, household and
 * begeleider, which have their own screens) plus the later trajectory dates.
 * An empty BSN keeps the stored one; `bsnVerwijderen` removes it.
 */
export const gegevensSchema = dossierBasis
  .extend({
    version: z.coerce.number({ error: "Laad de pagina opnieuw." }).int().min(1),
    bsnVerwijderen: vinkje,
    verhuisDatum: optioneleDatum,
    bredeIntakeDatum: optioneleDatum,
    pipVastgesteldDatum: optioneleDatum,
    startLeerrouteDatum: optioneleDatum,
    eersteLesDatum: optioneleDatum,
  })
  .superRefine((d, ctx) => {
    controleerDossier(d, ctx);
    if (d.bsn && d.bsnVerwijderen)
      ctx.addIssue({ code: "custom", path: ["bsn"], message: "Vul een nieuw BSN in óf vink 'BSN verwijderen' aan, niet allebei." });
  });

export type GegevensInvoer = z.output<typeof gegevensSchema>;

/** Oldest plausible age of a person being registered. */
const MAX_LEEFTIJD_JAREN = 110;
/** Dates in the trajectory may be planned at most this far ahead. */
const MAX_MAANDEN_VOORUIT = 12;

/**
 * The dates of a registration checked against each other and today. Shared by
 * the schema (server) and usable in the form. Calls `fout(path, message)` per problem.
 */
export function controleerDatums(
  d: {
    geboortedatum: Kalenderdatum;
    koppelingDatum: Kalenderdatum | null;
    woningtoewijzingDatum: Kalenderdatum | null;
    brpInschrijvingDatum: Kalenderdatum | null;
    uitkeringStartDatum: Kalenderdatum | null;
    verhuisDatum?: Kalenderdatum | null;
    bredeIntakeDatum?: Kalenderdatum | null;
    pipVastgesteldDatum?: Kalenderdatum | null;
    startLeerrouteDatum?: Kalenderdatum | null;
    eersteLesDatum?: Kalenderdatum | null;
    huishouden?: readonly { geboortedatum: Kalenderdatum | null }[];
  },
  vandaag: Kalenderdatum,
  fout: (path: (string | number)[], message: string) => void,
): void {
  if (!isKalenderdatum(d.geboortedatum)) return;
  if (d.geboortedatum >= vandaag) fout(["geboortedatum"], "De geboortedatum moet in het verleden liggen.");
  else if (d.geboortedatum < plusMaanden(vandaag, -12 * MAX_LEEFTIJD_JAREN))
    fout(["geboortedatum"], "Deze geboortedatum is te lang geleden. Controleer het jaartal.");

  const grens = plusMaanden(vandaag, MAX_MAANDEN_VOORUIT);
  const velden = [
    ["koppelingDatum", "De datum van koppeling"],
    ["woningtoewijzingDatum", "De datum van woningtoewijzing"],
    ["brpInschrijvingDatum", "De datum van inschrijving in de BRP"],
    ["uitkeringStartDatum", "De startdatum van de uitkering"],
    ["verhuisDatum", "De verhuisdatum"],
    ["bredeIntakeDatum", "De datum van de brede intake"],
    ["pipVastgesteldDatum", "De datum waarop het PIP is vastgesteld"],
    ["startLeerrouteDatum", "De start van de leerroute"],
    ["eersteLesDatum", "De datum van de eerste les"],
  ] as const;
  for (const [veld, naam] of velden) {
    const waarde = d[veld];
    if (!waarde) continue;
    if (waarde <= d.geboortedatum) fout([veld], `${naam} moet na de geboortedatum liggen.`);
    else if (waarde > grens) fout([veld], `${naam} ligt meer dan een jaar in de toekomst. Controleer het jaartal.`);
  }
  if (d.koppelingDatum) {
    if (d.woningtoewijzingDatum && d.woningtoewijzingDatum < d.koppelingDatum)
      fout(["woningtoewijzingDatum"], "De woningtoewijzing kan niet vóór de koppeling aan de gemeente liggen.");
    if (d.brpInschrijvingDatum && d.brpInschrijvingDatum < d.koppelingDatum)
      fout(["brpInschrijvingDatum"], "De inschrijving in de BRP kan niet vóór de koppeling aan de gemeente liggen.");
  }
  // Later steps cannot come before earlier ones (the tijdige-start chain).
  const volgorde: [keyof typeof d, keyof typeof d, string][] = [
    ["woningtoewijzingDatum", "verhuisDatum", "De verhuizing kan niet vóór de woningtoewijzing liggen."],
    ["koppelingDatum", "bredeIntakeDatum", "De brede intake kan niet vóór de koppeling aan de gemeente liggen."],
    ["bredeIntakeDatum", "pipVastgesteldDatum", "Het PIP kan niet vóór de brede intake zijn vastgesteld."],
    ["pipVastgesteldDatum", "startLeerrouteDatum", "De leerroute kan niet starten vóór het PIP is vastgesteld."],
    ["pipVastgesteldDatum", "eersteLesDatum", "De eerste les kan niet vóór het vaststellen van het PIP liggen."],
    ["startLeerrouteDatum", "eersteLesDatum", "De eerste les kan niet vóór de start van de leerroute liggen."],
  ];
  const gemeld = new Set<string>();
  for (const [eerder, later, message] of volgorde) {
    const a = d[eerder];
    const b = d[later];
    if (typeof a === "string" && typeof b === "string" && b < a && !gemeld.has(later)) {
      gemeld.add(later);
      fout([later], message);
    }
  }
  d.huishouden?.forEach((lid, i) => {
    if (lid.geboortedatum && isKalenderdatum(lid.geboortedatum) && lid.geboortedatum > vandaag)
      fout(["huishouden", i, "geboortedatum"], "De geboortedatum moet in het verleden liggen.");
  });
}
