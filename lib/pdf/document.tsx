import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";

/**
 * One plain, printable PDF layout for what Wegwijs hands to people outside the
 * app (a voortgangsrapportage, an overdracht): a title, a few sections of
 * lines, and a footer that says what it is. Text only; no images, no links.
 */
export interface PdfSectie {
  kop: string;
  regels: string[];
}

export interface PdfInhoud {
  titel: string;
  ondertitel: string;
  secties: PdfSectie[];
  voet: string;
}

const stijl = StyleSheet.create({
  pagina: { padding: 40, fontSize: 11, fontFamily: "Helvetica", color: "#0f172a", lineHeight: 1.4 },
  titel: { fontSize: 18, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  ondertitel: { fontSize: 11, color: "#334155", marginBottom: 16 },
  sectie: { marginBottom: 12 },
  kop: { fontSize: 13, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  regel: { marginBottom: 2 },
  voet: { position: "absolute", bottom: 24, left: 40, right: 40, fontSize: 9, color: "#475569" },
});

export function maakPdf(inhoud: PdfInhoud): Promise<Buffer> {
  return renderToBuffer(
    <Document title={inhoud.titel} author="Wegwijs" language="nl">
      <Page size="A4" style={stijl.pagina}>
        <Text style={stijl.titel}>{inhoud.titel}</Text>
        <Text style={stijl.ondertitel}>{inhoud.ondertitel}</Text>
        {inhoud.secties.map((s, i) => (
          <View key={i} style={stijl.sectie} wrap={false}>
            <Text style={stijl.kop}>{s.kop}</Text>
            {s.regels.map((r, j) => (
              <Text key={j} style={stijl.regel}>
                {r}
              </Text>
            ))}
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
