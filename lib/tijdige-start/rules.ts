import { dagenTussen, type Kalenderdatum } from "@/lib/tijd";

/**
 * Tijdige start (DOMAIN §6): did the inburgering (leerroute or first lesson)
 * begin before the opstartfase of the begeleiding ended? Overlap is what the
 * law aims at; a gap means the begeleider's start work was done before the
 * person was in class. Also: the brede intake that waits too long after the
 * BRP registration. Pure; dates "YYYY-MM-DD" in Amsterdam.
 */

/** Days after the BRP registration by which the brede intake should have taken place. */
export const BREDE_INTAKE_NORM_DAGEN = 42;

export type TijdigeStartStatus =
  /** The inburgering began while the opstartfase was still running (or on its last day). */
  | "op-tijd"
  /** The opstartfase ended before the inburgering began. */
  | "gat"
  /** The opstartfase ended and the inburgering has not begun: the gap is growing. */
  | "gat-lopend"
  /** The opstartfase runs and the inburgering has not begun yet: nothing to say. */
  | "nog-open"
  /** Not enough dates to say anything. */
  | "onbekend";

export interface TijdigeStartInvoer {
  brpInschrijvingDatum: Kalenderdatum | null;
  bredeIntakeDatum: Kalenderdatum | null;
  startLeerrouteDatum: Kalenderdatum | null;
  eersteLesDatum: Kalenderdatum | null;
  /** The day the opstartfase closed; null = still running (or not started). */
  opstartEinde: Kalenderdatum | null;
  /** Whether the opstartfase has started at all. */
  opstartBegonnen: boolean;
}

export interface TijdigeStart {
  status: TijdigeStartStatus;
  /** Overlap: days the inburgering ran alongside the opstartfase (op-tijd). */
  overlapDagen: number | null;
  /** Gap: days between the end of the opstartfase and the start of the inburgering (so far). */
  gatDagen: number | null;
  /** The brede intake is later than the norm after the BRP date (still waiting, or was late). */
  bredeIntakeTeLaat: boolean;
  /** Days the brede intake has been waiting since the BRP date (only while it has no date). */
  bredeIntakeWachtDagen: number | null;
}

/** When the inburgering began: the start of the leerroute, or else the first lesson — the earlier one. */
export function inburgeringStart(i: Pick<TijdigeStartInvoer, "startLeerrouteDatum" | "eersteLesDatum">): Kalenderdatum | null {
  const datums = [i.startLeerrouteDatum, i.eersteLesDatum].filter((d): d is Kalenderdatum => Boolean(d));
  return datums.length ? datums.sort()[0]! : null;
}

export function beoordeelTijdigeStart(i: TijdigeStartInvoer, vandaag: Kalenderdatum): TijdigeStart {
  const start = inburgeringStart(i);
  let status: TijdigeStartStatus = "onbekend";
  let overlapDagen: number | null = null;
  let gatDagen: number | null = null;
  if (start && start <= vandaag) {
    if (i.opstartEinde && i.opstartEinde < start) {
      status = "gat";
      gatDagen = dagenTussen(i.opstartEinde, start);
    } else if (i.opstartBegonnen || i.opstartEinde) {
      status = "op-tijd";
      overlapDagen = dagenTussen(start, i.opstartEinde ?? vandaag);
    }
  } else if (i.opstartEinde) {
    status = "gat-lopend";
    gatDagen = dagenTussen(i.opstartEinde, vandaag);
  } else if (i.opstartBegonnen) {
    status = "nog-open";
  }
  let bredeIntakeTeLaat = false;
  let bredeIntakeWachtDagen: number | null = null;
  if (i.brpInschrijvingDatum) {
    if (i.bredeIntakeDatum) {
      bredeIntakeTeLaat = dagenTussen(i.brpInschrijvingDatum, i.bredeIntakeDatum) > BREDE_INTAKE_NORM_DAGEN;
    } else if (i.brpInschrijvingDatum <= vandaag) {
      bredeIntakeWachtDagen = dagenTussen(i.brpInschrijvingDatum, vandaag);
      bredeIntakeTeLaat = bredeIntakeWachtDagen > BREDE_INTAKE_NORM_DAGEN;
    }
  }
  return { status, overlapDagen, gatDagen, bredeIntakeTeLaat, bredeIntakeWachtDagen };
}

