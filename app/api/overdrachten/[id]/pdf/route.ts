import { beveiligdeDownload } from "@/lib/download";
import { getOverdracht } from "@/lib/overdracht/queries";
import { maakPdf, pdfHeaders } from "@/lib/pdf/document";
import { OVERDRACHT_TYPE_LABELS } from "@/lib/toestemming/labels";
import { formatDatum } from "@/lib/tijd";

export const dynamic = "force-dynamic";

/** An overdracht as PDF, for a receiver outside Wegwijs (a sociale-kaart organisation, the new gemeente). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return beveiligdeDownload(async (user) => {
    const o = await getOverdracht(user, id);
    const pdf = await maakPdf({
      titel: `${OVERDRACHT_TYPE_LABELS[o.type]}: ${o.inburgeraar.voornaam} ${o.inburgeraar.achternaam}`,
      ondertitel: `Van ${o.van.naam} aan ${o.naar}${o.verstuurdOp ? `, ${formatDatum(o.verstuurdOp)}` : ""}`,
      secties: [{ kop: "Overdracht", regels: o.samenvatting.split("\n") }],
      voet: "Gedeeld met toestemming van de inburgeraar. Vertrouwelijk: niet verder delen zonder die toestemming.",
    });
    return new Response(new Uint8Array(pdf), { headers: pdfHeaders(`overdracht-${o.id.slice(-6)}.pdf`) });
  });
}
