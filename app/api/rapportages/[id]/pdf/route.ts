import { beveiligdeDownload } from "@/lib/download";
import { maakPdf, pdfHeaders } from "@/lib/pdf/document";
import { getRapportage } from "@/lib/rapportage/queries";
import { rapportageRegels } from "@/lib/rapportage/regels";
import { formatDatum } from "@/lib/tijd";

export const dynamic = "force-dynamic";

/** A shared voortgangsrapportage as PDF, with only the sections the reader may see today. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return beveiligdeDownload(async (user) => {
    const r = await getRapportage(user, id, { pdf: true });
    const pdf = await maakPdf({
      titel: `Voortgangsrapportage ${r.inhoud.naam}`,
      ondertitel: `Gemeente ${r.inhoud.gemeente} · versie ${r.versie} · gedeeld door ${r.gedeeldDoor.naam} op ${formatDatum(r.gedeeldOp)}`,
      secties: rapportageRegels(r.inhoud, r.toelichting),
      voet: "Gemaakt met Wegwijs uit wat de begeleiding vastlegde, binnen de toestemming van de inburgeraar. Vertrouwelijk.",
    });
    return new Response(new Uint8Array(pdf), { headers: pdfHeaders(`voortgangsrapportage-v${r.versie}.pdf`) });
  });
}
