import type { Doelgroep, Fase, HuishoudRelatie, Leefgebied, Rol, Verblijfsvergunning, VrijwilligerTaak } from "@/lib/db/generated/enums";
import { DEMO_ACCOUNTS } from "./accounts";

/**
 * The demo world: organisations and gemeenten with the settings from the
 * research report (DOMAIN.md §3), their users, and invented inburgeraars.
 * Every person here is fictional. Dates are relative to "today" of the seed run.
 */

export interface GemeenteDef {
  naam: string;
  cbsCode: string;
  looptijdMaanden: number;
  opstartfaseWeken: number;
  meetmomentenMaanden: number[];
  contactNormDagen: number;
  bellijstIntervalDagen: number | null;
  taakstelling: number | null;
  spreekuur: string | null;
  /** Seed only: days between appointments in the opstartfase. */
  opstartIntervalDagen: number;
  /** Seed only: first digits of a postcode in this gemeente and the office. */
  postcode: string;
  kantoor: string;
}

export interface VrijwilligerDef {
  talen: string[];
  taken: VrijwilligerTaak[];
  urenPerWeek: number;
  maxMaatjes: number;
  /** Years since the VOG was issued; null = no VOG yet. */
  vogJarenGeleden: number | null;
  /** Months since the training was finished; null = not yet trained. */
  trainingMaandenGeleden: number | null;
  beschikbaarheid: string;
}

export interface GebruikerDef {
  sleutel: string;
  naam: string;
  email: string;
  rol: Rol;
  team?: string;
  /** Consulent: the gemeenten they see. */
  gemeenten?: string[];
  vrijwilliger?: VrijwilligerDef;
}

export interface OrganisatieDef {
  naam: string;
  gemeenten: GemeenteDef[];
  teams: string[];
  gebruikers: GebruikerDef[];
}

export interface HuishoudlidDef {
  voornaam: string;
  relatie: HuishoudRelatie;
  leeftijd: number;
  /** Still abroad: expected in this many days. */
  nareizigerOverDagen?: number;
  school?: string;
}

export interface PersoonDef {
  voornaam: string;
  achternaam: string;
  gemeente: string;
  leeftijd: number;
  land: string;
  talen: string[];
  tolkNodig: boolean;
  vergunning: Verblijfsvergunning;
  redenZonderWettelijkRecht?: string;
  doelgroepen?: Doelgroep[];
  fase: Fase;
  /** Days since the BRP-inschrijving (not for AANGEMELD). */
  brpDagen?: number;
  /** AANGEMELD: days since the koppeling, and days until (negative: since) the regeldag. */
  koppelingDagen?: number;
  regeldagOverDagen?: number;
  opstart?: string;
  begeleider?: string;
  maatje?: string;
  huishouden?: HuishoudlidDef[];
  /** No contact for longer than the gemeente's contact norm, nothing planned. */
  nietGezien?: boolean;
  /** Opstartfase: these checklist items are still open past their deadline. */
  teLaat?: string[];
  /** Opstartfase: every verplicht item done, ready to close. */
  opstartKlaar?: boolean;
  /** Afronding: the eindgesprek already took place. */
  eindgesprekGehouden?: boolean;
  /** Verlengingen: months granted (GOEDGEKEURD) count in the einddatum. */
  verlenging?: { status: "AANGEVRAAGD" | "GOEDGEKEURD" | "AFGEWEZEN"; reden: string; toelichting?: string };
  focus?: Leefgebied;
  /** Opstartfase without any plan yet (no nulmeting): the dossiers the plan journey in the e2e tests starts from. */
  zonderPlan?: boolean;
  /** The maatje starts during the opstartfase already (as in Groningen), not after it. */
  maatjeInOpstart?: boolean;
}

// ───────────────────────────── gemeenten ─────────────────────────────

const DEN_HAAG: GemeenteDef = {
  naam: "Den Haag",
  cbsCode: "GM0518",
  looptijdMaanden: 12,
  opstartfaseWeken: 17,
  meetmomentenMaanden: [3, 8, 12],
  contactNormDagen: 28,
  bellijstIntervalDagen: null,
  taakstelling: 559,
  spreekuur: "Dagelijks inloopspreekuur op kantoor, maandag tot en met vrijdag 9.30–12.00 uur; financieel spreekuur op dinsdag",
  opstartIntervalDagen: 14,
  postcode: "25",
  kantoor: "Kantoor VluchtelingenWerk Den Haag",
};

const GRONINGEN: GemeenteDef = {
  naam: "Groningen",
  cbsCode: "GM0014",
  looptijdMaanden: 36,
  opstartfaseWeken: 12,
  // Groningen works without a begeleidingsplan: no meetmomenten.
  meetmomentenMaanden: [],
  contactNormDagen: 90,
  bellijstIntervalDagen: 90,
  taakstelling: 240,
  spreekuur: "Dagelijks spreekuur in de ontvangstkamer van Humanitas",
  opstartIntervalDagen: 14,
  postcode: "97",
  kantoor: "Ontvangstkamer Humanitas Groningen",
};

const HEERENVEEN: GemeenteDef = {
  naam: "Heerenveen",
  cbsCode: "GM0074",
  looptijdMaanden: 36,
  opstartfaseWeken: 12,
  meetmomentenMaanden: [3, 12, 36],
  contactNormDagen: 21,
  bellijstIntervalDagen: null,
  taakstelling: 51,
  spreekuur: "Wekelijks spreekuur van de integratiecoaches in het gemeentehuis",
  opstartIntervalDagen: 7,
  postcode: "84",
  kantoor: "Gemeentehuis Heerenveen",
};

const ROERMOND: GemeenteDef = {
  naam: "Roermond",
  cbsCode: "GM0957",
  looptijdMaanden: 6,
  opstartfaseWeken: 8,
  meetmomentenMaanden: [2, 4, 6],
  contactNormDagen: 30,
  bellijstIntervalDagen: null,
  taakstelling: 60,
  spreekuur: "Tweewekelijks spreekuur op donderdagmiddag",
  opstartIntervalDagen: 7,
  postcode: "60",
  kantoor: "Kantoor VluchtelingenWerk Roermond",
};

const ROTTERDAM: GemeenteDef = {
  naam: "Rotterdam",
  cbsCode: "GM0599",
  looptijdMaanden: 24,
  opstartfaseWeken: 13,
  meetmomentenMaanden: [3, 12, 24],
  contactNormDagen: 21,
  bellijstIntervalDagen: null,
  taakstelling: 662,
  spreekuur: "Spreekuur in de buurthuizen van Gro-Up",
  opstartIntervalDagen: 10,
  postcode: "30",
  kantoor: "Kantoor VluchtelingenWerk Rotterdam",
};

