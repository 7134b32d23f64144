import { AFSPRAAK_TYPE_LABELS } from "@/lib/afspraak/labels";
import type { CaseloadRij } from "@/lib/caseload/queries";
import type { Fase } from "@/lib/db/generated/enums";
import { meetmomentNaam } from "@/lib/plan/rules";
import { formatDatumKort, formatKalenderdatum, formatTijd } from "@/lib/tijd";

/**
 * One caseload row as the list shows it: every text and date already formatted
 * on the server. The list (components/caseload/caseload-lijst.tsx) is a client
 * component that receives only this, so the page's RSC payload carries a compact
 * list of rows instead of the cards and the table as two element trees
 * (docs/decisions/020). It is written into every caseload response once more as
 * the RSC payload, so it holds nothing the list can derive: the links are built
 * from the ids in the list (lib/routes), and a field that is empty, false or
 * "nothing" is left out instead of sent as null.
 */
export interface CaseloadKaart {
  id: string;
  naam: string;
  fase: Fase;
  gemeente: string;
  /** "opstart", "begeleider", "maatje": the user's own role with this person. */
  rol?: string;
  /** "14 dagen geleden", "Vandaag contact", "Nog geen contact". */
  contact: string;
  /** How the contact reads: none yet (muted) or too long ago (warning); else plain. */
  contactToon?: "geen" | "te-lang";
  /** "9 dec 14:00"; left out: nothing planned. */
  volgende?: string;
  /** The opstartfase's progress while it matters: { geregeld, totaal }; afgerond when it no longer does. */
  opstart?: { geregeld: number; totaal: number; afgerond?: true };
  /** The date of the meetmoment due, "13 september 2026". */
  meetmoment?: string;
  aandacht?: CaseloadAandacht[];
}

export interface CaseloadAandacht {
  tekst: string;
  teLaat?: true;
  /** The point links to recording this meetmoment (its month since the start, its name in lower case). */
  meetmoment?: { maand: number; naam: string };
  /** The point links to the person's doorverwijzingen, to follow one up. */
  doorverwijzing?: true;
  /** Under "afspraken nog niet vastgelegd": one link per afspraak, for who may log. */
  vastleggen?: { id: string; tekst: string }[];
}

const ROL = { OPSTART: "opstart", BEGELEIDER: "begeleider", MAATJE: "maatje" } as const;

/** Checklist progress matters until the opstartfase is closed. */
const isOpstartRelevant = (fase: Fase) => fase === "AANGEMELD" || fase === "OPSTARTFASE";

function contact(r: CaseloadRij): Pick<CaseloadKaart, "contact" | "contactToon"> {
  if (r.dagenSindsContact === null) return { contact: "Nog geen contact", contactToon: "geen" };
  const tekst = r.dagenSindsContact === 0 ? "Vandaag contact" : `${r.dagenSindsContact} ${r.dagenSindsContact === 1 ? "dag" : "dagen"} geleden`;
  return r.isContactTeLang ? { contact: `${tekst} (te lang)`, contactToon: "te-lang" } : { contact: tekst };
}

function aandacht(r: CaseloadRij, kanLoggen: boolean): CaseloadAandacht[] {
  return r.aandacht.map((a) => {
    const punt: CaseloadAandacht = { tekst: a.tekst };
    if (a.isTeLaat) punt.teLaat = true;
    if (a.soort === "MEETMOMENT" && r.meetmomentNodig) {
      punt.meetmoment = { maand: r.meetmomentNodig.maand, naam: meetmomentNaam(r.meetmomentNodig.maand).toLowerCase() };
    } else if (a.soort === "DOORVERWIJZING_OPEN") {
      punt.doorverwijzing = true;
    } else if (a.soort === "NIET_VASTGELEGD" && kanLoggen && r.nietVastgelegd.length) {
      punt.vastleggen = r.nietVastgelegd.map((n) => ({
        id: n.id,
        tekst: `Vastleggen: ${AFSPRAAK_TYPE_LABELS[n.type].toLowerCase()} ${formatDatumKort(n.start)} ${formatTijd(n.start)}`,
      }));
    }
    return punt;
  });
}

export function naarKaarten(rows: readonly CaseloadRij[], kanLoggen: boolean): CaseloadKaart[] {
  return rows.map((r) => {
    const k: CaseloadKaart = { id: r.id, naam: r.naam, fase: r.fase, gemeente: r.gemeente, ...contact(r) };
    if (r.mijnRol) k.rol = ROL[r.mijnRol];
    if (r.volgendeAfspraak) k.volgende = `${formatDatumKort(r.volgendeAfspraak)} ${formatTijd(r.volgendeAfspraak)}`;
    if (r.opstart) k.opstart = isOpstartRelevant(r.fase) ? { ...r.opstart } : { ...r.opstart, afgerond: true };
    if (r.meetmomentNodig) k.meetmoment = formatKalenderdatum(r.meetmomentNodig.geplandOp);
    if (r.aandacht.length) k.aandacht = aandacht(r, kanLoggen);
    return k;
  });
}
