import { audit, auditGeweigerd } from "@/lib/audit";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { capaciteitCsv } from "@/lib/capaciteit/export";
import { getCapaciteitExport } from "@/lib/capaciteit/queries";
import { vandaag } from "@/lib/tijd";

/**
 * The capacity and ratio numbers as CSV (RFC 4180, UTF-8 with a BOM so
 * spreadsheets read the accents). Like a page: without a session to the login
 * page, with a temporary password to /wachtwoord, without the permission the
 * Dutch not-found answer (and the attempt in the audit trail).
 */
export async function GET() {
  const user = await requireUser();
  if (!can(user, "capaciteit:bekijken")) {
    await auditGeweigerd(user, { entiteit: "Pagina", entiteitId: "capaciteit:bekijken", reden: "geen-recht" });
    return new Response("Niet gevonden. Deze pagina bestaat niet, of je hebt er geen toegang toe.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const csv = capaciteitCsv(await getCapaciteitExport(user));
  await audit({ actie: "capaciteit.geexporteerd", gebruiker: user, entiteit: "Organisatie", entiteitId: user.organisatieId });
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="capaciteit-${vandaag()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
