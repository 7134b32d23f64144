import { inzageJsonVoor } from "@/lib/avg/downloaden";
import { beveiligdeDownload } from "@/lib/download";

export const dynamic = "force-dynamic";

/** The AVG inzage as JSON, behind the session; the policy and the audit are in lib/avg. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return beveiligdeDownload(async (user) => {
    const { json, bestandsnaam } = await inzageJsonVoor(user, id);
    return new Response(json, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${bestandsnaam.replace(/[^A-Za-z0-9._-]/g, "-")}"`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}