const THOLEN: GemeenteDef = {
  naam: "Tholen",
  cbsCode: "GM0716",
  looptijdMaanden: 36,
  opstartfaseWeken: 6,
  // Tholen works without a begeleidingsplan: no meetmomenten.
  meetmomentenMaanden: [],
  contactNormDagen: 42,
  bellijstIntervalDagen: null,
  taakstelling: 26,
  spreekuur: "Spreekuur in het gemeentehuis (jaar 3: alleen nog spreekuur)",
  opstartIntervalDagen: 4,
  postcode: "46",
  kantoor: "Gemeentehuis Tholen",
};

const WOERDEN: GemeenteDef = {
  naam: "Woerden",
  cbsCode: "GM0632",
  looptijdMaanden: 12,
  opstartfaseWeken: 5,
  meetmomentenMaanden: [3, 6, 12],
  contactNormDagen: 21,
  bellijstIntervalDagen: null,
  taakstelling: 53,
  spreekuur: null,
  opstartIntervalDagen: 14,
  postcode: "34",
  kantoor: "Kantoor VluchtelingenWerk Woerden",
};

/** Zaffier's six gemeenten share INOVA's settings; the taakstelling is Zaffier's 291 split by size (demo estimate). */
function zaffier(naam: string, cbsCode: string, taakstelling: number, postcode: string): GemeenteDef {
  return {
    naam,
    cbsCode,
    looptijdMaanden: 12,
    opstartfaseWeken: 8,
    meetmomentenMaanden: [3, 6, 12],
    contactNormDagen: 14,
    bellijstIntervalDagen: null,
    taakstelling,
    spreekuur: null,
    opstartIntervalDagen: 7,
    postcode,
    kantoor: "Kantoor INOVA Alkmaar",
  };
}

// ───────────────────────────── organisaties ─────────────────────────────

const vog = (vogJarenGeleden: number | null, trainingMaandenGeleden: number | null) => ({ vogJarenGeleden, trainingMaandenGeleden });

