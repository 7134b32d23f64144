import type { Fase } from "@/lib/db/generated/enums";
import { dateKolomNaarKalenderdatum, type Kalenderdatum } from "@/lib/tijd";
import { heeftMeetmomenten, huidigMeetmoment, meetmomentenOverzicht, meetmomentSchema, type MeetmomentRij } from "./rules";

/**
 * The meetmoment a list (caseload, the teamleider's lists) shows for one
 * person, from the columns it selected: select `MEETMOMENT_SELECT` next to
 * `fase`, `brpInschrijvingDatum` and the gemeente's `meetmomentenMaanden` and
 * `looptijdMaanden`.
 */
export const MEETMOMENT_SELECT = {
  plan: { select: { meetmomenten: { where: { afgenomenOp: { not: null } }, select: { maandNaStart: true, geplandOp: true, afgenomenOp: true } } } },
  verlengingen: { where: { status: "GOEDGEKEURD" }, orderBy: { beoordeeldOp: "asc" }, select: { maanden: true } },
} as const;

export function huidigMeetmomentVan(
  r: {
    fase: Fase;
    brpInschrijvingDatum: Date | null;
    gemeente: { meetmomentenMaanden: number[]; looptijdMaanden: number };
    verlengingen: { maanden: number }[];
    plan: { meetmomenten: { maandNaStart: number; geplandOp: Date; afgenomenOp: Date | null }[] } | null;
  },
  vandaag: Kalenderdatum,
): MeetmomentRij | null {
  if (!heeftMeetmomenten(r.fase)) return null;
  const schema = meetmomentSchema({
    brpDatum: r.brpInschrijvingDatum ? dateKolomNaarKalenderdatum(r.brpInschrijvingDatum) : null,
    meetmomentenMaanden: r.gemeente.meetmomentenMaanden,
    looptijdMaanden: r.gemeente.looptijdMaanden,
    verlengingenMaanden: r.verlengingen.map((v) => v.maanden),
  });
  const vastgelegd = (r.plan?.meetmomenten ?? [])
    .filter((m) => m.afgenomenOp)
    .map((m) => ({ maand: m.maandNaStart, geplandOp: dateKolomNaarKalenderdatum(m.geplandOp), afgenomenOp: dateKolomNaarKalenderdatum(m.afgenomenOp!) }));
  return huidigMeetmoment(meetmomentenOverzicht(schema, vastgelegd, vandaag));
}
