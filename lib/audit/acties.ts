import { z } from "zod";
import { LOG_STATUSSEN } from "@/lib/afspraak/labels";
import {
  ActieVoor,
  AfspraakType,
  AkkoordWijze,
  BelUitkomst,
  ChecklistCategorie,
  ChecklistStatus,
  DoelStatus,
  Doelgroep,
  DoorverwijzingUitkomst,
  Fase,
  Leefgebied,
  MeldcodeConclusie,
  OverdrachtType,
  Rol,
  SignaalDeelGrond,
  SignaalErnst,
  SignaalStatus,
  ToestemmingOnderwerp,
  ToestemmingOntvanger,
  ToestemmingWijze,
  ToewijzingRol,
  Verblijfsvergunning,
  VrijwilligerStatus,
} from "@/lib/db/generated/enums";
import { FASE_ACTIE_LIJST, type FaseActie } from "@/lib/inburgeraar/fase-rules";
import { GEGEVENS_VELD_NAMEN } from "@/lib/inburgeraar/samenvattingen";
import { isKalenderdatum } from "@/lib/tijd";

/**
 * Every event the audit trail records, as data: the `actie` name and its typed
 * `details`. Sentences are made when the trail is read (./zinnen.ts), never
 * stored, so wording can change and old events read the new way.
 *
 * Each event has a visibility class, named after the dossier parts of
 * lib/authz/zicht.ts, so the policy can leave out of a dossier's timeline what
 * a user may not see (a volunteer sees no financial events):
 * - "algemeen":   fase, name, who guides the person (everyone who may open the dossier);
 * - "persoon", "identiteit", "contact": corrections of those personal details;
 * - "traject":    registration, trajectory dates and einddatum;
 * - "inburgering": the gemeente's own dates (BRP, brede intake, PIP, leerroute, first lesson);
 * - "financieel": uitkering, toeslagen, ontzorgen and verlengingen with their reasons;
 * - "afspraken":  planned and logged contacts;
 * - "checklist":  the opstartfase checklist (financial items are "financieel");
 * - "plan":       the begeleidingsplan and meetmomenten (only for who sees the whole plan);
 * - "verslag":    verslagen (no event writes one yet);
 * - "toegang":    views and refused access: the beheerder's trail, never a timeline;
 * - "beheer":     accounts, sign-in, settings: no dossier.
 * Some events need more than their kind's class (a correction of the uitkering
 * date is financial; one of the phone number is contact): `zichtbaarhedenVan`
 * lists every class an event needs, `isZichtbaarVoor` asks for all of them.
 */
export const AUDIT_ZICHTBAARHEDEN = [
  "algemeen",
  "persoon",
  "identiteit",
  "contact",
  "traject",
  "inburgering",
  "financieel",
  "afspraken",
  "checklist",
  "plan",
  "verslag",
  "toegang",
  "beheer",
] as const;
export type AuditZichtbaarheid = (typeof AUDIT_ZICHTBAARHEDEN)[number];

/** The classes a dossier timeline can show at all; the policy picks from these per user. */
export const TIJDLIJN_ZICHTBAARHEDEN = [
  "algemeen",
  "persoon",
  "identiteit",
  "contact",
  "traject",
  "inburgering",
  "financieel",
  "afspraken",
  "checklist",
  "plan",
  "verslag",
] as const satisfies readonly AuditZichtbaarheid[];

const datum = z.string().refine(isKalenderdatum);
const geen = z.object({});

