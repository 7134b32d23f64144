import { audit } from "@/lib/audit";
import { beveiligdeDownload } from "@/lib/download";
import { socialeKaartCsv } from "@/lib/sociale-kaart/rules";
import { socialeKaartVoorExport } from "@/lib/sociale-kaart/queries";
import { vandaag } from "@/lib/tijd";

export const dynamic = "force-dynamic";

/**
 * The sociale kaart as CSV (RFC 4180, UTF-8 with a BOM so spreadsheets read
 * the accents), in the columns the import reads. Behind the session like every
 * download (lib/download): without the permission the not-found answer.
 */
export async function GET(request: Request) {
  return beveiligdeDownload(async (user) => {
    const gemeente = new URL(request.url).searchParams.get("gemeente")?.slice(0, 100) || null;
    const rijen = await socialeKaartVoorExport(user, gemeente);
    await audit({ actie: "sociale-kaart.geexporteerd", gebruiker: user, entiteit: "Organisatie", entiteitId: user.organisatieId, details: { aantal: rijen.length } });
    return new Response(`\uFEFF${socialeKaartCsv(rijen)}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="sociale-kaart-${vandaag()}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}