export const ORGANISATIES: OrganisatieDef[] = [
  {
    naam: "VluchtelingenWerk regio Den Haag",
    gemeenten: [DEN_HAAG],
    teams: ["Team Regeldag", "Team Escamp en Laak"],
    gebruikers: [
      { sleutel: "dh.begeleider", ...DEMO_ACCOUNTS.begeleider, rol: "BEGELEIDER", team: "Team Escamp en Laak" },
      { sleutel: "dh.regeldag", naam: "Thomas Jansen", email: "regeldag@denhaag.wegwijs.test", rol: "BEGELEIDER", team: "Team Regeldag" },
      { sleutel: "dh.begeleider2", naam: "Fleur Visser", email: "fleur.visser@denhaag.wegwijs.test", rol: "BEGELEIDER", team: "Team Escamp en Laak" },
      { sleutel: "dh.teamleider", ...DEMO_ACCOUNTS.teamleider, rol: "TEAMLEIDER", team: "Team Escamp en Laak" },
      { sleutel: "dh.consulent", ...DEMO_ACCOUNTS.consulent, rol: "CONSULENT", gemeenten: ["Den Haag"] },
      { sleutel: "dh.beheerder", ...DEMO_ACCOUNTS.beheerder, rol: "BEHEERDER" },
      {
        sleutel: "dh.vrijwilliger",
        ...DEMO_ACCOUNTS.vrijwilliger,
        rol: "VRIJWILLIGER",
        team: "Team Escamp en Laak",
        vrijwilliger: {
          talen: ["Arabisch", "Nederlands", "Engels"],
          taken: ["MAATJE", "TOLK"],
          urenPerWeek: 6,
          maxMaatjes: 5,
          ...vog(1, 10),
          beschikbaarheid: "Dinsdag- en donderdagmiddag, soms zaterdag",
        },
      },
      {
        sleutel: "dh.vrijwilliger.tigrinya",
        naam: "Semhar Tesfay",
        email: "semhar.tesfay@denhaag.wegwijs.test",
        rol: "VRIJWILLIGER",
        team: "Team Escamp en Laak",
        vrijwilliger: {
          talen: ["Tigrinya", "Amhaars", "Nederlands"],
          taken: ["MAATJE", "TOLK"],
          urenPerWeek: 8,
          maxMaatjes: 2,
          ...vog(2, 20),
          beschikbaarheid: "Maandag en woensdag",
        },
      },
      {
        sleutel: "dh.vrijwilliger.budget",
        naam: "Henk Smit",
        email: "henk.smit@denhaag.wegwijs.test",
        rol: "VRIJWILLIGER",
        team: "Team Regeldag",
        vrijwilliger: {
          talen: ["Nederlands", "Engels"],
          taken: ["BUDGETCOACH", "KANTOOR"],
          urenPerWeek: 4,
          maxMaatjes: 1,
          // VOG still to be requested: the teamleider sees a warning.
          ...vog(null, 2),
          beschikbaarheid: "Vrijdagochtend (financieel spreekuur)",
        },
      },
      {
        sleutel: "dh.vrijwilliger.maatje",
        naam: "Lotte Mulder",
        email: "lotte.mulder@denhaag.wegwijs.test",
        rol: "VRIJWILLIGER",
        team: "Team Escamp en Laak",
        vrijwilliger: {
          talen: ["Nederlands", "Engels", "Turks"],
          taken: ["MAATJE"],
          urenPerWeek: 3,
          maxMaatjes: 2,
          // Training not finished yet.
          ...vog(0, null),
          beschikbaarheid: "Woensdagavond en in het weekend",
        },
      },
    ],
  },
  {
    naam: "Humanitas Groningen",
    gemeenten: [GRONINGEN],
    teams: ["Ontvangstkamer", "Maatjes Groningen"],
    gebruikers: [
      { sleutel: "gr.begeleider", naam: "Wietske Hoekstra", email: "begeleider@groningen.wegwijs.test", rol: "BEGELEIDER", team: "Ontvangstkamer" },
      { sleutel: "gr.teamleider", naam: "Bart Dijkstra", email: "teamleider@groningen.wegwijs.test", rol: "TEAMLEIDER", team: "Maatjes Groningen" },
      { sleutel: "gr.consulent", naam: "Anouk Postma", email: "consulent@groningen.wegwijs.test", rol: "CONSULENT", gemeenten: ["Groningen"] },
      { sleutel: "gr.beheerder", naam: "Ruben Smits", email: "beheerder@groningen.wegwijs.test", rol: "BEHEERDER" },
      {
        sleutel: "gr.vrijwilliger",
        naam: "Jelle Bosma",
        email: "vrijwilliger@groningen.wegwijs.test",
        rol: "VRIJWILLIGER",
        team: "Maatjes Groningen",
        vrijwilliger: { talen: ["Nederlands", "Engels"], taken: ["MAATJE"], urenPerWeek: 4, maxMaatjes: 2, ...vog(1, 14), beschikbaarheid: "Doordeweeks na 17.00 uur" },
      },
      {
        sleutel: "gr.vrijwilliger.ontvangst",
        naam: "Hanan Yousef",
        email: "hanan.yousef@groningen.wegwijs.test",
        rol: "VRIJWILLIGER",
        team: "Ontvangstkamer",
        vrijwilliger: { talen: ["Arabisch", "Nederlands"], taken: ["KANTOOR", "TOLK"], urenPerWeek: 10, maxMaatjes: 1, ...vog(3, 30), beschikbaarheid: "Ochtenden in de ontvangstkamer" },
      },
    ],
  },
  {
    naam: "Gemeente Heerenveen",
    gemeenten: [HEERENVEEN],
    teams: ["Integratiecoaches"],
    gebruikers: [
      { sleutel: "hv.begeleider", naam: "Sietske de Jong", email: "begeleider@heerenveen.wegwijs.test", rol: "BEGELEIDER", team: "Integratiecoaches" },
      { sleutel: "hv.teamleider", naam: "Gerrit Wiersma", email: "teamleider@heerenveen.wegwijs.test", rol: "TEAMLEIDER", team: "Integratiecoaches" },
      { sleutel: "hv.consulent", naam: "Ilse Veenstra", email: "consulent@heerenveen.wegwijs.test", rol: "CONSULENT", gemeenten: ["Heerenveen"] },
      { sleutel: "hv.beheerder", naam: "Douwe Bergsma", email: "beheerder@heerenveen.wegwijs.test", rol: "BEHEERDER" },
      {
        sleutel: "hv.vrijwilliger",
        naam: "Marijke Kuipers",
        email: "vrijwilliger@heerenveen.wegwijs.test",
        rol: "VRIJWILLIGER",
        team: "Integratiecoaches",
        vrijwilliger: { talen: ["Nederlands", "Fries"], taken: ["MAATJE"], urenPerWeek: 3, maxMaatjes: 2, ...vog(2, 18), beschikbaarheid: "Maandag en vrijdag" },
      },
    ],
  },
  {
    naam: "VluchtelingenWerk regio Roermond",
    gemeenten: [ROERMOND],
    teams: ["Binnendienst en buitendienst"],
    gebruikers: [
      { sleutel: "rm.begeleider", naam: "Ellen Janssen", email: "begeleider@roermond.wegwijs.test", rol: "BEGELEIDER", team: "Binnendienst en buitendienst" },
      { sleutel: "rm.teamleider", naam: "Luc Peeters", email: "teamleider@roermond.wegwijs.test", rol: "TEAMLEIDER", team: "Binnendienst en buitendienst" },
      { sleutel: "rm.consulent", naam: "Maud Hendriks", email: "consulent@roermond.wegwijs.test", rol: "CONSULENT", gemeenten: ["Roermond"] },
      { sleutel: "rm.beheerder", naam: "Stijn Willems", email: "beheerder@roermond.wegwijs.test", rol: "BEHEERDER" },
      {
        sleutel: "rm.vrijwilliger",
        naam: "Ahmad Nouri",
        email: "vrijwilliger@roermond.wegwijs.test",
        rol: "VRIJWILLIGER",
        team: "Binnendienst en buitendienst",
        vrijwilliger: { talen: ["Dari", "Farsi", "Nederlands"], taken: ["ADMINISTRATIEF", "TOLK"], urenPerWeek: 8, maxMaatjes: 2, ...vog(1, 6), beschikbaarheid: "Binnendienst dinsdag en donderdag" },
      },
    ],
  },
  {
    naam: "VluchtelingenWerk regio Rotterdam",
    gemeenten: [ROTTERDAM],
    teams: ["Team Noord", "Team Zuid"],
    gebruikers: [
      { sleutel: "rt.begeleider", naam: "Naima Bouzid", email: "begeleider@rotterdam.wegwijs.test", rol: "BEGELEIDER", team: "Team Zuid" },
      { sleutel: "rt.begeleider2", naam: "Kevin de Graaf", email: "kevin.degraaf@rotterdam.wegwijs.test", rol: "BEGELEIDER", team: "Team Noord" },
      { sleutel: "rt.teamleider", naam: "Esther Vermeulen", email: "teamleider@rotterdam.wegwijs.test", rol: "TEAMLEIDER", team: "Team Zuid" },
      { sleutel: "rt.consulent", naam: "Mehmet Yilmaz", email: "consulent@rotterdam.wegwijs.test", rol: "CONSULENT", gemeenten: ["Rotterdam"] },
      { sleutel: "rt.beheerder", naam: "Linda Koster", email: "beheerder@rotterdam.wegwijs.test", rol: "BEHEERDER" },
      {
        sleutel: "rt.vrijwilliger",
        naam: "Daan Verbeek",
        email: "vrijwilliger@rotterdam.wegwijs.test",
        rol: "VRIJWILLIGER",
        team: "Team Zuid",
        vrijwilliger: { talen: ["Nederlands", "Engels", "Spaans"], taken: ["MAATJE", "KANTOOR"], urenPerWeek: 4, maxMaatjes: 2, ...vog(4, 40), beschikbaarheid: "Zaterdag" },
      },
    ],
  },
  {
    naam: "Gemeente Tholen",
    gemeenten: [THOLEN],
    teams: ["Maatschappelijke begeleiding"],
    gebruikers: [
      { sleutel: "th.begeleider", naam: "Kees Verhage", email: "begeleider@tholen.wegwijs.test", rol: "BEGELEIDER", team: "Maatschappelijke begeleiding" },
      { sleutel: "th.teamleider", naam: "Marian Quist", email: "teamleider@tholen.wegwijs.test", rol: "TEAMLEIDER", team: "Maatschappelijke begeleiding" },
      { sleutel: "th.consulent", naam: "Jolanda Geluk", email: "consulent@tholen.wegwijs.test", rol: "CONSULENT", gemeenten: ["Tholen"] },
      { sleutel: "th.beheerder", naam: "Wim Bakker", email: "beheerder@tholen.wegwijs.test", rol: "BEHEERDER" },
      {
        sleutel: "th.vrijwilliger",
        naam: "Corrie Hage",
        email: "vrijwilliger@tholen.wegwijs.test",
        rol: "VRIJWILLIGER",
        team: "Maatschappelijke begeleiding",
        vrijwilliger: { talen: ["Nederlands"], taken: ["MAATJE"], urenPerWeek: 2, maxMaatjes: 1, ...vog(1, 12), beschikbaarheid: "Dinsdagochtend" },
      },
    ],
  },
  {
    naam: "VluchtelingenWerk regio Woerden",
    gemeenten: [WOERDEN],
    teams: ["Team Woerden"],
    gebruikers: [
      { sleutel: "wd.begeleider", naam: "Anne Schouten", email: "begeleider@woerden.wegwijs.test", rol: "BEGELEIDER", team: "Team Woerden" },
      { sleutel: "wd.teamleider", naam: "Peter van Dam", email: "teamleider@woerden.wegwijs.test", rol: "TEAMLEIDER", team: "Team Woerden" },
      { sleutel: "wd.consulent", naam: "Saskia Brouwer", email: "consulent@woerden.wegwijs.test", rol: "CONSULENT", gemeenten: ["Woerden"] },
      { sleutel: "wd.beheerder", naam: "Frank Kok", email: "beheerder@woerden.wegwijs.test", rol: "BEHEERDER" },
      {
        sleutel: "wd.vrijwilliger",
        naam: "Yvonne Prins",
        email: "vrijwilliger@woerden.wegwijs.test",
        rol: "VRIJWILLIGER",
        team: "Team Woerden",
        vrijwilliger: { talen: ["Nederlands", "Frans"], taken: ["ADMINISTRATIEF", "BUDGETCOACH"], urenPerWeek: 5, maxMaatjes: 2, ...vog(2, 22), beschikbaarheid: "Maandag en woensdag overdag" },
      },
    ],
  },
  {
    naam: "INOVA (Zaffier)",
    gemeenten: [
      zaffier("Alkmaar", "GM0361", 105, "18"),
      zaffier("Bergen", "GM0373", 29, "18"),
      zaffier("Castricum", "GM0383", 34, "19"),
      zaffier("Dijk en Waard", "GM1980", 86, "17"),
      zaffier("Heiloo", "GM0399", 23, "18"),
      zaffier("Uitgeest", "GM0450", 14, "19"),
    ],
    teams: ["Maatschappelijke begeleiding Zaffier"],
    gebruikers: [
      { sleutel: "zf.begeleider", naam: "Roos Zwart", email: "begeleider@zaffier.wegwijs.test", rol: "BEGELEIDER", team: "Maatschappelijke begeleiding Zaffier" },
      { sleutel: "zf.begeleider2", naam: "Mustafa Erdem", email: "mustafa.erdem@zaffier.wegwijs.test", rol: "BEGELEIDER", team: "Maatschappelijke begeleiding Zaffier" },
      { sleutel: "zf.teamleider", naam: "Ingrid Baas", email: "teamleider@zaffier.wegwijs.test", rol: "TEAMLEIDER", team: "Maatschappelijke begeleiding Zaffier" },
      {
        sleutel: "zf.consulent",
        naam: "Tom Groot",
        email: "consulent@zaffier.wegwijs.test",
        rol: "CONSULENT",
        gemeenten: ["Alkmaar", "Bergen", "Castricum", "Dijk en Waard", "Heiloo", "Uitgeest"],
      },
      { sleutel: "zf.consulent.alkmaar", naam: "Nadia el Idrissi", email: "consulent.alkmaar@zaffier.wegwijs.test", rol: "CONSULENT", gemeenten: ["Alkmaar"] },
      { sleutel: "zf.beheerder", naam: "Erik Dekker", email: "beheerder@zaffier.wegwijs.test", rol: "BEHEERDER" },
      {
        sleutel: "zf.vrijwilliger",
        naam: "Monique Laan",
        email: "vrijwilliger@zaffier.wegwijs.test",
        rol: "VRIJWILLIGER",
        team: "Maatschappelijke begeleiding Zaffier",
        vrijwilliger: { talen: ["Nederlands", "Engels"], taken: ["BUDGETCOACH"], urenPerWeek: 3, maxMaatjes: 1, ...vog(1, 8), beschikbaarheid: "Budgetcursus op woensdag" },
      },
    ],
  },
];

