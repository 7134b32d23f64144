import { AFSPRAAK_TYPE_LABELS } from "@/lib/afspraak/labels";
import type { CaseloadRij } from "@/lib/caseload/queries";
import type { Fase } from "@/lib/db/generated/enums";
import { meetmomentNaam } from "@/lib/plan/rules";
import { paden } from "@/lib/routes";
import { formatDatumKort, formatKalenderdatum, formatTijd } from "@/lib/tijd";

/**
 * One caseload row as the list shows it: every text, date and link already
 * formatted on the server. The list (components/caseload/caseload-lijst.tsx) is a
 * client component that receives only this, so the page's RSC payload carries a
 * compact list of rows instead of the cards and the table as two element trees
 * (docs/decisions/020). Nothing here is more than the rendered page shows.
 */
export interface CaseloadKaart {
  id: string;
  naam: string;
  dossierHref: string;
  /** "Contact vastleggen" with this person. */
  vastleggenHref: string;
  fase: Fase;
  gemeente: string;
  /** "opstart", "begeleider", "maatje": the user's own role with this person. */
  rol: string | null;
  contact: { tekst: string; toon: "geen" | "gewoon" | "te-lang" };
  /** "9 dec 14:00", or null: nothing planned. */
  volgende: string | null;
  /** The opstartfase's progress while it matters: { geregeld, totaal }; afgerond when it no longer does. */
  opstart: { geregeld: number; totaal: number; afgerond: boolean } | null;
  /** The date of the meetmoment due, "13 september 2026". */
  meetmoment: string | null;
  aandacht: CaseloadAandacht[];
}

export interface CaseloadAandacht {
  sleutel: string;
  tekst: string;
  isTeLaat: boolean;
  /** The attention point is a link (a meetmoment to record, a doorverwijzing to follow up). */
  link: { href: string; sr: string } | null;
  /** Under "afspraken nog niet vastgelegd": one link per afspraak, for who may log. */
  vastleggen: { id: string; href: string; tekst: string }[];
}

const ROL = { OPSTART: "opstart", BEGELEIDER: "begeleider", MAATJE: "maatje" } as const;

/** Checklist progress matters until the opstartfase is closed. */
const isOpstartRelevant = (fase: Fase) => fase === "AANGEMELD" || fase === "OPSTARTFASE";

function contact(r: CaseloadRij): CaseloadKaart["contact"] {
  if (r.dagenSindsContact === null) return { tekst: "Nog geen contact", toon: "geen" };
  const tekst = r.dagenSindsContact === 0 ? "Vandaag contact" : `${r.dagenSindsContact} ${r.dagenSindsContact === 1 ? "dag" : "dagen"} geleden`;
  return r.isContactTeLang ? { tekst: `${tekst} (te lang)`, toon: "te-lang" } : { tekst, toon: "gewoon" };
}

function aandacht(r: CaseloadRij, kanLoggen: boolean): CaseloadAandacht[] {
  return r.aandacht.map((a) => ({
    sleutel: a.soort + a.tekst,
    tekst: a.tekst,
    isTeLaat: Boolean(a.isTeLaat),
    link:
      a.soort === "MEETMOMENT" && r.meetmomentNodig
        ? { href: paden.meetmoment(r.id, r.meetmomentNodig.maand), sr: `: ${meetmomentNaam(r.meetmomentNodig.maand).toLowerCase()} vastleggen voor ${r.naam}` }
        : a.soort === "DOORVERWIJZING_OPEN"
          ? { href: paden.doorverwijzingen(r.id), sr: ` bij ${r.naam}` }
          : null,
    vastleggen:
      a.soort === "NIET_VASTGELEGD" && kanLoggen
        ? r.nietVastgelegd.map((n) => ({
            id: n.id,
            href: paden.contactVastleggen(r.id, n.id),
            tekst: `Vastleggen: ${AFSPRAAK_TYPE_LABELS[n.type].toLowerCase()} ${formatDatumKort(n.start)} ${formatTijd(n.start)}`,
          }))
        : [],
  }));
}

export function naarKaarten(rows: readonly CaseloadRij[], kanLoggen: boolean): CaseloadKaart[] {
  return rows.map((r) => ({
    id: r.id,
    naam: r.naam,
    dossierHref: paden.dossier(r.id),
    vastleggenHref: paden.contactVastleggen(r.id),
    fase: r.fase,
    gemeente: r.gemeente,
    rol: r.mijnRol ? ROL[r.mijnRol] : null,
    contact: contact(r),
    volgende: r.volgendeAfspraak ? `${formatDatumKort(r.volgendeAfspraak)} ${formatTijd(r.volgendeAfspraak)}` : null,
    opstart: r.opstart ? { ...r.opstart, afgerond: !isOpstartRelevant(r.fase) } : null,
    meetmoment: r.meetmomentNodig ? formatKalenderdatum(r.meetmomentNodig.geplandOp) : null,
    aandacht: aandacht(r, kanLoggen),
  }));
}
