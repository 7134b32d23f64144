"use server";

import { defineAction } from "@/lib/actions/kit";
import { paden } from "@/lib/routes";
import { wijzigEigenProfiel, wijzigVrijwilligerProfiel } from "./mutations";

export const wijzigVrijwilligerProfielAction = defineAction({
  arrays: ["taken", "gemeenteIds", "voorkeurDoelgroepen"],
  run: wijzigVrijwilligerProfiel,
  success: (r) => (r.velden.length ? "Het profiel is opgeslagen." : "Er was niets veranderd."),
  revalidate: (r) => [{ path: paden.vrijwilligers() }, { path: paden.vrijwilliger(r.id) }, { path: paden.home() }],
});

export const wijzigEigenProfielAction = defineAction({
  run: wijzigEigenProfiel,
  success: (r) => (r.velden.length ? "Je profiel is opgeslagen. Je teamleider ziet het meteen." : "Er was niets veranderd."),
  revalidate: () => [{ path: paden.profiel() }],
});
