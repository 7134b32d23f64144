"use server";

import { defineAction } from "@/lib/actions/kit";
import { dossierGewijzigd, paden } from "@/lib/routes";
import { ontvangOverdracht, verstuurOverdracht } from "./mutations";

export const verstuurOverdrachtAction = defineAction({
  run: verstuurOverdracht,
  success: (r) => (r.isNieuw ? "De overdracht is verstuurd." : "Deze overdracht was al verstuurd."),
  revalidate: (r) => [...dossierGewijzigd(r.inburgeraarId), { path: paden.overdrachten() }],
  redirect: (r) => `${paden.overdracht(r.id)}?verstuurd=1`,
});

export const ontvangOverdrachtAction = defineAction({
  run: ontvangOverdracht,
  success: "Je hebt de overdracht ontvangen. De afzender ziet dat.",
  revalidate: (r) => [...dossierGewijzigd(r.inburgeraarId), { path: paden.overdrachten() }, { path: paden.overdracht(r.id) }],
});
