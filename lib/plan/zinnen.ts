import type { AuditActie } from "@/lib/audit/acties";
import { LEEFGEBIED_LABELS } from "@/lib/inburgeraar/labels";
import { formatKalenderdatum } from "@/lib/tijd";
import { ACTIE_VOOR_KORT, AKKOORD_WIJZE_LABELS, DOEL_STATUS_LABELS } from "./labels";
import { meetmomentNaam } from "./rules";

type PlanActie = Extract<AuditActie, { actie: `plan.${string}` }>;

/** The timeline sentence of a plan event (lib/audit/zinnen.ts asks). Pure. */
export function zinVoorPlan(g: Exclude<PlanActie, { actie: "plan.pdf-gedownload" }>): string {
  switch (g.actie) {
    case "plan.leefgebied-gewijzigd":
      return `Begeleidingsplan: ${LEEFGEBIED_LABELS[g.details.leefgebied]} bijgewerkt${g.details.streefScore ? ` (streefscore ${g.details.streefScore})` : ""}`;
    case "plan.focus-gekozen":
      return g.details.focus ? `Focus voor de komende periode: ${LEEFGEBIED_LABELS[g.details.focus]}` : "Begeleidingsplan: geen focus-leefgebied meer";
    case "plan.doel-toegevoegd":
      return `Doel toegevoegd bij ${LEEFGEBIED_LABELS[g.details.leefgebied]}: ${g.details.omschrijving}`;
    case "plan.doel-gewijzigd":
      return g.details.statusGewijzigd
        ? `Doel "${g.details.omschrijving}": ${DOEL_STATUS_LABELS[g.details.status].toLowerCase()}`
        : `Doel gewijzigd: ${g.details.omschrijving}`;
    case "plan.actie-toegevoegd":
      return g.details.isHuiswerk ? `Huiswerk: ${g.details.omschrijving}` : `Actie voor ${ACTIE_VOOR_KORT[g.details.voor].toLowerCase()}: ${g.details.omschrijving}`;
    case "plan.actie-afgerond":
      return `${g.details.isHuiswerk ? "Huiswerk" : "Actie"} ${g.details.afgerond ? "gedaan" : "weer open"}: ${g.details.omschrijving}`;
    case "plan.meetmoment-vastgelegd": {
      const aantal = Object.keys(g.details.scores).length;
      return `${meetmomentNaam(g.details.maand)} ${g.details.correctie ? "gecorrigeerd" : "vastgelegd"} (${formatKalenderdatum(g.details.datum)}): ${aantal} ${aantal === 1 ? "leefgebied" : "leefgebieden"} gescoord`;
    }
    case "plan.akkoord":
      return `Plan besproken en akkoord op ${formatKalenderdatum(g.details.datum)} (versie ${g.details.nummer}, ${AKKOORD_WIJZE_LABELS[g.details.wijze].toLowerCase()})`;
  }
}
