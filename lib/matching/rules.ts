import type { Doelgroep, VrijwilligerStatus, VrijwilligerTaak } from "@/lib/db/generated/enums";
import { DOELGROEP_LABELS } from "@/lib/inburgeraar/labels";
import { vergelijkNl } from "@/lib/tekst";
import { formatKalenderdatum, type Kalenderdatum } from "@/lib/tijd";
import {
  NIET_INZETBAAR_TEKST,
  nietInzetbaarRedenen,
  taalSleutel,
  vogOordeel,
  vrijePlekken,
  type NietInzetbaarReden,
} from "@/lib/vrijwilliger/rules";

/**
 * Matching that explains itself: which volunteers to suggest as someone's
 * maatje, in which order, and why. Pure.
 *
 * The order, and what wins when criteria disagree (decided here, shown in the UI):
 * 1. Language. A volunteer who speaks the person's first language, or the
 *    language they need an interpreter for, comes first; one who shares another
 *    language next. **Language goes before capacity**: a Dari speaker with one
 *    place left ranks above someone without a shared language who has three.
 *    Talking without an interpreter is what makes a maatje useful; capacity only
 *    decides whether someone can be asked at all (no place left: not suggested).
 * 2. Gemeente: the volunteer is available in the person's gemeente (a volunteer
 *    who named no gemeenten counts as available everywhere, without the reason).
 * 3. Free capacity: more free places first.
 * 4. Preferences: the volunteer likes working with one of the person's doelgroepen.
 * Never suggested: paused or stopped volunteers, no VOG or an expired one, a
 * disabled account, no maatje task, no place left. They are listed apart with
 * the reason; assigning one anyway needs an explicit reason (lib/toewijzing).
 */

export interface MatchPersoon {
  talen: readonly string[];
  tolkNodig: boolean;
  tolkTaal: string | null;
  gemeenteId: string;
  gemeenteNaam: string;
  doelgroepen: readonly Doelgroep[];
}

export interface MatchKandidaat {
  id: string;
  naam: string;
  accountActief: boolean;
  status: VrijwilligerStatus;
  taken: readonly VrijwilligerTaak[];
  talen: readonly string[];
  gemeenteIds: readonly string[];
  voorkeurDoelgroepen: readonly Doelgroep[];
  vogDatum: Kalenderdatum | null;
  maxMaatjes: number;
  aantalMaatjes: number;
}

/** 2: first language or interpreter language; 1: another shared language; 0: none. */
export type TaalNiveau = 0 | 1 | 2;

export interface Suggestie {
  kandidaat: MatchKandidaat;
  taalNiveau: TaalNiveau;
  gedeeldeTalen: string[];
  inGemeente: boolean;
  vrij: number;
  voorkeur: Doelgroep[];
  /** Short Dutch reasons, best first: "spreekt Dari", "nog 1 plek". */
  redenen: string[];
  /** Set when this suggestion outranks one with more free places because of language. */
  taalGaatVoorRuimte: boolean;
}

export interface NietVoorgesteld {
  kandidaat: MatchKandidaat;
  redenen: NietInzetbaarReden[];
  tekst: string;
}

export interface MatchUitkomst {
  voorgesteld: Suggestie[];
  nietVoorgesteld: NietVoorgesteld[];
}

/** The languages that count for this person: their own, with the interpreter language first when they need one. */
function belangrijksteTalen(p: MatchPersoon): { eerste: Set<string>; alle: Map<string, string> } {
  const alle = new Map<string, string>();
  const eerste = new Set<string>();
  if (p.tolkNodig && p.tolkTaal) {
    alle.set(taalSleutel(p.tolkTaal), p.tolkTaal.trim());
    eerste.add(taalSleutel(p.tolkTaal));
  }
  p.talen.forEach((t, i) => {
    if (!alle.has(taalSleutel(t))) alle.set(taalSleutel(t), t.trim());
    if (i === 0) eerste.add(taalSleutel(t));
  });
  return { eerste, alle };
}

