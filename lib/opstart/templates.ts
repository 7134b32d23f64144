import type { ChecklistCategorie, Doelgroep } from "@/lib/db/generated/enums";

/**
 * The default opstartfase checklists (DOMAIN.md §4): the four categories of the
 * research report — HV huisvesting, FIN financiën, INS inschrijvingen,
 * VL voorlichting. An item may sit in two categories (huurtoeslag is housing and
 * money). A gemeente starts from these lists and adapts them; the seed uses
 * `checklistTemplatesVoorGemeente` for the variation seen in the report.
 */

export interface TemplateItemDefinitie {
  /** Stable within a template: "HV-HUURCONTRACT". */
  code: string;
  titel: string;
  uitleg?: string;
  categorieen: ChecklistCategorie[];
  verplicht: boolean;
  /** Only for a household with children (school, kinderbijslag). */
  alleenMetKinderen?: boolean;
  /** Deadline in days after the BRP-inschrijving; absent = no deadline. */
  deadlineDagenNaBrp?: number;
}

export interface TemplateDefinitie {
  naam: string;
  /** null = the standard list; a doelgroep list replaces it for people in that doelgroep. */
  doelgroep: Doelgroep | null;
  items: TemplateItemDefinitie[];
}

// ───────────────────────────── standard list ─────────────────────────────

const HUISVESTING: TemplateItemDefinitie[] = [
  {
    code: "HV-BEZICHTIGING",
    titel: "Woning bezichtigd en gecontroleerd",
    uitleg: "Samen de woning bekijken op de regeldag; gebreken melden bij de verhuurder.",
    categorieen: ["HV"],
    verplicht: true,
  },
  {
    code: "HV-HUURCONTRACT",
    titel: "Huurcontract getekend",
    uitleg: "Het contract samen doorlezen: huurprijs, servicekosten, opzegtermijn en regels in het complex.",
    categorieen: ["HV"],
    verplicht: true,
    deadlineDagenNaBrp: 7,
  },
  {
    code: "HV-ENERGIE",
    titel: "Energiecontract (gas en stroom) afgesloten",
    uitleg: "Meterstanden noteren bij de sleuteloverdracht.",
    categorieen: ["HV", "FIN"],
    verplicht: true,
    deadlineDagenNaBrp: 14,
  },
  {
    code: "HV-WATER",
    titel: "Aangemeld bij het waterbedrijf",
    categorieen: ["HV"],
    verplicht: true,
    deadlineDagenNaBrp: 14,
  },
  {
    code: "HV-HUURTOESLAG",
    titel: "Huurtoeslag aangevraagd",
    uitleg: "Aanvragen via de Belastingdienst/Toeslagen; het eerste voorschot komt vaak pas na enkele weken.",
    categorieen: ["HV", "FIN"],
    verplicht: true,
    deadlineDagenNaBrp: 30,
  },
  {
    code: "HV-INRICHTING",
    titel: "Woning ingericht (meubels, witgoed, kringloop)",
    categorieen: ["HV"],
    verplicht: false,
    deadlineDagenNaBrp: 60,
  },
  {
    code: "HV-INTERNET",
    titel: "Internet en telefoon geregeld",
    categorieen: ["HV"],
    verplicht: false,
  },
];