export const GEGEVENS_VELDEN = Object.keys(GEGEVENS_VELD_NAMEN) as (keyof typeof GEGEVENS_VELD_NAMEN)[];
export type GegevensVeld = (typeof GEGEVENS_VELDEN)[number];
/** The dossier part each correctable field belongs to (lib/authz/zicht.ts); the BSN is identiteit. */
export const GEGEVENS_VELD_ZICHTBAARHEID: Record<GegevensVeld | "bsn", AuditZichtbaarheid> = {
  voornaam: "algemeen",
  achternaam: "algemeen",
  geboortedatum: "persoon",
  landVanHerkomst: "persoon",
  talen: "persoon",
  tolkNodig: "persoon",
  tolkTaal: "persoon",
  vNummer: "identiteit",
  verblijfsvergunning: "identiteit",
  redenZonderWettelijkRecht: "identiteit",
  doelgroepen: "identiteit",
  bsn: "identiteit",
  telefoon: "contact",
  email: "contact",
  straat: "contact",
  huisnummer: "contact",
  postcode: "contact",
  woonplaats: "contact",
  koppelingDatum: "traject",
  woningtoewijzingDatum: "traject",
  verhuisDatum: "traject",
  brpInschrijvingDatum: "inburgering",
  bredeIntakeDatum: "inburgering",
  pipVastgesteldDatum: "inburgering",
  startLeerrouteDatum: "inburgering",
  eersteLesDatum: "inburgering",
  uitkeringStartDatum: "financieel",
};
export const DATUM_GEGEVENS_VELDEN = [
  "koppelingDatum",
  "woningtoewijzingDatum",
  "verhuisDatum",
  "brpInschrijvingDatum",
  "uitkeringStartDatum",
  "bredeIntakeDatum",
  "pipVastgesteldDatum",
  "startLeerrouteDatum",
  "eersteLesDatum",
] as const satisfies readonly GegevensVeld[];

export const WEIGER_REDENEN = ["buiten-bereik", "geen-toestemming", "geen-recht"] as const;
export type WeigerReden = (typeof WEIGER_REDENEN)[number];

const sjabloonItem = {
  sjabloon: z.string(),
  gemeente: z.string(),
  code: z.string(),
  titel: z.string(),
};
const sjabloonVelden = {
  uitleg: z.string().nullable().optional(),
  categorieen: z.array(z.enum(ChecklistCategorie)).optional(),
  verplicht: z.boolean().optional(),
  alleenMetKinderen: z.boolean().optional(),
  deadlineDagenNaBrp: z.number().nullable().optional(),
};

function actie<Z extends z.ZodType>(zichtbaarheid: AuditZichtbaarheid, label: string, details: Z) {
  return { zichtbaarheid, label, details };
}

