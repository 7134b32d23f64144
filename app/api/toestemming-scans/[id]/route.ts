import { beveiligdeDownload } from "@/lib/download";
import { getScan } from "@/lib/toestemming/queries";

export const dynamic = "force-dynamic";

/** The scan of a signed consent form: only for who may see the dossier's consents; audited. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return beveiligdeDownload(async (user) => {
    const scan = await getScan(user, id);
    return new Response(Buffer.from(scan.inhoud), {
      headers: {
        "content-type": scan.mimeType,
        "content-disposition": `attachment; filename="${scan.bestandsnaam.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  });
}
