import { audit, auditGeweigerd } from "@/lib/audit";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { socialeKaartCsv } from "@/lib/sociale-kaart/rules";
import { socialeKaartVoorExport } from "@/lib/sociale-kaart/queries";
import { vandaag } from "@/lib/tijd";

/**
 * The sociale kaart as CSV (RFC 4180, UTF-8 with a BOM so spreadsheets read
 * the accents), in the columns the import reads. Like a page: without a
 * session to the login page, without the permission the Dutch not-found answer.
 */
export async function GET(request: Request) {
  const user = await requireUser();
  if (!can(user, "sociale-kaart:lezen")) {
    await auditGeweigerd(user, { entiteit: "Pagina", entiteitId: "sociale-kaart:lezen", reden: "geen-recht" });
    return new Response("Niet gevonden. Deze pagina bestaat niet, of je hebt er geen toegang toe.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const gemeente = new URL(request.url).searchParams.get("gemeente")?.slice(0, 100) || null;
  const rijen = await socialeKaartVoorExport(user, gemeente);
  await audit({ actie: "sociale-kaart.geexporteerd", gebruiker: user, entiteit: "Organisatie", entiteitId: user.organisatieId, details: { aantal: rijen.length } });
  return new Response(`\uFEFF${socialeKaartCsv(rijen)}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="sociale-kaart-${vandaag()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