const FINANCIEN: TemplateItemDefinitie[] = [
  {
    code: "FIN-BANKREKENING",
    titel: "Bankrekening geopend",
    uitleg: "Nodig voor uitkering, toeslagen en huur. Neem het verblijfsdocument en het BSN mee.",
    categorieen: ["FIN"],
    verplicht: true,
    deadlineDagenNaBrp: 14,
  },
  {
    code: "FIN-UITKERING",
    titel: "Uitkering Participatiewet aangevraagd",
    categorieen: ["FIN"],
    verplicht: true,
    deadlineDagenNaBrp: 7,
  },
  {
    code: "FIN-INRICHTINGSKREDIET",
    titel: "Inrichtingskrediet / bijzondere bijstand aangevraagd",
    uitleg: "Ook voor de eerste huur en de borg, als dat nodig is.",
    categorieen: ["FIN", "HV"],
    verplicht: true,
    deadlineDagenNaBrp: 14,
  },
  {
    code: "FIN-BUDGETBEHEER",
    titel: "Basis Budgetbeheer / financieel ontzorgen afgesproken",
    uitleg: "De vaste lasten (huur, energie, water, zorgverzekering) worden het eerste halfjaar van de uitkering ingehouden.",
    categorieen: ["FIN"],
    verplicht: true,
    deadlineDagenNaBrp: 30,
  },
  {
    code: "FIN-ZORGVERZEKERING",
    titel: "Zorgverzekering afgesloten",
    uitleg: "Wettelijk verplicht binnen vier maanden na inschrijving; de verzekering gaat met terugwerkende kracht in.",
    categorieen: ["FIN"],
    verplicht: true,
    deadlineDagenNaBrp: 120,
  },
  {
    code: "FIN-ZORGTOESLAG",
    titel: "Zorgtoeslag aangevraagd",
    categorieen: ["FIN"],
    verplicht: true,
    deadlineDagenNaBrp: 30,
  },
  {
    code: "FIN-KINDERBIJSLAG",
    titel: "Kinderbijslag en kindgebonden budget aangevraagd",
    uitleg: "Kinderbijslag bij de SVB; het kindgebonden budget via de Belastingdienst/Toeslagen.",
    categorieen: ["FIN"],
    verplicht: true,
    alleenMetKinderen: true,
    deadlineDagenNaBrp: 60,
  },
  {
    code: "FIN-KINDEROPVANGTOESLAG",
    titel: "Kinderopvangtoeslag aangevraagd (als er kinderopvang is)",
    categorieen: ["FIN"],
    verplicht: false,
    alleenMetKinderen: true,
  },
  {
    code: "FIN-AANSPRAKELIJKHEID",
    titel: "Aansprakelijkheidsverzekering afgesloten",
    categorieen: ["FIN"],
    verplicht: false,
    deadlineDagenNaBrp: 60,
  },
  {
    code: "FIN-INBOEDEL",
    titel: "Inboedelverzekering afgesloten",
    categorieen: ["FIN", "HV"],
    verplicht: false,
    deadlineDagenNaBrp: 60,
  },
  {
    code: "FIN-DIGID",
    titel: "DigiD aangevraagd en geactiveerd",
    uitleg: "De activeringsbrief komt per post; samen de eerste keer inloggen.",
    categorieen: ["FIN", "INS"],
    verplicht: true,
    deadlineDagenNaBrp: 30,
  },
  {
    code: "FIN-KWIJTSCHELDING",
    titel: "Kwijtschelding gemeentelijke belastingen aangevraagd",
    categorieen: ["FIN"],
    verplicht: false,
    deadlineDagenNaBrp: 90,
  },
];

const INSCHRIJVINGEN: TemplateItemDefinitie[] = [
  {
    code: "INS-BRP",
    titel: "Ingeschreven in de BRP op het nieuwe adres",
    uitleg: "De inschrijvingsdatum is de wettelijke start van de maatschappelijke begeleiding.",
    categorieen: ["INS"],
    verplicht: true,
    deadlineDagenNaBrp: 5,
  },
  {
    code: "INS-HUISARTS",
    titel: "Ingeschreven bij een huisarts",
    categorieen: ["INS"],
    verplicht: true,
    deadlineDagenNaBrp: 30,
  },
  {
    code: "INS-TANDARTS",
    titel: "Ingeschreven bij een tandarts",
    categorieen: ["INS"],
    verplicht: false,
    deadlineDagenNaBrp: 90,
  },
  {
    code: "INS-SCHOOL",
    titel: "Kinderen ingeschreven op school (of in de nieuwkomersklas)",
    uitleg: "Leerplichtige kinderen moeten zo snel mogelijk naar school.",
    categorieen: ["INS"],
    verplicht: true,
    alleenMetKinderen: true,
    deadlineDagenNaBrp: 30,
  },
  {
    code: "INS-CONSULTATIEBUREAU",
    titel: "Aangemeld bij het consultatiebureau / JGZ",
    categorieen: ["INS"],
    verplicht: false,
    alleenMetKinderen: true,
    deadlineDagenNaBrp: 60,
  },
  {
    code: "INS-BIBLIOTHEEK",
    titel: "Lid van de bibliotheek",
    categorieen: ["INS"],
    verplicht: false,
  },
  {
    code: "INS-SPORT",
    titel: "Kennisgemaakt met sport of vereniging in de buurt",
    categorieen: ["INS"],
    verplicht: false,
  },
];

