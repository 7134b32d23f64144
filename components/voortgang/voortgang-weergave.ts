import type { Fase } from "@/lib/db/generated/enums";
import { formatKalenderdatum } from "@/lib/tijd";
import { tijdigeStartZin } from "@/lib/tijdige-start/rules";
import { LEEFGEBIED_KORT } from "@/lib/voortgang/labels";
import type { Deel, VoortgangRij } from "@/lib/voortgang/queries";

/** "geen toestemming": the inburgeraar did not share this part. */
const GEEN_TOESTEMMING = null;

/**
 * One person in the consulent's Voortgang list as the list shows it: every
 * text already formatted on the server, `null` where the inburgeraar did not
 * share that part ("geen toestemming"). The list (voortgang-lijst.tsx) is a
 * client component that receives only this, so the page's RSC payload is a
 * compact list of rows instead of an element tree per row, and carries nothing
 * the page does not show (docs/decisions/020, 021).
 */
export interface VoortgangKaart {
  id: string;
  naam: string;
  fase: Fase;
  gemeente: string;
  heeftRapportage: boolean;
  begeleiding: string | null;
  contact: string | null;
  opstart: string | null;
  /** The scores per leefgebied ([short name, score, change since the previous]), or what stands there instead. */
  scores: [string, number, number][] | string | null;
  /** The number of open signals ("—": nothing known). */
  signalen: number | string | null;
  /** The tijdige-start sentence; null: no consent for the opstartfase. */
  tijdigeStart: string | null;
  /** The brede intake waits too long or was late: the red badge's text. */
  intakeTeLaat: string | null;
}

const d = (x: string | null | undefined) => (x ? formatKalenderdatum(x) : "—");

function toon<T, U>(deel: Deel<T>, render: (data: T) => U, leeg: U | string = "—"): U | string | null {
  if (!deel.zichtbaar) return GEEN_TOESTEMMING;
  return deel.data ? render(deel.data) : leeg;
}

export function voortgangKaarten(rijen: readonly VoortgangRij[]): VoortgangKaart[] {
  return rijen.map((r) => {
    const ts = r.tijdigeStart;
    return {
      id: r.id,
      naam: r.naam,
      fase: r.fase,
      gemeente: r.gemeente,
      heeftRapportage: r.heeftRapportage,
      begeleiding: toon(r.traject, (t) => `${d(t.start)} tot ${d(t.einddatum)}`),
      contact: toon(r.afspraken, (a) => (a.laatsteContact ? `laatst ${d(a.laatsteContact)}, ${a.perMaand.toLocaleString("nl-NL")}× per maand` : "nog geen contact")),
      opstart: toon(r.checklist, (c) => `${c.klaar} van ${c.totaal} geregeld`, "nog geen checklist"),
      scores: toon(
        r.plan,
        (p): [string, number, number][] | string => (p.scores.length ? p.scores.map((s) => [LEEFGEBIED_KORT[s.leefgebied], s.score, s.verschil ?? 0]) : "nog geen scores"),
        "nog geen plan",
      ),
      signalen: toon(r.signalen, (x) => x.open.length),
      tijdigeStart: r.tijdigeStartVolledig ? tijdigeStartZin(ts) : GEEN_TOESTEMMING,
      intakeTeLaat: ts.bredeIntakeTeLaat ? (ts.bredeIntakeWachtDagen !== null ? `Brede intake wacht al ${ts.bredeIntakeWachtDagen} dagen` : "Brede intake was laat") : null,
    };
  });
}