// ───────────────────────────── inburgeraars ─────────────────────────────
// Invented people. Names are common names from the countries of origin in
// made-up combinations; BSNs are in the 9999xxxxx test range.

const kind = (voornaam: string, leeftijd: number, school?: string): HuishoudlidDef => ({ voornaam, relatie: "KIND", leeftijd, school });
const partner = (voornaam: string, leeftijd: number, nareizigerOverDagen?: number): HuishoudlidDef => ({
  voornaam,
  relatie: "PARTNER",
  leeftijd,
  nareizigerOverDagen,
});

export const PERSONEN: PersoonDef[] = [
  // ── Den Haag: the main demo story ──
  // Aangemeld
  { voornaam: "Yonas", achternaam: "Tesfamariam", gemeente: "Den Haag", leeftijd: 27, land: "Eritrea", talen: ["Tigrinya"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "AANGEMELD", koppelingDagen: 20, regeldagOverDagen: 9 },
  { voornaam: "Nour", achternaam: "Al-Khatib", gemeente: "Den Haag", leeftijd: 34, land: "Syrië", talen: ["Arabisch", "Engels"], tolkNodig: false, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "AANGEMELD", koppelingDagen: 41, regeldagOverDagen: -5, opstart: "dh.regeldag", huishouden: [kind("Lina", 8), kind("Sami", 5)], doelgroepen: ["ALLEENSTAANDE_OUDER"] },
  { voornaam: "Farid", achternaam: "Rahimi", gemeente: "Den Haag", leeftijd: 45, land: "Afghanistan", talen: ["Dari", "Pasjtoe"], tolkNodig: true, vergunning: "ONBEKEND", fase: "AANGEMELD", koppelingDagen: 6 },
  // Opstartfase
  { voornaam: "Amanuel", achternaam: "Haile", gemeente: "Den Haag", leeftijd: 38, land: "Eritrea", talen: ["Tigrinya"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "OPSTARTFASE", brpDagen: 12, opstart: "dh.begeleider", huishouden: [partner("Helen", 33), kind("Ruth", 12, "Nieuwkomersschool Den Haag"), kind("Samuel", 9), kind("Eden", 3)] },
  { voornaam: "Rania", achternaam: "Sabbagh", gemeente: "Den Haag", leeftijd: 31, land: "Syrië", talen: ["Arabisch"], tolkNodig: true, vergunning: "REGULIER_GEZIN_ASIEL_BEPAALDE_TIJD", doelgroepen: ["ALLEENSTAANDE_OUDER"], fase: "OPSTARTFASE", brpDagen: 44, opstart: "dh.begeleider", teLaat: ["INS-HUISARTS", "FIN-DIGID"], huishouden: [kind("Jana", 10, "Basisschool De Regenboog"), kind("Adam", 6, "Basisschool De Regenboog")] },
  { voornaam: "Mohammed", achternaam: "Al-Hassan", gemeente: "Den Haag", leeftijd: 24, land: "Syrië", talen: ["Arabisch", "Engels"], tolkNodig: false, vergunning: "ASIEL_BEPAALDE_TIJD", doelgroepen: ["JONGERE"], fase: "OPSTARTFASE", brpDagen: 75, opstart: "dh.regeldag", teLaat: ["FIN-BUDGETBEHEER"] },
  { voornaam: "Zahra", achternaam: "Ahmadi", gemeente: "Den Haag", leeftijd: 29, land: "Afghanistan", talen: ["Dari"], tolkNodig: true, vergunning: "REGULIER_GEZIN_ASIEL_BEPAALDE_TIJD", doelgroepen: ["NAREIZIGER"], fase: "OPSTARTFASE", brpDagen: 20, opstart: "dh.regeldag", huishouden: [partner("Jawad", 35), kind("Maryam", 7), kind("Ali", 4)] },
  { voornaam: "Hiwet", achternaam: "Kidane", gemeente: "Den Haag", leeftijd: 23, land: "Eritrea", talen: ["Tigrinya", "Engels"], tolkNodig: false, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "OPSTARTFASE", brpDagen: 103, opstart: "dh.regeldag", opstartKlaar: true },
  { voornaam: "Dawit", achternaam: "Mehari", gemeente: "Den Haag", leeftijd: 36, land: "Eritrea", talen: ["Tigrinya"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "OPSTARTFASE", brpDagen: 3, opstart: "dh.regeldag", huishouden: [partner("Selamawit", 32, 60), kind("Yonatan", 6)] },
  // The plan journey (tests/e2e/plan.spec.ts) starts from these two: three months after the BRP date, no plan yet.
  { voornaam: "Nadia", achternaam: "Rahimi", gemeente: "Den Haag", leeftijd: 27, land: "Afghanistan", talen: ["Dari", "Engels"], tolkNodig: false, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "OPSTARTFASE", brpDagen: 97, opstart: "dh.begeleider", maatje: "dh.vrijwilliger", maatjeInOpstart: true, opstartKlaar: true, zonderPlan: true },
  { voornaam: "Tesfay", achternaam: "Berhane", gemeente: "Den Haag", leeftijd: 31, land: "Eritrea", talen: ["Tigrinya", "Arabisch"], tolkNodig: false, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "OPSTARTFASE", brpDagen: 97, opstart: "dh.begeleider", maatje: "dh.vrijwilliger", maatjeInOpstart: true, opstartKlaar: true, zonderPlan: true },
  // Begeleidingsfase
  { voornaam: "Ahmad", achternaam: "Karimi", gemeente: "Den Haag", leeftijd: 41, land: "Afghanistan", talen: ["Dari", "Farsi"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "BEGELEIDINGSFASE", brpDagen: 140, begeleider: "dh.begeleider", huishouden: [partner("Fatemeh", 38), kind("Reza", 15, "Internationale Schakelklas Den Haag"), kind("Sara", 11, "Basisschool Het Kompas")], focus: "FINANCIEN_ADMINISTRATIE" },
  { voornaam: "Layla", achternaam: "Darwish", gemeente: "Den Haag", leeftijd: 33, land: "Syrië", talen: ["Arabisch"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "BEGELEIDINGSFASE", brpDagen: 205, begeleider: "dh.begeleider", maatje: "dh.vrijwilliger", focus: "FINANCIEN_ADMINISTRATIE" },
  { voornaam: "Omar", achternaam: "Al-Amoudi", gemeente: "Den Haag", leeftijd: 52, land: "Jemen", talen: ["Arabisch"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", doelgroepen: ["OUDERE"], fase: "BEGELEIDINGSFASE", brpDagen: 262, begeleider: "dh.begeleider", maatje: "dh.vrijwilliger", nietGezien: true, focus: "ZORG_GEZONDHEID" },
  { voornaam: "Samira", achternaam: "Osman", gemeente: "Den Haag", leeftijd: 37, land: "Soedan", talen: ["Arabisch"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", doelgroepen: ["ALLEENSTAANDE_OUDER"], fase: "BEGELEIDINGSFASE", brpDagen: 172, begeleider: "dh.begeleider", maatje: "dh.vrijwilliger", huishouden: [kind("Yasin", 13, "Internationale Schakelklas Den Haag"), kind("Amal", 8, "Basisschool Het Kompas")], focus: "KINDEREN_SCHOOL" },
  { voornaam: "Tesfaye", achternaam: "Gebru", gemeente: "Den Haag", leeftijd: 29, land: "Ethiopië", talen: ["Amhaars", "Engels"], tolkNodig: false, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "BEGELEIDINGSFASE", brpDagen: 300, begeleider: "dh.begeleider", verlenging: { status: "AANGEVRAAGD", reden: "Opstartfase duurde lang door ziekte; de financiële administratie is nog niet zelfstandig. Graag een half jaar extra om budgetbeheer af te bouwen." }, focus: "PARTICIPATIE" },
  { voornaam: "Abdirahman", achternaam: "Warsame", gemeente: "Den Haag", leeftijd: 26, land: "Somalië", talen: ["Somalisch", "Engels"], tolkNodig: false, vergunning: "ASIEL_BEPAALDE_TIJD", doelgroepen: ["JONGERE"], fase: "BEGELEIDINGSFASE", brpDagen: 195, begeleider: "dh.begeleider", nietGezien: true, focus: "PARTICIPATIE" },
  { voornaam: "Nasrin", achternaam: "Mohammadi", gemeente: "Den Haag", leeftijd: 44, land: "Iran", talen: ["Farsi"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "BEGELEIDINGSFASE", brpDagen: 340, begeleider: "dh.begeleider2", verlenging: { status: "GOEDGEKEURD", reden: "Psychische klachten vertraagden de start; zij heeft meer tijd nodig om zelf de post en toeslagen te regelen.", toelichting: "Akkoord, zes maanden. Graag bij het volgende meetmoment de voortgang op financiën bespreken." }, focus: "ZORG_GEZONDHEID" },
  { voornaam: "Yusuf", achternaam: "Demir", gemeente: "Den Haag", leeftijd: 30, land: "Turkije", talen: ["Turks", "Koerdisch"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "BEGELEIDINGSFASE", brpDagen: 185, begeleider: "dh.begeleider2", maatje: "dh.vrijwilliger.maatje", focus: "SOCIAAL_NETWERK" },
  { voornaam: "Mariam", achternaam: "Yohannes", gemeente: "Den Haag", leeftijd: 35, land: "Eritrea", talen: ["Tigrinya"], tolkNodig: true, vergunning: "REGULIER_GEZIN_ASIEL_BEPAALDE_TIJD", fase: "BEGELEIDINGSFASE", brpDagen: 230, begeleider: "dh.begeleider2", maatje: "dh.vrijwilliger.tigrinya", huishouden: [partner("Filmon", 39), kind("Lidya", 4)], focus: "HUISELIJKE_RELATIES" },
  { voornaam: "Hamid", achternaam: "Noori", gemeente: "Den Haag", leeftijd: 48, land: "Afghanistan", talen: ["Pasjtoe", "Dari"], tolkNodig: true, vergunning: "ASIEL_ONBEPAALDE_TIJD", redenZonderWettelijkRecht: "Verblijfsvergunning asiel onbepaalde tijd na verhuizing uit een andere gemeente; de gemeente Den Haag heeft besloten hem toch een jaar te begeleiden.", fase: "BEGELEIDINGSFASE", brpDagen: 131, begeleider: "dh.begeleider2", focus: "WONEN" },
  // Afronding
  { voornaam: "Khaled", achternaam: "Mansour", gemeente: "Den Haag", leeftijd: 39, land: "Syrië", talen: ["Arabisch", "Engels"], tolkNodig: false, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "AFRONDING", brpDagen: 352, begeleider: "dh.begeleider", huishouden: [partner("Huda", 36), kind("Karam", 10, "Basisschool De Regenboog")] },
  { voornaam: "Aster", achternaam: "Tekle", gemeente: "Den Haag", leeftijd: 42, land: "Eritrea", talen: ["Tigrinya"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "AFRONDING", brpDagen: 358, begeleider: "dh.begeleider", eindgesprekGehouden: true },
  { voornaam: "Bilal", achternaam: "Qasemi", gemeente: "Den Haag", leeftijd: 22, land: "Afghanistan", talen: ["Dari", "Engels"], tolkNodig: false, vergunning: "ASIEL_BEPAALDE_TIJD", doelgroepen: ["ALLEENSTAANDE_MINDERJARIGE_EX", "JONGERE"], fase: "AFRONDING", brpDagen: 362, begeleider: "dh.begeleider2" },
  // Afgesloten
  { voornaam: "Fatima", achternaam: "Nasser", gemeente: "Den Haag", leeftijd: 50, land: "Irak", talen: ["Arabisch", "Koerdisch"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "AFGESLOTEN", brpDagen: 410, begeleider: "dh.begeleider2" },
  { voornaam: "Selam", achternaam: "Berhane", gemeente: "Den Haag", leeftijd: 28, land: "Eritrea", talen: ["Tigrinya", "Engels"], tolkNodig: false, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "AFGESLOTEN", brpDagen: 495, begeleider: "dh.begeleider" },

  // ── Groningen (Humanitas: maatjes, bellijst, starts at koppeling) ──
  { voornaam: "Abdullah", achternaam: "Haidari", gemeente: "Groningen", leeftijd: 33, land: "Afghanistan", talen: ["Dari"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "AANGEMELD", koppelingDagen: 30, opstart: "gr.begeleider" },
  { voornaam: "Rahel", achternaam: "Ghebreyesus", gemeente: "Groningen", leeftijd: 25, land: "Eritrea", talen: ["Tigrinya"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "OPSTARTFASE", brpDagen: 33, opstart: "gr.begeleider" },
  { voornaam: "Mahmoud", achternaam: "Suleiman", gemeente: "Groningen", leeftijd: 46, land: "Syrië", talen: ["Arabisch"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "BEGELEIDINGSFASE", brpDagen: 420, begeleider: "gr.begeleider", maatje: "gr.vrijwilliger", huishouden: [partner("Rasha", 41), kind("Tarek", 16, "Alfa-college"), kind("Dima", 12, "Internationale Schakelklassen Groningen")] },
  { voornaam: "Kidist", achternaam: "Alemu", gemeente: "Groningen", leeftijd: 31, land: "Ethiopië", talen: ["Amhaars"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "BEGELEIDINGSFASE", brpDagen: 560, begeleider: "gr.begeleider", nietGezien: true },

  // ── Heerenveen (gemeente zelf; nareizigerslijst) ──
  { voornaam: "Huda", achternaam: "Khalil", gemeente: "Heerenveen", leeftijd: 30, land: "Syrië", talen: ["Arabisch"], tolkNodig: true, vergunning: "REGULIER_GEZIN_ASIEL_BEPAALDE_TIJD", doelgroepen: ["NAREIZIGER"], fase: "OPSTARTFASE", brpDagen: 26, opstart: "hv.begeleider", huishouden: [partner("Ziad", 34), kind("Joud", 6)] },
  { voornaam: "Yared", achternaam: "Tsegay", gemeente: "Heerenveen", leeftijd: 27, land: "Eritrea", talen: ["Tigrinya"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "BEGELEIDINGSFASE", brpDagen: 250, begeleider: "hv.begeleider", maatje: "hv.vrijwilliger" },
  { voornaam: "Jamal", achternaam: "Hamdan", gemeente: "Heerenveen", leeftijd: 55, land: "Syrië", talen: ["Arabisch"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", doelgroepen: ["OUDERE"], fase: "AFRONDING", brpDagen: 1080, begeleider: "hv.begeleider" },

  // ── Roermond (six months, short and intensive) ──
  { voornaam: "Shirin", achternaam: "Azizi", gemeente: "Roermond", leeftijd: 26, land: "Afghanistan", talen: ["Dari"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "OPSTARTFASE", brpDagen: 30, opstart: "rm.begeleider" },
  { voornaam: "Ibrahim", achternaam: "Jaber", gemeente: "Roermond", leeftijd: 35, land: "Syrië", talen: ["Arabisch"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "BEGELEIDINGSFASE", brpDagen: 110, begeleider: "rm.begeleider", huishouden: [partner("Nisreen", 31), kind("Elias", 2)] },
  { voornaam: "Goitom", achternaam: "Asfaha", gemeente: "Roermond", leeftijd: 24, land: "Eritrea", talen: ["Tigrinya"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "AFGESLOTEN", brpDagen: 250, begeleider: "rm.begeleider" },

  // ── Rotterdam (two years; also guides gezinsmigranten) ──
  { voornaam: "Mustafa", achternaam: "Ibrahim", gemeente: "Rotterdam", leeftijd: 32, land: "Soedan", talen: ["Arabisch"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "OPSTARTFASE", brpDagen: 55, opstart: "rt.begeleider2" },
  { voornaam: "Aylin", achternaam: "Kaya", gemeente: "Rotterdam", leeftijd: 28, land: "Turkije", talen: ["Turks"], tolkNodig: true, vergunning: "REGULIER_GEZIN_NEDERLANDER", doelgroepen: ["GEZINSMIGRANT"], redenZonderWettelijkRecht: "Rotterdam begeleidt ook gezinsmigranten (gemeentelijk beleid).", fase: "BEGELEIDINGSFASE", brpDagen: 200, begeleider: "rt.begeleider", maatje: "rt.vrijwilliger" },
  { voornaam: "Hassan", achternaam: "Abdi", gemeente: "Rotterdam", leeftijd: 40, land: "Somalië", talen: ["Somalisch"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "BEGELEIDINGSFASE", brpDagen: 470, begeleider: "rt.begeleider", huishouden: [partner("Hodan", 36), kind("Ayaan", 14, "Mavo Zuid"), kind("Liban", 11), kind("Hibo", 7)] },
  { voornaam: "Rim", achternaam: "Haddad", gemeente: "Rotterdam", leeftijd: 38, land: "Syrië", talen: ["Arabisch", "Engels"], tolkNodig: false, vergunning: "REGULIER_GEZIN_ASIEL_ONBEPAALDE_TIJD", fase: "AFRONDING", brpDagen: 715, begeleider: "rt.begeleider2", eindgesprekGehouden: true },

  // ── Tholen (gemeente zelf; three years, afbouw) ──
  { voornaam: "Walid", achternaam: "Barakat", gemeente: "Tholen", leeftijd: 36, land: "Syrië", talen: ["Arabisch"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "OPSTARTFASE", brpDagen: 18, opstart: "th.begeleider", huishouden: [partner("Amira", 33), kind("Hadi", 9), kind("Leen", 5)] },
  { voornaam: "Senait", achternaam: "Woldu", gemeente: "Tholen", leeftijd: 33, land: "Eritrea", talen: ["Tigrinya"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "BEGELEIDINGSFASE", brpDagen: 480, begeleider: "th.begeleider", maatje: "th.vrijwilliger", nietGezien: true },

  // ── Woerden (one year; administratief begeleider in de opstartfase) ──
  { voornaam: "Mehdi", achternaam: "Hosseini", gemeente: "Woerden", leeftijd: 29, land: "Iran", talen: ["Farsi", "Engels"], tolkNodig: false, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "AANGEMELD", koppelingDagen: 15, regeldagOverDagen: 12 },
  { voornaam: "Tsega", achternaam: "Habte", gemeente: "Woerden", leeftijd: 34, land: "Eritrea", talen: ["Tigrinya"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "BEGELEIDINGSFASE", brpDagen: 160, begeleider: "wd.begeleider", maatje: "wd.vrijwilliger", huishouden: [kind("Meron", 10, "Basisschool Het Baken")] },
  { voornaam: "Khalid", achternaam: "Mahmoud", gemeente: "Woerden", leeftijd: 43, land: "Irak", talen: ["Arabisch"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "AFRONDING", brpDagen: 360, begeleider: "wd.begeleider", verlenging: { status: "AFGEWEZEN", reden: "Wil graag langer begeleid worden bij het zoeken naar werk.", toelichting: "Werk valt onder de Participatiewet; warme overdracht naar de werkconsulent in plaats van verlenging." } },

  // ── Zaffier (INOVA; six gemeenten) ──
  { voornaam: "Aziz", achternaam: "Popal", gemeente: "Alkmaar", leeftijd: 39, land: "Afghanistan", talen: ["Pasjtoe"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "OPSTARTFASE", brpDagen: 40, opstart: "zf.begeleider", huishouden: [partner("Gulalai", 35), kind("Zarmina", 11), kind("Wais", 8)] },
  { voornaam: "Dina", achternaam: "Saleh", gemeente: "Alkmaar", leeftijd: 27, land: "Jemen", talen: ["Arabisch"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "BEGELEIDINGSFASE", brpDagen: 190, begeleider: "zf.begeleider2" },
  { voornaam: "Filmon", achternaam: "Kahsay", gemeente: "Dijk en Waard", leeftijd: 31, land: "Eritrea", talen: ["Tigrinya", "Engels"], tolkNodig: false, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "BEGELEIDINGSFASE", brpDagen: 280, begeleider: "zf.begeleider" },
  { voornaam: "Leila", achternaam: "Rezaei", gemeente: "Heiloo", leeftijd: 47, land: "Iran", talen: ["Farsi"], tolkNodig: true, vergunning: "ASIEL_BEPAALDE_TIJD", fase: "AFGESLOTEN", brpDagen: 430, begeleider: "zf.begeleider2" },
];

// ───────────────────────────── texts ─────────────────────────────

export const STRATEN = ["Voorbeeldstraat", "Proefweg", "Oefenlaan", "Demohof", "Testkade", "Fictieplein", "Verzinsingel", "Schetsstraat"];

export const PLAN_TEKSTEN: Record<Leefgebied, { kanAl: string[]; hulpNodig: string[] }> = {
  WONEN: {
    kanAl: ["Betaalt de huur via budgetbeheer en weet hoe afval wordt gescheiden.", "Kent de buren en weet waar de meterkast zit."],
    hulpNodig: ["Een reparatie melden bij de woningcorporatie.", "De jaarafrekening van energie begrijpen."],
  },
  KINDEREN_SCHOOL: {
    kanAl: ["De kinderen gaan naar school; kent de leerkracht van de jongste.", "Brengt de kinderen zelf naar school en sport."],
    hulpNodig: ["Berichten in de schoolapp en het oudergesprek begrijpen.", "Zoekt een zwemles die past bij het budget."],
  },
  FINANCIEN_ADMINISTRATIE: {
    kanAl: ["Opent de post en legt belangrijke brieven apart.", "Kan inloggen met DigiD."],
    hulpNodig: ["Brieven van de Belastingdienst begrijpen en toeslagen wijzigen.", "Vaste lasten overzien als het budgetbeheer stopt."],
  },
  SOCIAAL_NETWERK: {
    kanAl: ["Heeft contact met landgenoten in de wijk.", "Gaat naar de moskee of kerk in de buurt."],
    hulpNodig: ["Wil meer Nederlandse contacten opdoen.", "Voelt zich vaak alleen in de avonden."],
  },
  PARTICIPATIE: {
    kanAl: ["Volgt taalles en komt op tijd.", "Heeft een cv gemaakt met hulp van het taalhuis."],
    hulpNodig: ["Zoekt vrijwilligerswerk of een werkervaringsplek.", "Weet nog niet welke opleiding past."],
  },
  HUISELIJKE_RELATIES: {
    kanAl: ["Praat thuis open over de nieuwe situatie.", "Verdeelt de taken in huis samen met de partner."],
    hulpNodig: ["Na de gezinshereniging moeten rollen opnieuw worden gevonden.", "Spanning in huis over geld."],
  },
  ZORG_GEZONDHEID: {
    kanAl: ["Weet wanneer je de huisarts belt en wanneer 112.", "Heeft een tandarts gevonden."],
    hulpNodig: ["Slaapt slecht en piekert over familie in het land van herkomst.", "Het eigen risico en de apotheek begrijpen."],
  },
};

export const DOELEN: Record<Leefgebied, { omschrijving: string; acties: Array<{ omschrijving: string; isHuiswerk: boolean }> }> = {
  WONEN: {
    omschrijving: "Zelf een reparatieverzoek doen bij de woningcorporatie",
    acties: [
      { omschrijving: "Samen het reparatieformulier op de website bekijken", isHuiswerk: false },
      { omschrijving: "Meld de lekkende kraan zelf via de app van de corporatie", isHuiswerk: true },
    ],
  },
  KINDEREN_SCHOOL: {
    omschrijving: "Het contact met school zelf onderhouden",
    acties: [
      { omschrijving: "Samen naar het oudergesprek", isHuiswerk: false },
      { omschrijving: "Installeer de schoolapp en lees elke week de berichten", isHuiswerk: true },
    ],
  },
  FINANCIEN_ADMINISTRATIE: {
    omschrijving: "Zelf de vaste lasten overzien voordat het budgetbeheer stopt",
    acties: [
      { omschrijving: "Samen een maandoverzicht van inkomsten en uitgaven maken", isHuiswerk: false },
      { omschrijving: "Vergelijk drie zorgverzekeringen en kies er een voor volgend jaar", isHuiswerk: true },
      { omschrijving: "Houd een maand lang alle bonnetjes bij", isHuiswerk: true },
    ],
  },
  SOCIAAL_NETWERK: {
    omschrijving: "Een vaste activiteit buiten huis vinden",
    acties: [
      { omschrijving: "Samen naar het taalcafé in de bibliotheek", isHuiswerk: false },
      { omschrijving: "Zoek twee activiteiten in de wijkkrant", isHuiswerk: true },
    ],
  },
  PARTICIPATIE: {
    omschrijving: "Vrijwilligerswerk of een werkervaringsplek vinden",
    acties: [
      { omschrijving: "Kennismaken bij de vrijwilligerscentrale", isHuiswerk: false },
      { omschrijving: "Maak een lijstje van wat je goed kunt en graag doet", isHuiswerk: true },
    ],
  },
  HUISELIJKE_RELATIES: {
    omschrijving: "Samen de taken in het gezin verdelen",
    acties: [
      { omschrijving: "Gesprek met het gezin over de nieuwe situatie", isHuiswerk: false },
      { omschrijving: "Opvoedondersteuning van het CJG bespreken", isHuiswerk: false },
    ],
  },
  ZORG_GEZONDHEID: {
    omschrijving: "Zelf afspraken maken bij huisarts en tandarts",
    acties: [
      { omschrijving: "Oefenen: telefoongesprek met de doktersassistente", isHuiswerk: false },
      { omschrijving: "Zoek een tandarts in de buurt en bel om je in te schrijven", isHuiswerk: true },
    ],
  },
};

export const VERSLAGEN = {
  regeldag:
    "Regeldag: woning bekeken en huurcontract doorgenomen en getekend. Energie, water en zorgtoeslag aangevraagd, BRP-inschrijving en inrichtingskrediet geregeld. Verhuizing over ongeveer twee weken.",
  opstart: [
    "Bankrekening geopend en DigiD aangevraagd. Uitgelegd hoe de activeringsbrief eruitziet.",
    "Zorgverzekering vergeleken en afgesloten. Uitleg over eigen risico.",
    "Post doorgenomen: brief van de Belastingdienst over het voorschot huurtoeslag. Uitgelegd wat een voorschot is.",
    "Samen naar de huisarts om in te schrijven. Uitleg over de huisartsenpost en 112.",
    "Huisbezoek: woning ingericht met spullen van de kringloop. Afvalscheiding uitgelegd.",
    "Sociale kaart van de gemeente besproken: waar ga je heen met vragen over geld, gezondheid en werk.",
    "Uitkering loopt. Budgetbeheer uitgelegd: huur, energie en zorgverzekering worden ingehouden.",
    "Rechten en plichten onder de Wet inburgering en de Participatiewet besproken.",
  ],
  begeleiding: [
    "Brieven doorgenomen; een betalingsherinnering samen opgelost. Gaat steeds beter met de post.",
    "Gesprek over werk en vrijwilligerswerk. Interesse in de zorg; volgende keer de vrijwilligerscentrale.",
    "Begeleidingsplan besproken. Wil de komende periode vooral aan financiën werken.",
    "Samen de toeslagen gecontroleerd in Mijn toeslagen. Wijziging inkomen doorgegeven.",
    "Spreekuur: vraag over een boete van het openbaar vervoer. Bezwaar samen opgesteld.",
    "Telefonisch contact: het gaat goed, taalles loopt. Geen vragen op dit moment.",
    "Huiswerk besproken: drie zorgverzekeringen vergeleken. Kiest zelf voor volgend jaar.",
  ],
  maatje: [
    "Samen koffie gedronken en Nederlands geoefend.",
    "Samen naar de bibliotheek en lid geworden.",
    "Wandeling door de wijk: markt, sporthal en buurthuis laten zien.",
    "Samen boodschappen gedaan en prijzen vergeleken.",
    "Fietsles in het park. Gaat al goed!",
  ],
  /** Only for a household with children (the seed adds these to the lists above). */
  begeleidingMetKinderen: ["Gesprek over de kinderen en school. Oudergesprek staat volgende week gepland."],
  maatjeMetKinderen: ["Geholpen met een formulier van school."],
  bellijst: "Bellijst: telefonisch contact. Alles gaat goed; weet het spreekuur te vinden als er vragen zijn.",
  eindgesprek:
    "Eindgesprek: doelen per leefgebied geëvalueerd. Zelfredzaam op wonen en zorg; financiën nog aandachtspunt. Schriftelijke overdracht naar de consulent besproken.",
};

/** Fictional organisations; issue 11b added languages and opening hours (telefoon: a made-up 0900 number per gemeente). */
export const SOCIALE_KAART: Array<{ naam: (gemeente: string) => string; leefgebieden: Leefgebied[]; omschrijving: string; alleen?: string[]; talen?: string[]; openingstijden?: string }> = [
  { naam: (g) => `Schuldhulpverlening ${g}`, leefgebieden: ["FINANCIEN_ADMINISTRATIE"], omschrijving: "Hulp bij schulden en betalingsachterstanden; ook vroegsignalering.", talen: ["Nederlands", "Engels", "Arabisch"], openingstijden: "ma t/m vr 9.00–17.00; inloop do 13.00–16.00" },
  { naam: (g) => `Sociaal wijkteam ${g}`, leefgebieden: ["WONEN", "HUISELIJKE_RELATIES", "ZORG_GEZONDHEID"], omschrijving: "Eerste aanspreekpunt voor zorg, Wmo en ondersteuning thuis.", talen: ["Nederlands", "Engels", "Turks"], openingstijden: "ma t/m vr 8.30–17.00" },
  { naam: (g) => `Taalhuis bibliotheek ${g}`, leefgebieden: ["PARTICIPATIE", "SOCIAAL_NETWERK"], omschrijving: "Taalcafé, digitale vaardigheden en hulp bij formulieren.", talen: ["Nederlands", "Arabisch", "Tigrinya", "Dari"], openingstijden: "di en do 10.00–12.00 (taalcafé)" },
  { naam: (g) => `Vrijwilligerscentrale ${g}`, leefgebieden: ["PARTICIPATIE", "SOCIAAL_NETWERK"], omschrijving: "Bemiddelt naar vrijwilligerswerk in de buurt." },
  { naam: (g) => `Centrum voor Jeugd en Gezin ${g}`, leefgebieden: ["KINDEREN_SCHOOL", "HUISELIJKE_RELATIES"], omschrijving: "Vragen over opvoeden en opgroeien; consultatiebureau." },
  { naam: (g) => `Sportloket ${g}`, leefgebieden: ["SOCIAAL_NETWERK", "ZORG_GEZONDHEID"], omschrijving: "Sport en bewegen in de wijk; korting via het jeugdfonds." },
  { naam: (g) => `Voedselbank ${g}`, leefgebieden: ["FINANCIEN_ADMINISTRATIE"], omschrijving: "Voedselpakketten na aanmelding door een hulpverlener.", alleen: ["Tholen", "Roermond", "Woerden"] },
  { naam: () => "Veilig Thuis (advies en melding)", leefgebieden: ["HUISELIJKE_RELATIES"], omschrijving: "Advies- en meldpunt huiselijk geweld en kindermishandeling (Meldcode).", alleen: ["Den Haag", "Rotterdam"] },
];