/** Per event: its visibility class, a label for lists and filters, and the shape of its details. */
export const AUDIT_ACTIES = {
  // ── dossier ──
  "inburgeraar.aangemeld": actie(
    "traject",
    "Aangemeld",
    z.object({
      gemeente: z.string(),
      einddatum: datum.nullable(),
      wettelijkRecht: z.boolean(),
      huishoudleden: z.number().int(),
      begeleiderId: z.string().nullable(),
    }),
  ),
  "inburgeraar.gegevens-gewijzigd": actie(
    "traject",
    "Gegevens gewijzigd",
    z.object({
      velden: z.array(z.enum([...GEGEVENS_VELDEN, "bsn"] as unknown as [GegevensVeld | "bsn", ...(GegevensVeld | "bsn")[]])),
      /** New values of the fields the sentence names (dates, permit, doelgroepen, tolk); never the BSN. */
      waarden: z.object({
        koppelingDatum: datum.nullable().optional(),
        woningtoewijzingDatum: datum.nullable().optional(),
        verhuisDatum: datum.nullable().optional(),
        brpInschrijvingDatum: datum.nullable().optional(),
        uitkeringStartDatum: datum.nullable().optional(),
        bredeIntakeDatum: datum.nullable().optional(),
        pipVastgesteldDatum: datum.nullable().optional(),
        startLeerrouteDatum: datum.nullable().optional(),
        eersteLesDatum: datum.nullable().optional(),
        verblijfsvergunning: z.enum(Verblijfsvergunning).optional(),
        doelgroepen: z.array(z.enum(Doelgroep)).optional(),
        tolkNodig: z.boolean().optional(),
      }),
      bsn: z.enum(["toegevoegd", "gewijzigd", "verwijderd"]).optional(),
      /** Set when the BRP date changed: the recomputed einddatum (null: not known). */
      einddatum: datum.nullable().optional(),
    }),
  ),
  "inburgeraar.fase-gewijzigd": actie(
    "algemeen",
    "Fase gewijzigd",
    z.object({
      stap: z.enum(FASE_ACTIE_LIJST as [FaseActie, ...FaseActie[]]),
      van: z.enum(Fase),
      naar: z.enum(Fase),
      checklistPunten: z.number().int().optional(),
      /** Why the opstartfase was closed with open items. */
      reden: z.string().nullable().optional(),
    }),
  ),
  "inburgeraar.bekeken": actie("toegang", "Dossier bekeken", z.object({ onderdeel: z.string(), bsnGetoond: z.boolean().optional() })),
  "toegang.geweigerd": actie("toegang", "Toegang geweigerd", z.object({ reden: z.enum(WEIGER_REDENEN), onderdeel: z.string().optional() })),
  "checklist.gewijzigd": actie(
    "checklist",
    "Checklist bijgewerkt",
    z.object({
      titel: z.string(),
      code: z.string(),
      categorieen: z.array(z.enum(ChecklistCategorie)),
      van: z.enum(ChecklistStatus),
      naar: z.enum(ChecklistStatus),
      datum: datum.nullable(),
      notitieGewijzigd: z.boolean().optional(),
      /** Ticked off while logging this afspraak. */
      afspraakId: z.string().optional(),
      /** "Ongedaan maken" right after a tap: the previous status restored. */
      ongedaan: z.boolean().optional(),
    }),
  ),
  "afspraak.gepland": actie(
    "afspraken",
    "Afspraak gepland",
    z.object({
      type: z.enum(AfspraakType),
      start: z.iso.datetime(),
      metTolk: z.boolean(),
      /** Planned by "volgend contact" while logging that afspraak. */
      bron: z.enum(["volgend-contact"]).optional(),
      naAfspraakId: z.string().optional(),
    }),
  ),
  "afspraak.gewijzigd": actie(
    "afspraken",
    "Afspraak gewijzigd",
    z.object({ type: z.enum(AfspraakType), start: z.iso.datetime(), van: z.iso.datetime() }),
  ),
  "afspraak.gelogd": actie(
    "afspraken",
    "Afspraak gelogd",
    z.object({
      type: z.enum(AfspraakType),
      status: z.enum(LOG_STATUSSEN),
      duurMinuten: z.number().int().nullable(),
      isEindgesprek: z.boolean(),
      wasGepland: z.boolean().optional(),
      leefgebieden: z.array(z.enum(Leefgebied)).optional(),
      checklistItems: z.number().int().optional(),
      doelen: z.number().int().optional(),
      volgendContact: datum.nullable().optional(),
      /** Logged as one group contact (spreekuur, groepsbijeenkomst) for this many people. */
      groep: z.number().int().optional(),
    }),
  ),
  // ── begeleidingsplan ──
  "plan.leefgebied-gewijzigd": actie("plan", "Plan: leefgebied bijgewerkt", z.object({ leefgebied: z.enum(Leefgebied), streefScore: z.number().int().nullable() })),
  "plan.focus-gekozen": actie("plan", "Plan: focus gekozen", z.object({ focus: z.enum(Leefgebied).nullable() })),
  "plan.doel-toegevoegd": actie("plan", "Plan: doel toegevoegd", z.object({ leefgebied: z.enum(Leefgebied), omschrijving: z.string() })),
  "plan.doel-gewijzigd": actie("plan", "Plan: doel gewijzigd", z.object({ omschrijving: z.string(), status: z.enum(DoelStatus), statusGewijzigd: z.boolean() })),
  "plan.actie-toegevoegd": actie("plan", "Plan: actie toegevoegd", z.object({ omschrijving: z.string(), voor: z.enum(ActieVoor), isHuiswerk: z.boolean() })),
  "plan.actie-afgerond": actie("plan", "Plan: actie afgevinkt", z.object({ omschrijving: z.string(), isHuiswerk: z.boolean(), afgerond: z.boolean() })),
  "plan.meetmoment-vastgelegd": actie(
    "plan",
    "Meetmoment vastgelegd",
    z.object({ maand: z.number().int(), datum, scores: z.partialRecord(z.enum(Leefgebied), z.number().int()), correctie: z.boolean() }),
  ),
  "plan.akkoord": actie("plan", "Plan: akkoord vastgelegd", z.object({ nummer: z.number().int(), wijze: z.enum(AkkoordWijze), datum })),
  "plan.pdf-gedownload": actie("toegang", "Plan als PDF gedownload", geen),
  "toewijzing.gemaakt": actie(
    "algemeen",
    "Toegewezen",
    z.object({
      rol: z.enum(ToewijzingRol),
      naam: z.string(),
      vorige: z.array(z.string()),
      /** Assigned although not suggested (paused, stopped, no valid VOG): the reason given. */
      uitzondering: z.string().optional(),
      /** An interne overdracht note was left for the new person. */
      overdracht: z.boolean().optional(),
    }),
  ),
  "inburgeraar.maatje-gewenst": actie("algemeen", "Wens voor een maatje vastgelegd", z.object({ gewenst: z.boolean() })),
  "bellijst.gebeld": actie(
    "afspraken",
    "Gebeld vanaf de bellijst",
    z.object({ uitkomst: z.enum(BelUitkomst), naarBegeleider: z.boolean() }),
  ),
  "toewijzing.beeindigd": actie(
    "algemeen",
    "Toewijzing beëindigd",
    z.object({ rol: z.enum(ToewijzingRol), naam: z.string(), reden: z.string().nullable() }),
  ),
  "verlenging.aangevraagd": actie("financieel", "Verlenging aangevraagd", z.object({ maanden: z.number().int(), reden: z.string() })),
  "verlenging.goedgekeurd": actie(
    "financieel",
    "Verlenging goedgekeurd",
    z.object({ maanden: z.number().int(), einddatum: datum.nullable(), toelichting: z.string().nullable() }),
  ),
  "verlenging.afgewezen": actie(
    "financieel",
    "Verlenging afgewezen",
    z.object({ maanden: z.number().int(), toelichting: z.string().nullable() }),
  ),
  // ── toestemming, rapportage, overdracht (issue 9) ──
  "toestemming.vastgelegd": actie(
    "algemeen",
    "Toestemming vastgelegd",
    z.object({
      onderwerpen: z.array(z.enum(ToestemmingOnderwerp)).min(1),
      ontvanger: z.enum(ToestemmingOntvanger),
      /** The named organisation or gemeente, as it was called then. */
      ontvangerNaam: z.string().nullable(),
      wijze: z.enum(ToestemmingWijze),
      gegevenOp: datum,
      geldigTot: datum.nullable(),
      scan: z.boolean(),
    }),
  ),
  "toestemming.ingetrokken": actie(
    "algemeen",
    "Toestemming ingetrokken",
    z.object({
      onderwerpen: z.array(z.enum(ToestemmingOnderwerp)).min(1),
      ontvanger: z.enum(ToestemmingOntvanger),
      ontvangerNaam: z.string().nullable(),
      ingetrokkenOp: datum,
    }),
  ),
  "toestemming.scan-bekeken": actie("toegang", "Scan van toestemmingsformulier bekeken", geen),
  "inburgering.datums-vastgelegd": actie(
    "inburgering",
    "Inburgeringsdatums vastgelegd",
    z.object({
      bredeIntakeDatum: datum.nullable(),
      pipVastgesteldDatum: datum.nullable(),
      startLeerrouteDatum: datum.nullable(),
      leerroute: z.string().nullable(),
      eersteLesDatum: datum.nullable(),
    }),
  ),
  "rapportage.gedeeld": actie(
    "algemeen",
    "Voortgangsrapportage gedeeld",
    z.object({ versie: z.number().int(), onderdelen: z.array(z.string()), metToelichting: z.boolean() }),
  ),
  "rapportage.bekeken": actie("toegang", "Voortgangsrapportage bekeken", z.object({ versie: z.number().int(), pdf: z.boolean() })),
  "overdracht.verstuurd": actie(
    "algemeen",
    "Overdracht verstuurd",
    z.object({ type: z.enum(OverdrachtType), naar: z.string() }),
  ),
  "overdracht.ontvangen": actie("algemeen", "Overdracht ontvangen", z.object({ type: z.enum(OverdrachtType), door: z.string() })),
  // ── signalen and the Meldcode: never a text in the details (special-category data); "toegang" keeps them out of every timeline ──
  "signaal.gemeld": actie("toegang", "Signaal gemeld", z.object({ ernst: z.enum(SignaalErnst), meldcode: z.boolean() })),
  "signaal.opgepakt": actie("toegang", "Signaal opgepakt", geen),
  "signaal.actie-vastgelegd": actie("toegang", "Vervolgactie bij signaal vastgelegd", z.object({ opvolgOp: datum.nullable() })),
  "signaal.status-gewijzigd": actie("toegang", "Status van signaal gewijzigd", z.object({ naar: z.enum(SignaalStatus) })),
  "signaal.gedeeld": actie("toegang", "Signaal gedeeld met de consulent", z.object({ grond: z.enum(SignaalDeelGrond) })),
  "meldcode.stap-vastgelegd": actie(
    "toegang",
    "Meldcode-stap vastgelegd",
    z.object({ stap: z.number().int().min(1).max(5), conclusie: z.enum(MeldcodeConclusie).optional(), gemeld: z.boolean().optional() }),
  ),
  // ── sign-in and own account ──
  "login.gelukt": actie("beheer", "Ingelogd", geen),
  "login.mislukt": actie("beheer", "Inloggen mislukt", z.object({ email: z.string() })),
  "login.geblokkeerd": actie("beheer", "Inloggen geblokkeerd (account)", z.object({ email: z.string() })),
  "login.geblokkeerd-ip": actie("beheer", "Inloggen geblokkeerd (IP-adres)", z.object({ email: z.string() })),
  "login.uitgeschakeld": actie("beheer", "Inlogpoging met uitgeschakeld account", geen),
  logout: actie("beheer", "Uitgelogd", geen),
  // Two-factor sign-in and sessions (docs/decisions/014).
  "tweestaps.ingesteld": actie("beheer", "Inloggen in twee stappen ingesteld (app)", geen),
  "tweestaps.gelukt": actie("beheer", "Tweede stap van het inloggen gelukt", z.object({ methode: z.enum(["TOTP", "HERSTELCODE", "IDP"]) })),
  "tweestaps.mislukt": actie("beheer", "Tweede stap van het inloggen mislukt: code onjuist", geen),
  "tweestaps.geblokkeerd": actie("beheer", "Tweede stap van het inloggen geweigerd: te veel mislukte pogingen", geen),
  "tweestaps.uitgezet": actie("beheer", "Inloggen in twee stappen uitgezet", geen),
  "tweestaps.herstelcodes-vernieuwd": actie("beheer", "Nieuwe herstelcodes gemaakt", geen),
  "sessie.beeindigd": actie("beheer", "Sessie op een ander apparaat beëindigd", geen),
  "sessie.overal-uitgelogd": actie("beheer", "Overal uitgelogd", geen),
  "agenda.token-gemaakt": actie("beheer", "Agenda-link gemaakt", geen),
  "agenda.token-vervangen": actie("beheer", "Agenda-link vervangen", geen),
  "agenda.token-ingetrokken": actie("beheer", "Agenda-link ingetrokken", geen),
  // ── beheer ──
  "gebruiker.aangemaakt": actie("beheer", "Account aangemaakt", z.object({ rol: z.enum(Rol) })),
  "gebruiker.geactiveerd": actie("beheer", "Account weer aangezet", geen),
  "gebruiker.uitgeschakeld": actie("beheer", "Account uitgeschakeld", geen),
  "gebruiker.wachtwoord-gereset": actie("beheer", "Tijdelijk wachtwoord gegeven", geen),
  "gebruiker.tweestaps-gereset": actie("beheer", "Inloggen in twee stappen gereset", geen),
  "organisatie.sessies-gewijzigd": actie(
    "beheer",
    "Sessie-instellingen gewijzigd",
    z.object({ sessieInactiefMinuten: z.number().int(), sessieMaxUren: z.number().int() }),
  ),
  "gebruiker.wachtwoord-gewijzigd": actie("beheer", "Eigen wachtwoord gewijzigd", geen),
  "gebruiker.wachtwoord-wijzigen-mislukt": actie("beheer", "Wachtwoord wijzigen mislukt: huidig wachtwoord onjuist", geen),
  "gebruiker.wachtwoord-wijzigen-geblokkeerd": actie("beheer", "Wachtwoord wijzigen geweigerd: te veel mislukte pogingen", geen),
  /** An e-mail address that is already in use (perhaps in another organisation): refused without saying so. */
  "gebruiker.aanmaken-geweigerd": actie("beheer", "Account niet aangemaakt: e-mailadres niet bruikbaar", z.object({ email: z.string() })),
  "gebruiker.gewijzigd": actie(
    "beheer",
    "Account gewijzigd",
    z.object({ velden: z.array(z.string()), rolVan: z.enum(Rol).optional(), rolNaar: z.enum(Rol).optional() }),
  ),
  "vrijwilliger.profiel-gewijzigd": actie(
    "beheer",
    "Vrijwilligersprofiel gewijzigd",
    z.object({ velden: z.array(z.string()), status: z.enum(VrijwilligerStatus).optional(), eigen: z.boolean() }),
  ),
  "capaciteit.geexporteerd": actie("beheer", "Capaciteit en verhoudingen gedownload (CSV)", geen),
  // ── AVG ──
  "avg.inzage-gemaakt": actie("toegang", "Inzage-export gemaakt (AVG art. 15)", z.object({ formaat: z.enum(["json", "pdf"]) })),
  "avg.geanonimiseerd": actie("beheer", "Dossier geanonimiseerd na de bewaartermijn", z.object({ bewaartermijnMaanden: z.number().int() })),
  "avg.bewaartermijn-gewijzigd": actie("beheer", "Bewaartermijn gewijzigd", z.object({ bewaartermijnMaanden: z.number().int() })),
  "gemeente.instellingen-gewijzigd": actie(
    "beheer",
    "Gemeente-instellingen gewijzigd",
    z.object({
      looptijdMaanden: z.number().int(),
      opstartfaseWeken: z.number().int(),
      meetmomentenMaanden: z.array(z.number().int()),
      contactNormDagen: z.number().int(),
      bellijstIntervalDagen: z.number().int().nullable(),
      taakstelling: z.number().int().nullable(),
      spreekuur: z.string().nullable(),
      leefgebieden: z.array(z.enum(Leefgebied)),
    }),
  ),
  "checklist-template.gewijzigd": actie("beheer", "Checklist-sjabloon gewijzigd", z.object({ ...sjabloonItem, ...sjabloonVelden })),
  "checklist-template.item-toegevoegd": actie("beheer", "Onderdeel aan checklist-sjabloon toegevoegd", z.object({ ...sjabloonItem, ...sjabloonVelden })),
  "checklist-template.item-gedeactiveerd": actie("beheer", "Onderdeel van checklist-sjabloon uitgezet", z.object(sjabloonItem)),
  // ── issue 11b: sociale kaart, doorverwijzingen, casuïstiekoverleg (no free text of a dossier in details) ──
  "sociale-kaart.toegevoegd": actie("beheer", "Sociale kaart: organisatie toegevoegd", z.object({ naam: z.string() })),
  "sociale-kaart.gewijzigd": actie("beheer", "Sociale kaart: organisatie gewijzigd", z.object({ naam: z.string(), actief: z.boolean() })),
  "sociale-kaart.geimporteerd": actie("beheer", "Sociale kaart geïmporteerd", z.object({ nieuw: z.number().int(), bijgewerkt: z.number().int(), gemeente: z.string() })),
  "sociale-kaart.geexporteerd": actie("beheer", "Sociale kaart geëxporteerd", z.object({ aantal: z.number().int() })),
  "doorverwijzing.vastgelegd": actie("plan", "Doorverwijzing vastgelegd", z.object({ organisatie: z.string(), datum })),
  "doorverwijzing.uitkomst": actie("plan", "Uitkomst doorverwijzing vastgelegd", z.object({ organisatie: z.string(), uitkomst: z.enum(DoorverwijzingUitkomst) })),
  "overleg.aangemaakt": actie("beheer", "Casuïstiekoverleg gepland", z.object({ datum, dossiers: z.number().int(), deelnemers: z.number().int() })),
  "overleg.besproken": actie("plan", "Besproken in een casuïstiekoverleg", z.object({ datum, acties: z.number().int() })),
  "overleg.actie-afgerond": actie("plan", "Actie uit casuïstiekoverleg afgerond", z.object({ afgerond: z.boolean() })),
} as const;

