import type { ChecklistCategorie, ChecklistStatus, Doelgroep, HuishoudRelatie } from "@/lib/db/generated/enums";
import { dateKolomNaarKalenderdatum, plusDagen, plusMaanden, type Kalenderdatum } from "@/lib/tijd";

/**
 * Pure rules of the opstartfase checklist: which items a person gets, their
 * deadlines, progress per category and when the phase may be closed. No I/O.
 */

export const CHECKLIST_CATEGORIE_LABELS: Record<ChecklistCategorie, string> = {
  HV: "Huisvesting",
  FIN: "Financiën",
  INS: "Inschrijvingen",
  VL: "Voorlichting",
};

export const CHECKLIST_CATEGORIE_VOLGORDE: readonly ChecklistCategorie[] = ["HV", "FIN", "INS", "VL"];

export const CHECKLIST_STATUS_LABELS: Record<ChecklistStatus, string> = {
  OPEN: "Open",
  BEZIG: "Bezig",
  GEREGELD: "Geregeld",
  NVT: "Niet van toepassing",
};

/** A calendar date as given by a form ("YYYY-MM-DD") or a `@db.Date` column. */
type Datum = Kalenderdatum | Date;

const alsKalenderdatum = (d: Datum): Kalenderdatum => (typeof d === "string" ? d : dateKolomNaarKalenderdatum(d));

export interface TemplateItemInvoer {
  id: string;
  code: string;
  titel: string;
  categorieen: ChecklistCategorie[];
  verplicht: boolean;
  alleenMetKinderen: boolean;
  deadlineDagenNaBrp: number | null;
  volgorde: number;
  /** Inactive items are kept for history but no longer handed out. Default true. */
  actief?: boolean;
}

export interface TemplateInvoer {
  id: string;
  doelgroep: Doelgroep | null;
  items: TemplateItemInvoer[];
}

export interface HuishoudlidInvoer {
  relatie: HuishoudRelatie;
  geboortedatum: Datum | null;
}

export interface GegenereerdChecklistItem {
  templateItemId: string;
  code: string;
  titel: string;
  categorieen: ChecklistCategorie[];
  verplicht: boolean;
  deadline: Kalenderdatum | null;
  volgorde: number;
}

/** The template for a person: their doelgroep's own list when the gemeente has one, else the standard list. */
export function kiesTemplate<T extends Pick<TemplateInvoer, "doelgroep">>(
  templates: readonly T[],
  doelgroepen: readonly Doelgroep[],
): T | undefined {
  for (const doelgroep of doelgroepen) {
    const eigen = templates.find((t) => t.doelgroep === doelgroep);
    if (eigen) return eigen;
  }
  return templates.find((t) => t.doelgroep === null);
}

/**
 * Whether the household has a child: a member with relatie KIND, or anyone
 * younger than 18 on the peildatum (the BRP date, else today).
 */
export function heeftKinderen(huishouden: readonly HuishoudlidInvoer[], peildatum: Kalenderdatum | null): boolean {
  return huishouden.some((lid) => {
    if (lid.relatie === "KIND") return true;
    if (!lid.geboortedatum || !peildatum) return false;
    return plusMaanden(alsKalenderdatum(lid.geboortedatum), 18 * 12) > peildatum;
  });
}

/**
 * The checklist items for one person: from the doelgroep list (nareizigers) or
 * the standard list, without child-only items for a household without
 * children, with deadline = BRP date + the item's days (no BRP date, no deadline).
 */
export function genereerChecklist(input: {
  templates: readonly TemplateInvoer[];
  doelgroepen: readonly Doelgroep[];
  huishouden: readonly HuishoudlidInvoer[];
  brpInschrijvingDatum: Datum | null;
  /** Used for the age check when there is no BRP date yet. */
  vandaag?: Kalenderdatum;
}): GegenereerdChecklistItem[] {
  const template = kiesTemplate(input.templates, input.doelgroepen);
  if (!template) return [];
  const brp = input.brpInschrijvingDatum ? alsKalenderdatum(input.brpInschrijvingDatum) : null;
  const metKinderen = heeftKinderen(input.huishouden, brp ?? input.vandaag ?? null);
  return template.items
    .filter((item) => item.actief !== false)
    .filter((item) => metKinderen || !item.alleenMetKinderen)
    .sort((a, b) => a.volgorde - b.volgorde)
    .map((item) => ({
      templateItemId: item.id,
      code: item.code,
      titel: item.titel,
      categorieen: [...item.categorieen],
      verplicht: item.verplicht,
      deadline: brp && item.deadlineDagenNaBrp !== null ? plusDagen(brp, item.deadlineDagenNaBrp) : null,
      volgorde: item.volgorde,
    }));
}

export interface CategorieVoortgang {
  /** Items in this category, not counting n.v.t. */
  totaal: number;
  geregeld: number;
}

/** Per category: how many items count (n.v.t. excluded) and how many are geregeld. An item in two categories counts in both. */
export function voortgangPerCategorie(
  items: ReadonlyArray<{ categorieen: readonly ChecklistCategorie[]; status: ChecklistStatus }>,
): Record<ChecklistCategorie, CategorieVoortgang> {
  const voortgang: Record<ChecklistCategorie, CategorieVoortgang> = {
    HV: { totaal: 0, geregeld: 0 },
    FIN: { totaal: 0, geregeld: 0 },
    INS: { totaal: 0, geregeld: 0 },
    VL: { totaal: 0, geregeld: 0 },
  };
  for (const item of items) {
    if (item.status === "NVT") continue;
    for (const categorie of new Set(item.categorieen)) {
      voortgang[categorie].totaal += 1;
      if (item.status === "GEREGELD") voortgang[categorie].geregeld += 1;
    }
  }
  return voortgang;
}

const isAfgehandeld = (status: ChecklistStatus) => status === "GEREGELD" || status === "NVT";

/** The deadline has passed (the deadline day itself is still on time) and the item is not geregeld or n.v.t. */
export function isTeLaat(item: { deadline: Datum | null; status: ChecklistStatus }, vandaag: Kalenderdatum): boolean {
  if (!item.deadline || isAfgehandeld(item.status)) return false;
  return alsKalenderdatum(item.deadline) < vandaag;
}

/** The opstartfase may be closed when every verplicht item is geregeld or n.v.t.; `open` lists the rest. */
export function kanOpstartfaseAfsluiten<T extends { verplicht: boolean; status: ChecklistStatus }>(
  items: readonly T[],
): { kan: boolean; open: T[] } {
  const open = items.filter((item) => item.verplicht && !isAfgehandeld(item.status));
  return { kan: open.length === 0, open };
}

/**
 * The timeline sentence of a checklist change: "Checklist: Zorgverzekering
 * afsluiten → geregeld", or "… bijgewerkt (bezig)" when only date or note
 * changed, or "… → geregeld (tijdens afspraak)" when ticked off in a logged afspraak.
 */
export function samenvattingChecklist(titel: string, van: ChecklistStatus, naar: ChecklistStatus, tijdensAfspraak = false): string {
  const status = CHECKLIST_STATUS_LABELS[naar].toLowerCase();
  if (tijdensAfspraak) return `Checklist: ${titel} → ${status} (tijdens afspraak)`;
  return van === naar ? `Checklist: ${titel} bijgewerkt (${status})` : `Checklist: ${titel} → ${status}`;
}
