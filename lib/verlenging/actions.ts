"use server";

import { defineAction } from "@/lib/actions/kit";
import { dossierGewijzigd, paden } from "@/lib/routes";
import { beoordeelVerlenging, vraagVerlengingAan } from "./mutations";

export const vraagVerlengingAanAction = defineAction({
  run: (user, input) => vraagVerlengingAan(user, String(input.inburgeraarId ?? ""), input),
  success: "De verlenging is aangevraagd. De teamleider beslist erover.",
  revalidate: (_r, input) => [...dossierGewijzigd(String(input.inburgeraarId ?? "")), { path: paden.verlengingen() }],
});

export const beoordeelVerlengingAction = defineAction({
  run: (user, input) => beoordeelVerlenging(user, String(input.verlengingId ?? ""), input),
  success: (_r, input) => (input.besluit === "GOEDGEKEURD" ? "De verlenging is goedgekeurd." : "De verlenging is afgewezen."),
  revalidate: (r) => [...dossierGewijzigd(r.inburgeraarId), { path: paden.verlengingen() }],
});
