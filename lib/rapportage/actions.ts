"use server";

import { defineAction } from "@/lib/actions/kit";
import { dossierGewijzigd, paden } from "@/lib/routes";
import { deelRapportage } from "./mutations";

export const deelRapportageAction = defineAction({
  run: deelRapportage,
  success: (r) => (r.isNieuw ? `Versie ${r.versie} is gedeeld met de consulent.` : `Versie ${r.versie} was al gedeeld.`),
  revalidate: (r) => [...dossierGewijzigd(r.inburgeraarId), { path: paden.rapportage(r.id) }],
});