export type AuditActieNaam = keyof typeof AUDIT_ACTIES;
export type AuditDetails<K extends AuditActieNaam> = z.input<(typeof AUDIT_ACTIES)[K]["details"]>;

/**
 * One audit event: `actie` and its typed `details`. Events without details may
 * leave them out. `audit()` accepts only these.
 */
export type AuditActie = {
  [K in AuditActieNaam]: {} extends AuditDetails<K> ? { actie: K; details?: AuditDetails<K> } : { actie: K; details: AuditDetails<K> };
}[AuditActieNaam];

export function isAuditActieNaam(actie: string): actie is AuditActieNaam {
  return Object.hasOwn(AUDIT_ACTIES, actie);
}

/** A stored row read back as a typed event, or null (an old row, or one this code no longer knows). */
export function leesAuditActie(rij: { actie: string; details: unknown }): AuditActie | null {
  if (!isAuditActieNaam(rij.actie)) return null;
  const parsed = AUDIT_ACTIES[rij.actie].details.safeParse(rij.details ?? {});
  return parsed.success ? ({ actie: rij.actie, details: parsed.data } as AuditActie) : null;
}

/** Kinds whose events may need other classes than their kind's (see zichtbaarhedenVan). */
const VERFIJND: Partial<Record<AuditActieNaam, readonly AuditZichtbaarheid[]>> = {
  "inburgeraar.gegevens-gewijzigd": ["algemeen", "persoon", "identiteit", "contact", "traject", "inburgering", "financieel"],
  "checklist.gewijzigd": ["checklist", "financieel"],
};

