"use server";

import { defineAction } from "@/lib/actions/kit";
import { formDataToObject } from "@/lib/actions/form-data";
import { dossierGewijzigd, paden } from "@/lib/routes";
import { legToestemmingVast, trekToestemmingIn } from "./mutations";

export const legToestemmingVastAction = defineAction({
  // The scan travels as a File next to the text fields.
  read: (formData) => ({ ...formDataToObject(formData, ["onderwerpen"]), scan: formData.get("scan") }),
  run: legToestemmingVast,
  success: (r) => (r.isNieuw ? "De toestemming is vastgelegd. Vanaf nu ziet de ontvanger wat hieronder staat." : "Deze toestemming was al vastgelegd."),
  revalidate: (r) => [...dossierGewijzigd(r.inburgeraarId), { path: paden.toestemmingen() }],
});

export const trekToestemmingInAction = defineAction({
  arrays: ["toestemmingIds"],
  run: trekToestemmingIn,
  success: "De toestemming is ingetrokken. Vanaf de gekozen dag wordt er niets meer gedeeld.",
  revalidate: (r) => [...dossierGewijzigd(r.inburgeraarId), { path: paden.toestemmingen() }],
});
