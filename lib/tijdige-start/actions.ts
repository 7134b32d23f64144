"use server";

import { defineAction } from "@/lib/actions/kit";
import { dossierGewijzigd } from "@/lib/routes";
import { legInburgeringDatumsVast } from "./mutations";

export const legInburgeringDatumsVastAction = defineAction({
  run: legInburgeringDatumsVast,
  success: "De datums zijn opgeslagen. De begeleider ziet ze ook.",
  revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
});
