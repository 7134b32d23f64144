import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { AFSPRAAK_TYPE_LABELS } from "@/lib/afspraak/labels";
import { LEEFGEBIED_LABELS } from "@/lib/inburgeraar/labels";
import { formatDatumTijd, formatKalenderdatum } from "@/lib/tijd";
import { ACTIE_VOOR_KORT, AKKOORD_WIJZE_LABELS, DOEL_STATUS_LABELS } from "./labels";
import type { ActieRij, LeefgebiedRij, PlanOverzicht } from "./queries";

/**
 * The plan as a PDF to hand over, in plain B1 Dutch addressed to the
 * inburgeraar: what we work on, who does what, the huiswerk and the next
 * afspraak. Rendered on the server with @react-pdf/renderer (no browser print).
 */

const s = StyleSheet.create({
  pagina: { padding: 40, fontSize: 12, fontFamily: "Helvetica", lineHeight: 1.4, color: "#0f172a" },
  titel: { fontSize: 22, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  klein: { fontSize: 10, color: "#475569" },
  blok: { marginTop: 14 },
  kop: { fontSize: 15, fontFamily: "Helvetica-Bold", marginBottom: 4, color: "#0a5866" },
  subkop: { fontFamily: "Helvetica-Bold", marginTop: 6 },
  doel: { marginTop: 6, padding: 8, borderWidth: 1, borderColor: "#cbd5e1", borderRadius: 4 },
  regel: { flexDirection: "row", marginTop: 2 },
  bolletje: { width: 14 },
  focus: { padding: 8, backgroundColor: "#eef7f8", borderRadius: 4, marginTop: 10 },
});

function Regel({ children }: { children: string }) {
  return (
    <View style={s.regel}>
      <Text style={s.bolletje}>•</Text>
      <Text style={{ flex: 1 }}>{children}</Text>
    </View>
  );
}

const wanneer = (a: Pick<ActieRij, "deadline">) => (a.deadline ? ` (vóór ${formatKalenderdatum(a.deadline)})` : "");
const wie = (a: ActieRij) => (a.voor === "ORGANISATIE" && a.organisatie ? a.organisatie : ACTIE_VOOR_KORT[a.voor]);

function Leefgebied({ l }: { l: LeefgebiedRij }) {
  const laatste = l.scores.at(-1);
  return (
    <View style={s.blok} wrap={false}>
      <Text style={s.kop}>{LEEFGEBIED_LABELS[l.leefgebied]}</Text>
      {laatste || l.streefScore ? (
        <Text style={s.klein}>
          {[laatste ? `Nu: ${laatste.score} van de 5` : null, l.streefScore ? `Doel: ${l.streefScore} van de 5` : null].filter(Boolean).join("   ")}
        </Text>
      ) : null}
      {l.kanAl ? <Text>Dit gaat al goed: {l.kanAl}</Text> : null}
      {l.hulpNodig ? <Text>Hier helpen we bij: {l.hulpNodig}</Text> : null}
      {l.doelen
        .filter((d) => d.status === "OPEN" || d.status === "BEZIG")
        .map((d) => {
          const acties = d.acties.filter((a) => !a.isHuiswerk && !a.afgerondOp);
          const huiswerk = d.acties.filter((a) => a.isHuiswerk && !a.afgerondOp);
          return (
            <View key={d.id} style={s.doel}>
              <Text style={{ fontFamily: "Helvetica-Bold" }}>Doel: {d.omschrijving}</Text>
              <Text style={s.klein}>
                {DOEL_STATUS_LABELS[d.status]}
                {d.streefdatum ? ` · klaar rond ${formatKalenderdatum(d.streefdatum)}` : ""}
              </Text>
              {acties.length > 0 ? <Text style={s.subkop}>Wie doet wat</Text> : null}
              {acties.map((a) => (
                <Regel key={a.id}>{`${wie(a)}: ${a.omschrijving}${wanneer(a)}`}</Regel>
              ))}
              {huiswerk.length > 0 ? <Text style={s.subkop}>Jouw huiswerk</Text> : null}
              {huiswerk.map((a) => (
                <Regel key={a.id}>{`${a.omschrijving}${wanneer(a)}`}</Regel>
              ))}
            </View>
          );
        })}
    </View>
  );
}

function PlanDocument({ plan, gemaaktDoor, vandaag }: { plan: PlanOverzicht; gemaaktDoor: string; vandaag: string }) {
  const versie = plan.versies[0];
  const metDoelen = plan.leefgebieden.filter((l) => l.doelen.some((d) => d.status === "OPEN" || d.status === "BEZIG"));
  const volgorde = [...metDoelen].sort((a, b) => Number(b.isFocus) - Number(a.isFocus));
  return (
    <Document title={`Plan van ${plan.inburgeraar.naam}`} author="Wegwijs" language="nl">
      <Page size="A4" style={s.pagina}>
        <Text style={s.titel}>Jouw plan</Text>
        <Text>{plan.inburgeraar.naam}</Text>
        <Text style={s.klein}>
          Gemeente {plan.inburgeraar.gemeente} · gemaakt op {formatKalenderdatum(vandaag)} door {gemaaktDoor}
        </Text>
        <Text style={s.klein}>
          {versie
            ? `Samen afgesproken op ${formatKalenderdatum(versie.akkoordOp)} (${AKKOORD_WIJZE_LABELS[versie.wijze].toLowerCase()}${versie.tolkTaal ? `, ${versie.tolkTaal}` : ""}).`
            : "Dit plan is nog niet samen afgesproken."}
          {versie && plan.gewijzigdSindsAkkoord ? " Het plan is daarna nog veranderd." : ""}
        </Text>
        {plan.focus ? (
          <View style={s.focus}>
            <Text>
              Hier werken we de komende tijd vooral aan: <Text style={{ fontFamily: "Helvetica-Bold" }}>{LEEFGEBIED_LABELS[plan.focus]}</Text>
            </Text>
          </View>
        ) : null}
        <View style={s.blok}>
          <Text style={s.kop}>Volgende afspraak</Text>
          <Text>
            {plan.volgendeAfspraak
              ? `${formatDatumTijd(plan.volgendeAfspraak.start)} · ${AFSPRAAK_TYPE_LABELS[plan.volgendeAfspraak.type]}${plan.volgendeAfspraak.locatie ? ` · ${plan.volgendeAfspraak.locatie}` : ""}`
              : "Nog niet gepland. We bellen of sturen een bericht."}
          </Text>
        </View>
        {volgorde.length === 0 ? (
          <View style={s.blok}>
            <Text>Er staan nog geen doelen in het plan.</Text>
          </View>
        ) : (
          volgorde.map((l) => <Leefgebied key={l.leefgebied} l={l} />)
        )}
        <Text style={[s.klein, { marginTop: 20 }]}>Vragen? Bel of app je begeleider. Neem dit plan mee naar de volgende afspraak.</Text>
      </Page>
    </Document>
  );
}

export async function planPdf(plan: PlanOverzicht, gemaaktDoor: string, vandaag: string): Promise<Buffer> {
  return renderToBuffer(<PlanDocument plan={plan} gemaaktDoor={gemaaktDoor} vandaag={vandaag} />);
}
