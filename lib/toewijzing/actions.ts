"use server";

import { defineAction } from "@/lib/actions/kit";
import { dossierGewijzigd, paden } from "@/lib/routes";
import { beeindigToewijzing, markeerOverdrachtGelezen, wijsToe, zetMaatjeWens } from "./mutations";

export const wijsToeAction = defineAction({
  run: wijsToe,
  success: "De toewijzing is opgeslagen.",
  revalidate: (_r, input) => [...dossierGewijzigd(String(input.inburgeraarId ?? "")), { path: paden.wachtlijst() }, { path: paden.bellijst() }],
});

export const beeindigToewijzingAction = defineAction({
  run: beeindigToewijzing,
  success: "De toewijzing is beëindigd.",
  revalidate: (_r, input) => dossierGewijzigd(String(input.inburgeraarId ?? "")),
});

export const zetMaatjeWensAction = defineAction({
  run: zetMaatjeWens,
  success: (r) => (r.gewenst ? "Vastgelegd: wil graag een maatje. Tot er een is, staat dit op de wachtlijst." : "Vastgelegd: wil geen maatje."),
  revalidate: (r) => [...dossierGewijzigd(r.inburgeraarId), { path: paden.wachtlijst() }],
});

export const markeerOverdrachtGelezenAction = defineAction({
  run: markeerOverdrachtGelezen,
  success: "Gelezen. De notitie blijft hier te lezen.",
  revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
});