const alsObject = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * Every class a stored event needs to be shown: its kind's class, or for a
 * correction of personal data the class of each changed field, or for a
 * financial checklist item also "financieel". An unknown kind needs "toegang":
 * shown to nobody but the beheerder.
 */
export function zichtbaarhedenVan(rij: { actie: string; details: unknown }): AuditZichtbaarheid[] {
  if (!isAuditActieNaam(rij.actie)) return ["toegang"];
  const d = alsObject(rij.details);
  if (rij.actie === "inburgeraar.gegevens-gewijzigd") {
    const velden = (Array.isArray(d.velden) ? d.velden : []).filter((v): v is GegevensVeld | "bsn" => Object.hasOwn(GEGEVENS_VELD_ZICHTBAARHEID, v as string));
    const nodig = new Set<AuditZichtbaarheid>(velden.map((v) => GEGEVENS_VELD_ZICHTBAARHEID[v]));
    if ("einddatum" in d) nodig.add("traject");
    // An old row without a usable field list: treat it as the most private kind of correction.
    if (nodig.size === 0) return ["identiteit", "financieel"];
    return [...nodig];
  }
  if (rij.actie === "checklist.gewijzigd") {
    // Old rows have no categories; their code starts with the first one.
    const categorieen = Array.isArray(d.categorieen) ? (d.categorieen as string[]) : typeof d.code === "string" ? [d.code.split("-")[0]!] : [];
    return categorieen.includes("FIN") ? ["checklist", "financieel"] : ["checklist"];
  }
  return [AUDIT_ACTIES[rij.actie].zichtbaarheid];
}

