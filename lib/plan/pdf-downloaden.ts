import "server-only";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/authz";
import { maakPdf } from "@/lib/pdf/document";
import { vandaag } from "@/lib/tijd";
import { planPdfInhoud } from "./pdf";
import { getPlan } from "./queries";

/** The PDF of a plan for one who sees the whole plan (a maatje gets "niet gevonden"); the download is audited. */
export async function planPdfVoor(user: SessionUser, inburgeraarId: string, nu: Date = new Date()): Promise<{ pdf: Buffer; bestandsnaam: string }> {
  const plan = await getPlan(user, inburgeraarId, nu);
  const pdf = await maakPdf(planPdfInhoud(plan, user.naam, vandaag(nu)));
  await audit({ actie: "plan.pdf-gedownload", gebruiker: user, entiteit: "Begeleidingsplan", inburgeraarId });
  const naam = plan.inburgeraar.naam.normalize("NFD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase();
  return { pdf, bestandsnaam: `plan-${naam || "inburgeraar"}-${vandaag(nu)}.pdf` };
}