export interface GemeenteTijdigeStart {
  /** People whose opstart and inburgering dates could be judged. */
  beoordeeld: number;
  opTijd: number;
  gat: number;
  /** Median gap in days of those with a gap (ended or running), null when none. */
  mediaanGatDagen: number | null;
  bredeIntakeTeLaat: number;
  /** People the marker could not judge (no consent for the opstart dates, or too few dates). */
  onbekend: number;
}

/** The marker per gemeente: how many started on time, how many had a gap, where the brede intake waits. */
export function tijdigeStartPerGemeente(personen: readonly (TijdigeStart | null)[]): GemeenteTijdigeStart {
  const uit: GemeenteTijdigeStart = { beoordeeld: 0, opTijd: 0, gat: 0, mediaanGatDagen: null, bredeIntakeTeLaat: 0, onbekend: 0 };
  const gaten: number[] = [];
  for (const p of personen) {
    if (p?.bredeIntakeTeLaat) uit.bredeIntakeTeLaat++;
    if (!p || p.status === "onbekend" || p.status === "nog-open") {
      uit.onbekend++;
      continue;
    }
    uit.beoordeeld++;
    if (p.status === "op-tijd") uit.opTijd++;
    else {
      uit.gat++;
      gaten.push(p.gatDagen ?? 0);
    }
  }
  if (gaten.length) {
    gaten.sort((a, b) => a - b);
    const m = Math.floor(gaten.length / 2);
    uit.mediaanGatDagen = gaten.length % 2 ? gaten[m]! : Math.round((gaten[m - 1]! + gaten[m]!) / 2);
  }
  return uit;
}

/** One line for a person's marker, in plain words. */
export function tijdigeStartZin(t: TijdigeStart): string {
  switch (t.status) {
    case "op-tijd":
      return t.overlapDagen && t.overlapDagen > 0 ? `Op tijd: inburgering en opstartfase liepen ${t.overlapDagen} dagen samen op.` : "Op tijd: de inburgering begon toen de opstartfase eindigde.";
    case "gat":
      return `Te laat: ${t.gatDagen} dagen tussen het einde van de opstartfase en de start van de inburgering.`;
    case "gat-lopend":
      return `De opstartfase is ${t.gatDagen} dagen klaar en de inburgering is nog niet begonnen.`;
    case "nog-open":
      return "De opstartfase loopt; de inburgering is nog niet begonnen.";
    case "onbekend":
      return "Nog niet te zeggen.";
  }
}

/** Cross-field checks of the consulent's dates form. */
export function controleerInburgeringDatums(
  d: { bredeIntakeDatum?: Kalenderdatum; pipVastgesteldDatum?: Kalenderdatum; startLeerrouteDatum?: Kalenderdatum; eersteLesDatum?: Kalenderdatum; leerroute?: string },
  context: { brpInschrijvingDatum: Kalenderdatum | null; vandaag: Kalenderdatum },
): Partial<Record<string, string>> {
  const fouten: Partial<Record<string, string>> = {};
  const jaarVooruit = `${Number(context.vandaag.slice(0, 4)) + 1}${context.vandaag.slice(4)}`;
  for (const veld of ["bredeIntakeDatum", "pipVastgesteldDatum", "startLeerrouteDatum", "eersteLesDatum"] as const) {
    const v = d[veld];
    if (v && v > jaarVooruit) fouten[veld] = "Kies een datum binnen een jaar vanaf vandaag.";
    else if (v && context.brpInschrijvingDatum && v < context.brpInschrijvingDatum && veld !== "bredeIntakeDatum")
      fouten[veld] = "Deze datum ligt vóór de inschrijving in de BRP. Controleer de datum.";
  }
  if (!fouten.pipVastgesteldDatum && d.pipVastgesteldDatum && d.bredeIntakeDatum && d.pipVastgesteldDatum < d.bredeIntakeDatum)
    fouten.pipVastgesteldDatum = "Het PIP wordt vastgesteld na de brede intake. Controleer de datums.";
  if (!fouten.startLeerrouteDatum && d.startLeerrouteDatum && !d.leerroute) fouten.leerroute = "Kies welke leerroute er start.";
  return fouten;
}
