import { audit } from "@/lib/audit";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { capaciteitCsv } from "@/lib/capaciteit/export";
import { getCapaciteitExport } from "@/lib/capaciteit/queries";
import { vandaag } from "@/lib/tijd";

/** The capacity and ratio numbers as CSV (RFC 4180, UTF-8 with BOM so spreadsheets read the accents). */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return new Response("Je bent niet (meer) ingelogd.", { status: 401 });
  if (!can(user, "capaciteit:bekijken")) return new Response("Niet gevonden.", { status: 404 });
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
