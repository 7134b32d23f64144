/**
 * Names and texts for the benchmark dataset (lib/bench/genereer.ts). Everything
 * is invented: gemeente names are made of syllables, surnames of people are
 * built from Dutch "test" words ("Proefzadeh", "Oefenian") so nobody can
 * mistake a bench record for a real person. No imports: plain data.
 */

const GEMEENTE_BEGIN = [
  "Beek", "Berg", "Bos", "Brug", "Dijk", "Eik", "Hei", "Holt", "Hoog", "Kerk",
  "Laar", "Linde", "Meer", "Molen", "Oost", "Ree", "Veen", "Vliet", "Wes", "Zand",
];
const GEMEENTE_EIND = ["dam", "dorp", "hoven", "huizen", "wijk", "recht", "mond", "veld", "horst", "broek", "lo", "zijl", "kerke", "stede", "burg"];

/** `aantal` distinct invented gemeente names (at most 300; more get a number). */
export function gemeenteNamen(aantal: number): string[] {
  const namen: string[] = [];
  for (let i = 0; namen.length < aantal; i++) {
    const begin = GEMEENTE_BEGIN[i % GEMEENTE_BEGIN.length]!;
    const eind = GEMEENTE_EIND[Math.floor(i / GEMEENTE_BEGIN.length) % GEMEENTE_EIND.length]!;
    const ronde = Math.floor(i / (GEMEENTE_BEGIN.length * GEMEENTE_EIND.length));
    namen.push(ronde === 0 ? `${begin}${eind}` : `${begin}${eind} ${ronde + 1}`);
  }
  return namen;
}

/** First names as they occur among statushouders (invented combinations with the surnames below). */
export const VOORNAMEN = [
  "Amira", "Yonas", "Hamid", "Samira", "Mohammed", "Fatima", "Ahmad", "Layla", "Omar", "Nour",
  "Tesfay", "Senait", "Abdullah", "Mariam", "Yusuf", "Hiwet", "Khaled", "Rania", "Bilal", "Zahra",
  "Mustafa", "Aisha", "Filmon", "Selam", "Ali", "Huda", "Rahim", "Farida", "Dawit", "Meron",
  "Hassan", "Leila", "Idris", "Salma", "Tariq", "Yasmin", "Habib", "Dina", "Karim", "Rima",
  "Anas", "Noor", "Samuel", "Eden", "Jamal", "Hana", "Walid", "Lina", "Sami", "Ruth",
];

const ACHTERNAAM_BEGIN = ["Proef", "Test", "Demo", "Oefen", "Schets", "Verzin", "Fictie", "Voorbeeld"];
const ACHTERNAAM_EIND = ["zadeh", "ian", "ay", "ow", "i", "abadi", "oglu", "ssa", "ke", "ros", "mani", "wolde"];

/** Invented surnames: a Dutch "test" word with an ending, e.g. "Proefzadeh", "Oefenwolde". */
export const ACHTERNAMEN = ACHTERNAAM_BEGIN.flatMap((b) => ACHTERNAAM_EIND.map((e) => `${b}${e}`));

/** Staff and volunteers: common Dutch first names with an invented surname ("van Proefhoven"). */
export const MEDEWERKER_VOORNAMEN = [
  "Sanne", "Joost", "Marloes", "Priya", "Karim", "Eva", "Thijs", "Lotte", "Bram", "Fleur",
  "Ruben", "Anouk", "Daan", "Iris", "Jeroen", "Mirjam", "Pieter", "Esther", "Sander", "Noor",
];
export const MEDEWERKER_ACHTERNAMEN = [
  "van Proefhoven", "de Testvaart", "Oefenberg", "van Demodijk", "Schetsma", "de Verzinde",
  "Fictiestra", "van Voorbeeldveen", "Proefkamp", "ter Testhorst",
];

/** Country of origin with the first language spoken (the person's `talen`). */
export const HERKOMST: ReadonlyArray<readonly [land: string, taal: string]> = [
  ["Syrië", "Arabisch"],
  ["Syrië", "Arabisch"],
  ["Syrië", "Koerdisch"],
  ["Eritrea", "Tigrinya"],
  ["Eritrea", "Tigrinya"],
  ["Afghanistan", "Dari"],
  ["Afghanistan", "Pasjtoe"],
  ["Turkije", "Turks"],
  ["Jemen", "Arabisch"],
  ["Iran", "Farsi"],
  ["Irak", "Arabisch"],
  ["Somalië", "Somalisch"],
  ["Ethiopië", "Amhaars"],
  ["Soedan", "Arabisch"],
];

export const STRATEN = ["Voorbeeldstraat", "Proefweg", "Oefenlaan", "Demohof", "Testkade", "Fictieplein", "Verzinsingel", "Schetsstraat"];

export const ONDERWERPEN = {
  opstart: ["Opstartfase: post en bank", "Opstartfase: zorgverzekering", "Opstartfase: huisarts", "Opstartfase: toeslagen", "Opstartfase: inrichting woning"],
  begeleiding: ["Post en brieven", "Werk en vrijwilligerswerk", "Begeleidingsplan bespreken", "Toeslagen controleren", "Vragen over school", "Hoe gaat het?"],
  maatje: ["Koffie en Nederlands oefenen", "Samen naar de bibliotheek", "Wandeling door de wijk", "Boodschappen doen", "Fietsles"],
};

export const SIGNAAL_TEKSTEN: Record<string, string> = {
  PSYCHISCH: "Slaapt slecht en piekert veel over familie in het land van herkomst (testgegeven).",
  HUISELIJK_GEWELD: "Zorgen over spanningen thuis; besproken volgens de Meldcode (testgegeven).",
  KINDERMISHANDELING: "School meldt zorgen over een kind; besproken volgens de Meldcode (testgegeven).",
  SCHULDEN: "Betalingsachterstand bij de zorgverzekeraar en de energieleverancier (testgegeven).",
  SCHOOLVERZUIM: "Oudste kind mist vaak lessen (testgegeven).",
  GEZONDHEID: "Langdurige rugklachten; nog niet bij de huisarts geweest (testgegeven).",
  BURENRUZIE: "Klachten van de buren over geluid (testgegeven).",
  WONEN: "Schimmel in de badkamer; verhuurder reageert niet (testgegeven).",
  OVERIG: "Vraag over de verblijfsvergunning van een familielid (testgegeven).",
};

export const SIGNAAL_ACTIES = [
  "Gesprek gevoerd en afspraken gemaakt.",
  "Contact opgenomen met het sociaal wijkteam.",
  "Besproken met de teamleider.",
  "Huisarts gebeld met toestemming van de inburgeraar.",
];

export const TOESLAGEN = ["Zorgtoeslag", "Huurtoeslag", "Kindgebonden budget"];
