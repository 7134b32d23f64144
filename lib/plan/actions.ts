"use server";

import { defineAction } from "@/lib/actions/kit";
import { meetmomentNaam } from "./rules";
import { dossierGewijzigd, paden } from "@/lib/routes";
import { rondActieAf } from "./actie-afronden";
import { legMeetmomentVast } from "./meetmoment-vastleggen";
import { legAkkoordVast } from "./plan-akkoord";
import { bewerkDoel, bewerkLeefgebied, kiesFocus, voegActieToe, voegDoelToe } from "./plan-bewerken";
import { leesMeetmomentForm } from "./schema";

export const bewerkLeefgebiedAction = defineAction({
  run: bewerkLeefgebied,
  success: "Het leefgebied is bijgewerkt.",
  revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
});

export const kiesFocusAction = defineAction({
  run: kiesFocus,
  success: "De focus voor de komende periode is opgeslagen.",
  revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
});

export const voegDoelToeAction = defineAction({
  run: voegDoelToe,
  success: "Het doel is toegevoegd.",
  revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
});

export const bewerkDoelAction = defineAction({
  run: bewerkDoel,
  success: "Het doel is bijgewerkt.",
  revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
});

export const voegActieToeAction = defineAction({
  run: voegActieToe,
  success: "De actie is toegevoegd.",
  revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
});

export const rondActieAfAction = defineAction({
  run: rondActieAf,
  success: (_r, input) => (input.afgerond === "on" || input.afgerond === "true" ? "Gedaan. Goed bezig!" : "Weer open gezet."),
  revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
});

export const legMeetmomentVastAction = defineAction({
  read: leesMeetmomentForm,
  run: legMeetmomentVast,
  success: (r) => `${meetmomentNaam(r.maand)} is vastgelegd.`,
  revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
  redirect: (r) => `${paden.plan(r.inburgeraarId)}?vastgelegd=${r.maand}`,
});

export const legAkkoordVastAction = defineAction({
  run: legAkkoordVast,
  success: (r) => `Het akkoord is vastgelegd als versie ${r.nummer}.`,
  revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
});
