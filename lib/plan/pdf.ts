import { AFSPRAAK_TYPE_LABELS } from "@/lib/afspraak/labels";
import { LEEFGEBIED_LABELS } from "@/lib/inburgeraar/labels";
import type { PdfInhoud, PdfSectie } from "@/lib/pdf/document";
import { formatDatumTijd, formatKalenderdatum } from "@/lib/tijd";
import { ACTIE_VOOR_KORT, AKKOORD_WIJZE_LABELS, DOEL_STATUS_LABELS } from "./labels";
import type { ActieRij, LeefgebiedRij, PlanOverzicht } from "./queries";

/**
 * The plan as a PDF to hand over, in plain B1 Dutch addressed to the
 * inburgeraar: what we work on, who does what, the huiswerk and the next
 * afspraak. Only the content: lib/pdf draws it (one PDF layout for the app).
 */

const wanneer = (a: Pick<ActieRij, "deadline">) => (a.deadline ? ` (vóór ${formatKalenderdatum(a.deadline)})` : "");
const wie = (a: ActieRij) => (a.voor === "ORGANISATIE" && a.organisatie ? a.organisatie : ACTIE_VOOR_KORT[a.voor]);

function leefgebiedSectie(l: LeefgebiedRij): PdfSectie {
  const laatste = l.scores.at(-1);
  const toelichting = [laatste ? `Nu: ${laatste.score} van de 5` : null, l.streefScore ? `Doel: ${l.streefScore} van de 5` : null].filter(Boolean).join("   ");
  return {
    kop: LEEFGEBIED_LABELS[l.leefgebied],
    ...(toelichting ? { toelichting } : {}),
    regels: [l.kanAl ? `Dit gaat al goed: ${l.kanAl}` : null, l.hulpNodig ? `Hier helpen we bij: ${l.hulpNodig}` : null].filter((r): r is string => r !== null),
    blokken: l.doelen
      .filter((d) => d.status === "OPEN" || d.status === "BEZIG")
      .map((d) => ({
        kop: `Doel: ${d.omschrijving}`,
        toelichting: `${DOEL_STATUS_LABELS[d.status]}${d.streefdatum ? ` · klaar rond ${formatKalenderdatum(d.streefdatum)}` : ""}`,
        lijsten: [
          { kop: "Wie doet wat", punten: d.acties.filter((a) => !a.isHuiswerk && !a.afgerondOp).map((a) => `${wie(a)}: ${a.omschrijving}${wanneer(a)}`) },
          { kop: "Jouw huiswerk", punten: d.acties.filter((a) => a.isHuiswerk && !a.afgerondOp).map((a) => `${a.omschrijving}${wanneer(a)}`) },
        ],
      })),
  };
}

export function planPdfInhoud(plan: PlanOverzicht, gemaaktDoor: string, vandaag: string): PdfInhoud {
  const versie = plan.versies[0];
  const metDoelen = plan.leefgebieden.filter((l) => l.doelen.some((d) => d.status === "OPEN" || d.status === "BEZIG"));
  const volgorde = [...metDoelen].sort((a, b) => Number(b.isFocus) - Number(a.isFocus));
  const v = plan.volgendeAfspraak;
  return {
    titel: "Jouw plan",
    ondertitel: [
      plan.inburgeraar.naam,
      `Gemeente ${plan.inburgeraar.gemeente} · gemaakt op ${formatKalenderdatum(vandaag)} door ${gemaaktDoor}`,
      (versie
        ? `Samen afgesproken op ${formatKalenderdatum(versie.akkoordOp)} (${AKKOORD_WIJZE_LABELS[versie.wijze].toLowerCase()}${versie.tolkTaal ? `, ${versie.tolkTaal}` : ""}).`
        : "Dit plan is nog niet samen afgesproken.") + (versie && plan.gewijzigdSindsAkkoord ? " Het plan is daarna nog veranderd." : ""),
    ],
    ...(plan.focus ? { uitgelicht: `Hier werken we de komende tijd vooral aan: ${LEEFGEBIED_LABELS[plan.focus]}` } : {}),
    secties: [
      {
        kop: "Volgende afspraak",
        regels: [
          v
            ? `${formatDatumTijd(v.start)} · ${AFSPRAAK_TYPE_LABELS[v.type]}${v.locatie ? ` · ${v.locatie}` : ""}`
            : "Nog niet gepland. We bellen of sturen een bericht.",
        ],
      },
      ...(volgorde.length === 0 ? [{ kop: "Doelen", regels: ["Er staan nog geen doelen in het plan."] }] : volgorde.map(leefgebiedSectie)),
    ],
    voet: "Vragen? Bel of app je begeleider. Neem dit plan mee naar de volgende afspraak.",
  };
}