const VOORLICHTING: TemplateItemDefinitie[] = [
  {
    code: "VL-POST",
    titel: "Uitleg: post en brieven (wat is belangrijk, wat moet je bewaren)",
    categorieen: ["VL"],
    verplicht: true,
  },
  {
    code: "VL-TOESLAGEN",
    titel: "Uitleg: toeslagen (voorschot, terugbetalen, wijzigingen doorgeven)",
    categorieen: ["VL", "FIN"],
    verplicht: true,
  },
  {
    code: "VL-ZORG",
    titel: "Uitleg: de zorg in Nederland (huisarts, eigen risico, 112 en huisartsenpost)",
    categorieen: ["VL"],
    verplicht: true,
  },
  {
    code: "VL-VERZEKERINGEN",
    titel: "Uitleg: verzekeringen (zorg, aansprakelijkheid, inboedel)",
    categorieen: ["VL", "FIN"],
    verplicht: true,
  },
  {
    code: "VL-SOCIALE-KAART",
    titel: "Sociale kaart van de gemeente besproken (waar ga je heen voor hulp)",
    categorieen: ["VL"],
    verplicht: true,
  },
  {
    code: "VL-RECHTEN-PLICHTEN",
    titel: "Rechten en plichten: Wet inburgering en Participatiewet",
    categorieen: ["VL"],
    verplicht: true,
  },
  {
    code: "VL-WONEN",
    titel: "Uitleg: wonen (afval scheiden, buren, onderhoud, huur betalen)",
    categorieen: ["VL", "HV"],
    verplicht: false,
  },
  {
    code: "VL-ONDERWIJS",
    titel: "Uitleg: onderwijs en opvoeden in Nederland",
    categorieen: ["VL"],
    verplicht: false,
    alleenMetKinderen: true,
  },
];

/** The standard opstartfase checklist, before local variation. */
export const STANDAARD_CHECKLIST: readonly TemplateItemDefinitie[] = [
  ...HUISVESTING,
  ...FINANCIEN,
  ...INSCHRIJVINGEN,
  ...VOORLICHTING,
];

// ───────────────────────────── nareizigers ─────────────────────────────

/**
 * For family members who join someone already housed here: the house, bank
 * account and energy contract exist, so the list is about adding people to
 * what is already arranged.
 */