/** Whether a user allowed these classes may see this stored event. */
export function isZichtbaarVoor(rij: { actie: string; details: unknown }, zichtbaar: readonly AuditZichtbaarheid[]): boolean {
  return zichtbaarhedenVan(rij).every((k) => zichtbaar.includes(k));
}

const STRENGHEID: readonly AuditZichtbaarheid[] = ["toegang", "financieel", "identiteit", "contact", "persoon", "plan", "verslag", "checklist", "afspraken", "traject", "inburgering", "beheer", "algemeen"];

/** The single most private class an event needs. Prefer isZichtbaarVoor, which checks all of them. */
export function zichtbaarheidVan(rij: { actie: string; details: unknown }): AuditZichtbaarheid {
  const nodig = zichtbaarhedenVan(rij);
  return STRENGHEID.find((k) => nodig.includes(k)) ?? nodig[0]!;
}

/**
 * The kinds of event a user allowed these classes may see some of, for a
 * `where: { actie: { in } }`; check each row with isZichtbaarVoor on top.
 */
export function actiesMetZichtbaarheid(zichtbaar: readonly AuditZichtbaarheid[]): AuditActieNaam[] {
  return (Object.keys(AUDIT_ACTIES) as AuditActieNaam[]).filter((k) =>
    (VERFIJND[k] ?? [AUDIT_ACTIES[k].zichtbaarheid]).some((klasse) => zichtbaar.includes(klasse)),
  );
}
