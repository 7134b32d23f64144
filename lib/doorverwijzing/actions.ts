"use server";

import { defineAction } from "@/lib/actions/kit";
import { dossierGewijzigd } from "@/lib/routes";
import { legDoorverwijzingVast, legUitkomstVast } from "./mutations";

export const legDoorverwijzingVastAction = defineAction({
  run: legDoorverwijzingVast,
  success: "De doorverwijzing is vastgelegd. Vul de uitkomst in zodra je die weet.",
  revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
});

export const legUitkomstVastAction = defineAction({
  run: legUitkomstVast,
  success: "De uitkomst is vastgelegd.",
  revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
});