export const NAREIZIGERS_CHECKLIST: readonly TemplateItemDefinitie[] = [
  {
    code: "INS-BRP",
    titel: "Ingeschreven in de BRP op het adres van het gezin",
    categorieen: ["INS"],
    verplicht: true,
    deadlineDagenNaBrp: 5,
  },
  {
    code: "HV-WONING-PAST",
    titel: "Woning past bij de gezinsgrootte (anders: aanvraag andere woning)",
    categorieen: ["HV"],
    verplicht: true,
    deadlineDagenNaBrp: 30,
  },
  {
    code: "FIN-UITKERING-GEZIN",
    titel: "Uitkering omgezet naar gezinsnorm",
    categorieen: ["FIN"],
    verplicht: true,
    deadlineDagenNaBrp: 14,
  },
  {
    code: "FIN-TOESLAGEN-WIJZIGEN",
    titel: "Toeslagen gewijzigd (toeslagpartner, huurtoeslag, zorgtoeslag)",
    uitleg: "Een nieuwe toeslagpartner meteen doorgeven voorkomt terugbetalen.",
    categorieen: ["FIN", "HV"],
    verplicht: true,
    deadlineDagenNaBrp: 30,
  },
  {
    code: "FIN-ZORGVERZEKERING",
    titel: "Zorgverzekering afgesloten voor de nieuwe gezinsleden",
    uitleg: "Wettelijk verplicht binnen vier maanden na inschrijving.",
    categorieen: ["FIN"],
    verplicht: true,
    deadlineDagenNaBrp: 120,
  },
  {
    code: "FIN-KINDERBIJSLAG",
    titel: "Kinderbijslag en kindgebonden budget aangevraagd of gewijzigd",
    categorieen: ["FIN"],
    verplicht: true,
    alleenMetKinderen: true,
    deadlineDagenNaBrp: 60,
  },
  {
    code: "FIN-BIJZONDERE-BIJSTAND",
    titel: "Bijzondere bijstand voor aanvullende inrichting (bedden, kleding)",
    categorieen: ["FIN", "HV"],
    verplicht: false,
    deadlineDagenNaBrp: 30,
  },
  {
    code: "FIN-DIGID",
    titel: "DigiD aangevraagd en geactiveerd",
    categorieen: ["FIN", "INS"],
    verplicht: true,
    deadlineDagenNaBrp: 30,
  },
  {
    code: "FIN-BANKREKENING",
    titel: "Eigen bankrekening geopend",
    categorieen: ["FIN"],
    verplicht: false,
    deadlineDagenNaBrp: 30,
  },
  {
    code: "INS-HUISARTS",
    titel: "Nieuwe gezinsleden ingeschreven bij de huisarts",
    categorieen: ["INS"],
    verplicht: true,
    deadlineDagenNaBrp: 30,
  },
  {
    code: "INS-TANDARTS",
    titel: "Ingeschreven bij een tandarts",
    categorieen: ["INS"],
    verplicht: false,
    deadlineDagenNaBrp: 90,
  },
  {
    code: "INS-SCHOOL",
    titel: "Kinderen ingeschreven op school (of in de nieuwkomersklas)",
    categorieen: ["INS"],
    verplicht: true,
    alleenMetKinderen: true,
    deadlineDagenNaBrp: 30,
  },
  {
    code: "VL-GEZINSHERENIGING",
    titel: "Gesprek over de gezinshereniging: verwachtingen, rollen in het gezin",
    uitleg: "Na lange scheiding verandert er veel; bespreek waar het gezin hulp kan vinden.",
    categorieen: ["VL"],
    verplicht: true,
  },
  {
    code: "VL-ZORG",
    titel: "Uitleg: de zorg in Nederland (huisarts, eigen risico, 112 en huisartsenpost)",
    categorieen: ["VL"],
    verplicht: true,
  },
  {
    code: "VL-SOCIALE-KAART",
    titel: "Sociale kaart van de gemeente besproken",
    categorieen: ["VL"],
    verplicht: true,
  },
  {
    code: "VL-RECHTEN-PLICHTEN",
    titel: "Rechten en plichten: Wet inburgering en Participatiewet",
    categorieen: ["VL"],
    verplicht: true,
  },
];

// ─────────────────────────── local variation ───────────────────────────

const VOEDSELBANK: TemplateItemDefinitie = {
  code: "INS-VOEDSELBANK",
  titel: "Aangemeld bij de voedselbank (als dat nodig is)",
  uitleg: "Vooral in de eerste weken, tot de uitkering loopt.",
  categorieen: ["INS", "FIN"],
  verplicht: false,
  deadlineDagenNaBrp: 14,
};

