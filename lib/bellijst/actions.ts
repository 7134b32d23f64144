"use server";

import { defineAction } from "@/lib/actions/kit";
import { dossierGewijzigd, paden } from "@/lib/routes";
import { logBelpoging } from "./mutations";

export const logBelpogingAction = defineAction({
  run: logBelpoging,
  success: (r) =>
    r.naarBegeleider
      ? `Vastgelegd. ${r.voornaam} is drie keer op rij niet bereikt: ${r.begeleider ? `${r.begeleider} ziet dit nu` : "de begeleider ziet dit nu"} bij Mijn inburgeraars.`
      : `Vastgelegd. ${r.voornaam} staat weer op de bellijst als het volgende belmoment er is.`,
  revalidate: (r) => [{ path: paden.bellijst() }, { path: paden.home() }, ...dossierGewijzigd(r.inburgeraarId)],
});
