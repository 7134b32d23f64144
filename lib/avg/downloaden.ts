import "server-only";
import type { SessionUser } from "@/lib/authz";
import { maakPdf } from "@/lib/pdf/document";
import { vandaag } from "@/lib/tijd";
import { maakInzage } from "./inzage";
import { inzagePdfInhoud } from "./rules";

/** The inzage as a JSON file: all data, machine-readable (also art. 20, portability). */
export async function inzageJsonVoor(user: SessionUser, inburgeraarId: string): Promise<{ json: string; bestandsnaam: string }> {
  const inzage = await maakInzage(user, inburgeraarId, "json");
  return { json: JSON.stringify(inzage, null, 2), bestandsnaam: `inzage-${inburgeraarId}-${vandaag()}.json` };
}

/** The same inzage as a readable PDF. */
export async function inzagePdfVoor(user: SessionUser, inburgeraarId: string): Promise<{ pdf: Buffer; bestandsnaam: string }> {
  const inzage = await maakInzage(user, inburgeraarId, "pdf");
  return { pdf: await maakPdf(inzagePdfInhoud(inzage, user.organisatieNaam)), bestandsnaam: `inzage-${inburgeraarId}-${vandaag()}.pdf` };
}