/** Extra items per gemeente, as described in the research report. */
const LOKALE_EXTRA: Record<string, TemplateItemDefinitie[]> = {
  "Den Haag": [
    {
      code: "VL-FINANCIEEL-SPREEKUUR",
      titel: "Financieel spreekuur van VluchtelingenWerk toegelicht",
      categorieen: ["VL", "FIN"],
      verplicht: false,
    },
  ],
  Groningen: [
    {
      code: "HV-WONING-ZOEKEN",
      titel: "Ingeschreven bij WoningNet en urgentie aangevraagd",
      uitleg: "In Groningen zoekt een vrijwilliger al vanaf de koppeling naar een woning.",
      categorieen: ["HV"],
      verplicht: true,
    },
    {
      code: "HV-SLEUTELOVERDRACHT",
      titel: "Sleuteloverdracht en verhuizing geregeld",
      categorieen: ["HV"],
      verplicht: true,
    },
    {
      code: "FIN-EUROCOACH",
      titel: "Aangemeld bij de eurocoach van de Groningse Kredietbank",
      uitleg: "Vier individuele trainingen in een half jaar, vanaf het moment dat de uitkering loopt.",
      categorieen: ["FIN", "VL"],
      verplicht: true,
      deadlineDagenNaBrp: 60,
    },
  ],
  Roermond: [VOEDSELBANK],
  Tholen: [
    VOEDSELBANK,
    {
      code: "FIN-INKOMENSCONSULENT",
      titel: "Kennisgemaakt met de inkomensconsulent van de gemeente",
      categorieen: ["FIN"],
      verplicht: true,
      deadlineDagenNaBrp: 30,
    },
  ],
  Woerden: [
    VOEDSELBANK,
    {
      code: "FIN-BUDGETCOACH",
      titel: "Afspraak met de budgetcoach van VluchtelingenWerk",
      categorieen: ["FIN"],
      verplicht: false,
      deadlineDagenNaBrp: 60,
    },
  ],
  Rotterdam: [
    {
      code: "HV-HUISVESTINGSMEDEWERKER",
      titel: "Woonzaken afgestemd met de huisvestingsmedewerker van de gemeente",
      categorieen: ["HV"],
      verplicht: true,
      deadlineDagenNaBrp: 14,
    },
  ],
};

/** The six municipalities of Zaffier share INOVA's list, with the Nibud budget course. */
const ZAFFIER_GEMEENTEN = ["Alkmaar", "Bergen", "Castricum", "Dijk en Waard", "Heiloo", "Uitgeest"];
const ZAFFIER_EXTRA: TemplateItemDefinitie[] = [
  {
    code: "VL-BUDGETCURSUS",
    titel: "Aangemeld voor de groepscursus omgaan met geld (met Nibud)",
    categorieen: ["VL", "FIN"],
    verplicht: false,
  },
];

/** Gemeenten in the demo with a separate nareizigers list (Heerenveen per the report). */
const MET_NAREIZIGERSLIJST = new Set(["Heerenveen", "Den Haag", "Rotterdam"]);

/**
 * The checklist templates a gemeente starts with: the standard list with its
 * local extra items, plus a nareizigers list where the gemeente keeps one.
 */
export function checklistTemplatesVoorGemeente(gemeenteNaam: string): TemplateDefinitie[] {
  const extra = ZAFFIER_GEMEENTEN.includes(gemeenteNaam) ? ZAFFIER_EXTRA : (LOKALE_EXTRA[gemeenteNaam] ?? []);
  const templates: TemplateDefinitie[] = [
    { naam: "Opstartfase standaard", doelgroep: null, items: voegToe(STANDAARD_CHECKLIST, extra) },
  ];
  if (MET_NAREIZIGERSLIJST.has(gemeenteNaam)) {
    templates.push({ naam: "Opstartfase nareizigers", doelgroep: "NAREIZIGER", items: [...NAREIZIGERS_CHECKLIST] });
  }
  return templates;
}

/** Extra items go at the end of their own category so the list stays grouped. */
function voegToe(basis: readonly TemplateItemDefinitie[], extra: readonly TemplateItemDefinitie[]): TemplateItemDefinitie[] {
  const lijst = [...basis];
  for (const item of extra) {
    const hoofd = item.categorieen[0];
    let positie = -1;
    lijst.forEach((b, i) => {
      if (b.categorieen[0] === hoofd) positie = i;
    });
    lijst.splice(positie === -1 ? lijst.length : positie + 1, 0, item);
  }
  return lijst;
}
