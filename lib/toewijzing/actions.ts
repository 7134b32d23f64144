"use server";

import { defineAction } from "@/lib/actions/kit";
import { dossierGewijzigd } from "@/lib/routes";
import { beeindigToewijzing, wijsToe } from "./mutations";

export const wijsToeAction = defineAction({
  run: wijsToe,
  success: "De toewijzing is opgeslagen.",
  revalidate: (_r, input) => dossierGewijzigd(String(input.inburgeraarId ?? "")),
});

export const beeindigToewijzingAction = defineAction({
  run: beeindigToewijzing,
  success: "De toewijzing is beëindigd.",
  revalidate: (_r, input) => dossierGewijzigd(String(input.inburgeraarId ?? "")),
});
