import { inzagePdfVoor } from "@/lib/avg/downloaden";
import { beveiligdeDownload } from "@/lib/download";
import { pdfHeaders } from "@/lib/pdf/document";

export const dynamic = "force-dynamic";

/** The AVG inzage as a readable PDF, behind the session; the policy and the audit are in lib/avg. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return beveiligdeDownload(async (user) => {
    const { pdf, bestandsnaam } = await inzagePdfVoor(user, id);
    return new Response(new Uint8Array(pdf), { headers: pdfHeaders(bestandsnaam) });
  });
}
