"use server";

import { defineAction } from "@/lib/actions/kit";
import { dossierGewijzigd, paden } from "@/lib/routes";
import { maakOverleg, rondOverlegActieAf, slaBesluitenOp, voegOverlegActieToe } from "./mutations";

export const maakOverlegAction = defineAction({
  arrays: ["deelnemerIds", "inburgeraarIds"],
  run: maakOverleg,
  success: "Het overleg is gepland.",
  revalidate: () => [{ path: paden.overleggen() }],
  redirect: (r) => paden.overleg(r.id),
});

export const slaBesluitenOpAction = defineAction({
  run: slaBesluitenOp,
  success: "De besluiten zijn opgeslagen.",
  revalidate: (r) => [{ path: paden.overleg(r.id) }],
});

export const voegOverlegActieToeAction = defineAction({
  run: voegOverlegActieToe,
  success: "De actie is toegevoegd. Ze staat nu in de caseload van wie het doet.",
  revalidate: (r) => [{ path: paden.overleg(r.id) }, ...dossierGewijzigd(r.inburgeraarId)],
});

export const rondOverlegActieAfAction = defineAction({
  run: rondOverlegActieAf,
  success: (_r, input) => (input.afgerond === "on" || input.afgerond === "true" ? "Gedaan. De actie is afgerond." : "De actie staat weer open."),
  revalidate: (r) => [{ path: paden.overleg(r.id) }, ...dossierGewijzigd(r.inburgeraarId)],
});
