import { beveiligdeDownload } from "@/lib/download";
import { pdfHeaders } from "@/lib/pdf/document";
import { planPdfVoor } from "@/lib/plan/pdf-downloaden";

export const dynamic = "force-dynamic";

/** The plan as a PDF download, behind the session like a page; the plan view is checked by the reader. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return beveiligdeDownload(async (user) => {
    const { pdf, bestandsnaam } = await planPdfVoor(user, id);
    return new Response(new Uint8Array(pdf), { headers: pdfHeaders(bestandsnaam) });
  });
}
