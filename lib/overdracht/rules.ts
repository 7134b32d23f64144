import type { OverdrachtType } from "@/lib/db/generated/enums";
import { FASE_LABELS } from "@/lib/inburgeraar/labels";
import type { Fase } from "@/lib/db/generated/enums";
import { formatKalenderdatum } from "@/lib/tijd";
import { LEEFGEBIED_KORT } from "@/lib/voortgang/labels";
import type { AfsprakenSectie, ChecklistSectie, PlanSectie, SignaalSectie } from "@/lib/voortgang/secties";

/** Pure rules for overdrachten: who receives what, what is open, and the prefilled text. */

export const MAX_SAMENVATTING = 4000;

/** Kinds that go to someone outside the organisation: they need the person's consent and travel as a PDF (except the consulent, who reads in the app). */
export function isBuitenOrganisatie(type: OverdrachtType): boolean {
  return type !== "INTERN";
}

/** Kinds a receiver acknowledges inside the app (the others go out as a PDF). */
export function wordtInAppOntvangen(type: OverdrachtType): boolean {
  return type === "INTERN" || type === "CONSULENT";
}

export interface VoorstelGegevens {
  voornaam: string;
  fase: Fase;
  checklist: ChecklistSectie | null;
  plan: PlanSectie | null;
  afspraken: AfsprakenSectie | null;
  signalen: SignaalSectie | null;
  tolkNodig?: boolean | null;
  talen?: string[] | null;
}

/**
 * The text an overdracht starts with, from what the dossier holds. Only the
 * parts passed in are used: the caller passes only what this recipient may
 * receive. The begeleider edits it before sending.
 */
export function voorstelTekst(type: OverdrachtType, g: VoorstelGegevens): string {
  const regels: string[] = [];
  const opening: Record<OverdrachtType, string> = {
    INTERN: `Overdracht van ${g.voornaam}: wat je moet weten om verder te gaan.`,
    CONSULENT: `Eindoverdracht van de maatschappelijke begeleiding van ${g.voornaam}.`,
    WARM: `Warme overdracht van ${g.voornaam}. Waarvoor vragen we jullie hulp: [vul aan].`,
    VERHUIZING: `${g.voornaam} verhuist naar jullie gemeente. Zo ver is de maatschappelijke begeleiding.`,
  };
  regels.push(opening[type], "", `Fase: ${FASE_LABELS[g.fase].toLowerCase()}.`);
  if (g.talen?.length) regels.push(`Talen: ${g.talen.join(", ")}${g.tolkNodig ? "; een tolk is nodig" : ""}.`);
  if (g.checklist) {
    regels.push(`Opstartfase: ${g.checklist.klaar} van ${g.checklist.totaal} verplichte punten geregeld.`);
    if (g.checklist.openPunten.length) regels.push(`Nog open: ${g.checklist.openPunten.join(", ")}.`);
  }
  if (g.plan) {
    if (g.plan.focus) regels.push(`Extra aandacht nodig voor: ${LEEFGEBIED_KORT[g.plan.focus].toLowerCase()}.`);
    const laag = g.plan.scores.filter((s) => s.score <= 2).map((s) => LEEFGEBIED_KORT[s.leefgebied].toLowerCase());
    const goed = g.plan.scores.filter((s) => s.score >= 4).map((s) => LEEFGEBIED_KORT[s.leefgebied].toLowerCase());
    if (goed.length) regels.push(`Zelfredzaam op: ${goed.join(", ")}.`);
    if (laag.length) regels.push(`Heeft nog hulp nodig bij: ${laag.join(", ")}.`);
    if (g.plan.openDoelen.length) regels.push(`Lopende doelen: ${g.plan.openDoelen.map((d) => d.omschrijving).join("; ")}.`);
  }
  if (g.afspraken) {
    regels.push(
      g.afspraken.laatsteContact
        ? `Laatste contact: ${formatKalenderdatum(g.afspraken.laatsteContact)} (${g.afspraken.perMaand.toLocaleString("nl-NL")} contacten per maand in de laatste drie maanden).`
        : "Nog geen contact vastgelegd.",
    );
  }
  if (g.signalen) regels.push(g.signalen.open.length ? `Er ${g.signalen.open.length === 1 ? "is 1 open signaal" : `zijn ${g.signalen.open.length} open signalen`}.` : "Geen open signalen.");
  regels.push("", "Afspraken voor de overdracht: [vul aan].");
  return regels.join("\n");
}
