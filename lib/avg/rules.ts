import type { PdfInhoud, PdfSectie } from "@/lib/pdf/document";
import { formatDatumTijd, formatKalenderdatum, plusMaanden, type Kalenderdatum } from "@/lib/tijd";

/**
 * AVG rules, pure: what an inzage leaves out and how it reads, and when a
 * closed dossier is due to be anonymised. See docs/avg.md for the legal
 * assumptions (bewaartermijn, grondslag).
 */

/** Columns that are bookkeeping, not personal data: never in an inzage. */
export const VERBORGEN_KOLOMMEN = new Set(["bsnHash", "version", "inhoudSleutel", "aanvraagSleutel", "agendaTokenHash", "wachtwoordHash", "totpGeheim", "totpGeheimVersleuteld"]);

/** Dutch section titles for the tables of a dossier; a table not listed reads by its own name. */
export const TABEL_NAMEN: Record<string, string> = {
  Inburgeraar: "Persoonsgegevens en traject",
  Huishoudlid: "Huishouden",
  Toewijzing: "Begeleiders en maatjes",
  Belpoging: "Belpogingen",
  ToeslagAanvraag: "Toeslagen",
  ChecklistItem: "Checklist opstartfase",
  Begeleidingsplan: "Begeleidingsplan",
  LeefgebiedBeeld: "Leefgebieden in het plan",
  Doel: "Doelen",
  Actie: "Acties",
  Meetmoment: "Meetmomenten zelfredzaamheid",
  MeetmomentScore: "Scores zelfredzaamheid",
  PlanAkkoord: "Akkoord op het plan",
  Afspraak: "Afspraken en contacten",
  Signaal: "Signalen",
  Overdracht: "Overdrachten",
  Toestemming: "Toestemmingen",
  ToestemmingScan: "Scans van toestemmingsformulieren",
  Voortgangsrapportage: "Voortgangsrapportages",
  Verlenging: "Verlengingen",
  Doorverwijzing: "Doorverwijzingen",
};

export function tabelNaam(tabel: string): string {
  return TABEL_NAMEN[tabel] ?? tabel.replace(/([a-z])([A-Z])/g, "$1 $2");
}

/** "brpInschrijvingDatum" → "Brp inschrijving datum". */
export function kolomNaam(kolom: string): string {
  const woorden = kolom.replace(/Id$/, "").replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return woorden.charAt(0).toUpperCase() + woorden.slice(1);
}

const ISO_DATUM = /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/;
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** One value as a reader wants it: dates in Dutch, yes/no, names instead of ids. */
export function leesbaar(kolom: string, waarde: unknown, personen: Record<string, { naam: string; rol: string }>): string {
  if (waarde === null || waarde === undefined || waarde === "") return "—";
  if (typeof waarde === "boolean") return waarde ? "ja" : "nee";
  if (Array.isArray(waarde)) return waarde.length ? waarde.map((w) => leesbaar(kolom, w, personen)).join(", ") : "—";
  if (typeof waarde === "string") {
    if (kolom.endsWith("Id") && personen[waarde]) return `${personen[waarde].naam} (${personen[waarde].rol})`;
    if (ISO_DATUM.test(waarde)) return formatKalenderdatum(waarde.slice(0, 10));
    if (ISO_MOMENT.test(waarde)) return formatDatumTijd(new Date(waarde));
    if (kolom === "inhoud" || kolom === "bestand") return `bestand (${Math.round((waarde.length * 3) / 4 / 1024)} kB, in de JSON-export)`;
    return waarde;
  }
  if (typeof waarde === "object") return "samengestelde gegevens (zie de JSON-export)";
  return String(waarde);
}

/** Ids that only link rows together; the reader of the PDF has no use for them. */
const KOPPEL_KOLOMMEN = new Set(["id", "inburgeraarId", "organisatieId", "gemeenteId", "planId", "doelId", "createdAt", "updatedAt"]);

export interface InzageVoorPdf {
  gemaaktOp: string;
  gemaaktDoor: { naam: string; rol: string };
  gegevens: Record<string, Record<string, unknown>[]>;
  personen: Record<string, { naam: string; rol: string }>;
  inzagen: { op: string; wie: string | null; rol: string | null; wat: string }[];
}

/** The inzage as the one PDF layout's content: a section per table, every row a block of "veld: waarde". */
export function inzagePdfInhoud(inzage: InzageVoorPdf, organisatieNaam: string): PdfInhoud {
  const persoon = inzage.gegevens.Inburgeraar?.[0] ?? {};
  const naam = `${String(persoon.voornaam ?? "")} ${String(persoon.achternaam ?? "")}`.trim();
  const secties: PdfSectie[] = [];
  for (const [tabel, rijen] of Object.entries(inzage.gegevens)) {
    if (rijen.length === 0) continue;
    const velden = (r: Record<string, unknown>) =>
      Object.entries(r)
        .filter(([k, v]) => !KOPPEL_KOLOMMEN.has(k) && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => `${kolomNaam(k)}: ${leesbaar(k, v, inzage.personen)}`);
    if (tabel === "Inburgeraar") {
      secties.push({ kop: tabelNaam(tabel), regels: velden(rijen[0] ?? {}) });
      continue;
    }
    secties.push({
      kop: tabelNaam(tabel),
      toelichting: `${rijen.length} ${rijen.length === 1 ? "regel" : "regels"}`,
      regels: [],
      blokken: rijen.map((r, i) => ({ kop: `Nr. ${i + 1}`, lijsten: [{ kop: "", punten: velden(r) }] })),
    });
  }
  secties.push({
    kop: "Wie heeft het dossier bekeken of gewijzigd",
    toelichting: `${inzage.inzagen.length} ${inzage.inzagen.length === 1 ? "keer" : "keer"}`,
    regels: inzage.inzagen.map((i) => `${formatDatumTijd(new Date(i.op))} — ${i.wie ? `${i.wie} (${i.rol})` : "het systeem"}: ${i.wat}`),
  });
  return {
    titel: `Inzage in het dossier van ${naam || "de inburgeraar"}`,
    ondertitel: [`${organisatieNaam}`, `Gemaakt op ${formatDatumTijd(new Date(inzage.gemaaktOp))} door ${inzage.gemaaktDoor.naam} (${inzage.gemaaktDoor.rol})`],
    secties,
    voet: "Inzage op grond van artikel 15 AVG. Alle gegevens die over deze persoon in Wegwijs staan, en wie ze heeft bekeken.",
  };
}

// ─────────────────────────── bewaartermijn ───────────────────────────

/** Default bewaartermijn after a dossier is closed (docs/avg.md). */
export const STANDAARD_BEWAARTERMIJN_MAANDEN = 24;
export const MIN_BEWAARTERMIJN_MAANDEN = 6;
export const MAX_BEWAARTERMIJN_MAANDEN = 120;

/** The first day a closed dossier may be anonymised. */
export function anonimiserenVanaf(afgeslotenOp: Kalenderdatum, bewaartermijnMaanden: number): Kalenderdatum {
  return plusMaanden(afgeslotenOp, bewaartermijnMaanden);
}

/** Due when closed, not yet anonymised, and the bewaartermijn has passed. */
export function moetGeanonimiseerd(d: { afgeslotenOp: Kalenderdatum | null; geanonimiseerdOp: unknown }, bewaartermijnMaanden: number, vandaag: Kalenderdatum): boolean {
  if (!d.afgeslotenOp || d.geanonimiseerdOp) return false;
  return anonimiserenVanaf(d.afgeslotenOp, bewaartermijnMaanden) <= vandaag;
}
