import type { Leefgebied } from "@/lib/db/generated/enums";

/**
 * The five-step zelfredzaamheid scale, in our own plain Dutch (B1). Written for
 * Wegwijs in the spirit of a self-reliance matrix (1 = grote zorgen, 5 = redt
 * zich zelf); deliberately NOT the Zelfredzaamheid-Matrix's licensed texts.
 * Each step is concrete per leefgebied so two begeleiders score alike.
 * A score describes the situation now, not what the person could do.
 */
export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];

/** The name of each step, the same for every leefgebied. */
export const STAP_NAMEN: Record<Score, string> = {
  1: "Grote zorgen",
  2: "Veel hulp nodig",
  3: "Soms hulp nodig",
  4: "Redt zich meestal",
  5: "Redt zich zelf",
};

/** The inburgeraar's own answer to "Hoe gaat het volgens jou?", in simple words. */
export const EIGEN_SCORE_WOORDEN: Record<Score, string> = {
  1: "Het lukt niet",
  2: "Het is moeilijk",
  3: "Het gaat een beetje",
  4: "Het gaat goed",
  5: "Het gaat heel goed",
};

export const EIGEN_SCORE_VRAAG = "Hoe gaat het volgens jou?";

/** What each step looks like per leefgebied. */
export const SCHAAL: Record<Leefgebied, Record<Score, string>> = {
  WONEN: {
    1: "Geen vaste woonplek, of de woning is onveilig of dreigt verloren te gaan.",
    2: "Heeft een woning, maar huur, energie of onderhoud lopen vast zonder hulp. Weet niet waar je een probleem meldt.",
    3: "De huur wordt betaald en de woning is in orde. Bij reparaties, brieven van de verhuurder of de buren is nog hulp nodig.",
    4: "Regelt de meeste zaken rond het huis zelf. Vraagt soms hulp bij iets nieuws, zoals de jaarafrekening.",
    5: "Regelt alles rond het huis zelf en weet bij wie je aanklopt als er iets misgaat.",
  },
  KINDEREN_SCHOOL: {
    1: "Een kind gaat niet naar school of opvang, of er zijn ernstige zorgen om een kind.",
    2: "De kinderen staan ingeschreven, maar missen veel lessen of de ouder heeft geen contact met school.",
    3: "De kinderen gaan naar school. Berichten van school en oudergesprekken lukken nog niet zonder hulp.",
    4: "Houdt zelf contact met school en leest de berichten. Vraagt hulp bij grote keuzes, zoals het schooladvies.",
    5: "Volgt zelf hoe het op school gaat en weet waar je terechtkunt met vragen over school of opvoeden.",
  },
  FINANCIEN_ADMINISTRATIE: {
    1: "Geen inkomen, of schulden die nu problemen geven: deurwaarder, afsluiting van energie of water.",
    2: "Heeft inkomen, maar overziet de uitgaven niet. Post blijft liggen en er ontstaan achterstanden.",
    3: "De vaste lasten worden betaald, vaak via budgetbeheer. Toeslagen, belastingbrieven en DigiD lukken nog niet alleen.",
    4: "Betaalt zelf op tijd en leest de post. Vraagt hulp bij een moeilijke brief of een wijziging.",
    5: "Betaalt alles op tijd, houdt de papieren bij en weet waar je hulp krijgt als geld een probleem wordt.",
  },
  SOCIAAL_NETWERK: {
    1: "Heeft niemand om op terug te vallen en is erg eenzaam.",
    2: "Heeft weinig contact met anderen, vooral via de telefoon met familie ver weg.",
    3: "Heeft contact met een paar mensen, zoals landgenoten. Kent nog weinig mensen in de buurt.",
    4: "Heeft mensen in de buurt om mee te praten of hulp aan te vragen. Doet mee aan een activiteit.",
    5: "Heeft een eigen kring van mensen in Nederland en maakt zelf nieuwe contacten.",
  },
  PARTICIPATIE: {
    1: "Doet niets buiten huis en heeft geen zicht op taal, werk of opleiding.",
    2: "Wil meedoen, maar weet niet hoe. Gaat nog niet of weinig naar taalles.",
    3: "Volgt taalles of een traject. Vrijwilligerswerk, werk of een opleiding is nog een plan.",
    4: "Doet mee met vrijwilligerswerk, een opleiding of werk, met af en toe steun.",
    5: "Heeft werk, een opleiding of vrijwilligerswerk dat past en zoekt zelf de volgende stap.",
  },
  HUISELIJKE_RELATIES: {
    1: "Er is geweld of onveiligheid in huis, of ruzie die niet stopt.",
    2: "Er is veel spanning in huis en het gezin komt er samen niet uit.",
    3: "Er zijn zorgen of spanningen, maar het gezin praat erover en zoekt oplossingen.",
    4: "Het gaat goed in huis. Bij een grote verandering, zoals gezinshereniging, is soms steun nodig.",
    5: "Het gaat goed in huis en het gezin weet waar je hulp vraagt als het nodig is.",
  },
  ZORG_GEZONDHEID: {
    1: "Ernstige klachten aan lichaam of geest zonder passende zorg, of geen zorgverzekering.",
    2: "Heeft klachten en een zorgverzekering, maar weet niet hoe je de huisarts of andere zorg bereikt.",
    3: "Staat ingeschreven bij een huisarts en gaat erheen met hulp. Apotheek, eigen risico of verwijzingen zijn nog lastig.",
    4: "Maakt zelf afspraken bij huisarts en tandarts. Vraagt hulp bij een verwijzing of moeilijke zorg.",
    5: "Regelt de eigen zorg zelf en weet wanneer je de huisarts, de huisartsenpost of 112 belt.",
  },
};
