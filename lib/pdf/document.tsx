import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";

/**
 * One plain, printable PDF layout for what Wegwijs hands to people outside the
 * app (a voortgangsrapportage, an overdracht, the begeleidingsplan): a title, a
 * few sections of lines, and a footer that says what it is. Text only; no
 * images, no links. Modules describe their content (PdfInhoud) and never draw
 * a PDF themselves.
 */
export interface PdfSectie {
  kop: string;
  /** A short grey line under the heading (e.g. a score). */
  toelichting?: string;
  regels: string[];
  /** Framed blocks after the lines (a doel with who does what). */
  blokken?: PdfBlok[];
}

/** A framed block inside a section: a heading, a grey line, and lists of points. */
export interface PdfBlok {
  kop: string;
  toelichting?: string;
  lijsten: { kop: string; punten: string[] }[];
}

export interface PdfInhoud {
  titel: string;
  /** One line, or several short lines under the title. */
  ondertitel: string | string[];
  /** One sentence shown highlighted before the sections (the plan's focus). */
  uitgelicht?: string;
  secties: PdfSectie[];
  voet: string;
}

const stijl = StyleSheet.create({
  pagina: { padding: 40, paddingBottom: 56, fontSize: 11, fontFamily: "Helvetica", color: "#0f172a", lineHeight: 1.4 },
  titel: { fontSize: 18, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  ondertitel: { fontSize: 11, color: "#334155" },
  kopblok: { marginBottom: 16 },
  uitgelicht: { padding: 8, backgroundColor: "#eef7f8", borderRadius: 4, marginBottom: 12 },
  sectie: { marginBottom: 12 },
  kop: { fontSize: 13, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  toelichting: { fontSize: 10, color: "#475569", marginBottom: 2 },
  regel: { marginBottom: 2 },
  blok: { marginTop: 6, padding: 8, borderWidth: 1, borderColor: "#cbd5e1", borderRadius: 4 },
  blokKop: { fontFamily: "Helvetica-Bold" },
  lijstKop: { fontFamily: "Helvetica-Bold", marginTop: 6 },
  punt: { flexDirection: "row", marginTop: 2 },
  bolletje: { width: 14 },
  voet: { position: "absolute", bottom: 24, left: 40, right: 40, fontSize: 9, color: "#475569" },
});

function Blok({ blok }: { blok: PdfBlok }) {
  // Kept on one page unless it is too long for one (a long verslag in an inzage).
  const lang = blok.lijsten.reduce((n, l) => n + l.punten.reduce((m, p) => m + p.length + 60, 0), 0) > 2500;
  return (
    <View style={stijl.blok} wrap={lang ? undefined : false}>
      <Text style={stijl.blokKop}>{blok.kop}</Text>
      {blok.toelichting ? <Text style={stijl.toelichting}>{blok.toelichting}</Text> : null}
      {blok.lijsten
        .filter((l) => l.punten.length > 0)
        .map((l, i) => (
          <View key={i}>
            <Text style={stijl.lijstKop}>{l.kop}</Text>
            {l.punten.map((p, j) => (
              <View key={j} style={stijl.punt}>
                <Text style={stijl.bolletje}>•</Text>
                <Text style={{ flex: 1 }}>{p}</Text>
              </View>
            ))}
          </View>
        ))}
    </View>
  );
}

export function maakPdf(inhoud: PdfInhoud): Promise<Buffer> {
  const ondertitels = typeof inhoud.ondertitel === "string" ? [inhoud.ondertitel] : inhoud.ondertitel;
  return renderToBuffer(
    <Document title={inhoud.titel} author="Wegwijs" language="nl">
      <Page size="A4" style={stijl.pagina}>
        <View style={stijl.kopblok}>
          <Text style={stijl.titel}>{inhoud.titel}</Text>
          {ondertitels.map((o, i) => (
            <Text key={i} style={stijl.ondertitel}>
              {o}
            </Text>
          ))}
        </View>
        {inhoud.uitgelicht ? (
          <View style={stijl.uitgelicht}>
            <Text>{inhoud.uitgelicht}</Text>
          </View>
        ) : null}
        {inhoud.secties.map((s, i) => (
          // A section with blocks or many lines may be longer than a page: only short ones are kept together.
          <View key={i} style={stijl.sectie} wrap={s.blokken?.length || s.regels.length > 25 ? undefined : false}>
            <Text style={stijl.kop}>{s.kop}</Text>
            {s.toelichting ? <Text style={stijl.toelichting}>{s.toelichting}</Text> : null}
            {s.regels.map((r, j) => (
              <Text key={j} style={stijl.regel}>
                {r}
              </Text>
            ))}
            {s.blokken?.map((b, j) => <Blok key={j} blok={b} />)}
          </View>
        ))}
        <Text style={stijl.voet} fixed>
          {inhoud.voet}
        </Text>
      </Page>
    </Document>,
  );
}

/** Headers for a PDF that is personal data: never cached, always downloaded under a plain name. */
export function pdfHeaders(bestandsnaam: string): HeadersInit {
  const veilig = bestandsnaam.replace(/[^A-Za-z0-9._-]/g, "-");
  return {
    "Content-Type": "application/pdf",
    "Content-Disposition": `attachment; filename="${veilig}"`,
    "Cache-Control": "private, no-store",
  };
}