export function taalMatch(p: MatchPersoon, kandidaatTalen: readonly string[]): { niveau: TaalNiveau; gedeeld: string[] } {
  const { eerste, alle } = belangrijksteTalen(p);
  const spreekt = new Set(kandidaatTalen.map(taalSleutel));
  const gedeeld = [...alle.entries()].filter(([k]) => spreekt.has(k));
  // The first language / interpreter language first in the reasons.
  gedeeld.sort(([a], [b]) => Number(eerste.has(b)) - Number(eerste.has(a)));
  const niveau: TaalNiveau = gedeeld.some(([k]) => eerste.has(k)) ? 2 : gedeeld.length > 0 ? 1 : 0;
  return { niveau, gedeeld: gedeeld.map(([, naam]) => naam) };
}

function vergelijk(a: Suggestie, b: Suggestie): number {
  return (
    b.taalNiveau - a.taalNiveau ||
    Number(b.inGemeente) - Number(a.inGemeente) ||
    b.vrij - a.vrij ||
    b.voorkeur.length - a.voorkeur.length ||
    vergelijkNl(a.kandidaat.naam, b.kandidaat.naam)
  );
}

const plekTekst = (n: number) => `nog ${n} ${n === 1 ? "plek" : "plekken"}`;

export function rangschik(persoon: MatchPersoon, kandidaten: readonly MatchKandidaat[], vandaag: Kalenderdatum): MatchUitkomst {
  const voorgesteld: Suggestie[] = [];
  const nietVoorgesteld: NietVoorgesteld[] = [];
  for (const k of kandidaten) {
    const redenen = nietInzetbaarRedenen(k, vandaag);
    if (redenen.length > 0) {
      nietVoorgesteld.push({ kandidaat: k, redenen, tekst: redenen.map((r) => NIET_INZETBAAR_TEKST[r]).join(", ") });
      continue;
    }
    const taal = taalMatch(persoon, k.talen);
    const gemeenteGenoemd = k.gemeenteIds.includes(persoon.gemeenteId);
    const inGemeente = gemeenteGenoemd || k.gemeenteIds.length === 0;
    const voorkeur = persoon.doelgroepen.filter((d) => k.voorkeurDoelgroepen.includes(d));
    const vrij = vrijePlekken(k.maxMaatjes, k.aantalMaatjes);
    const tekst: string[] = [];
    if (taal.gedeeld.length) {
      const tolk = persoon.tolkNodig && persoon.tolkTaal && taalSleutel(taal.gedeeld[0]!) === taalSleutel(persoon.tolkTaal);
      tekst.push(`spreekt ${taal.gedeeld.join(" en ")}${tolk ? " (geen tolk nodig)" : ""}`);
    }
    if (gemeenteGenoemd) tekst.push(`werkt in ${persoon.gemeenteNaam}`);
    tekst.push(plekTekst(vrij));
    if (voorkeur.length) tekst.push(`werkt graag met: ${voorkeur.map((d) => DOELGROEP_LABELS[d].toLowerCase()).join(", ")}`);
    const vog = vogOordeel(k.vogDatum, vandaag);
    if (vog.status === "VERLOOPT_BINNENKORT") tekst.push(`let op: VOG verloopt ${formatKalenderdatum(vog.verlooptOp!)}`);
    voorgesteld.push({ kandidaat: k, taalNiveau: taal.niveau, gedeeldeTalen: taal.gedeeld, inGemeente, vrij, voorkeur, redenen: tekst, taalGaatVoorRuimte: false });
  }
  voorgesteld.sort(vergelijk);
  // Make the language-before-capacity decision visible where it changed the order.
  voorgesteld.forEach((s, i) => {
    s.taalGaatVoorRuimte = voorgesteld.slice(i + 1).some((lager) => lager.vrij > s.vrij && lager.taalNiveau < s.taalNiveau);
    if (s.taalGaatVoorRuimte) s.redenen.push("taal gaat voor ruimte");
  });
  nietVoorgesteld.sort((a, b) => vergelijkNl(a.kandidaat.naam, b.kandidaat.naam));
  return { voorgesteld, nietVoorgesteld };
}
