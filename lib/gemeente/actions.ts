"use server";

import { defineAction } from "@/lib/actions/kit";
import { paden } from "@/lib/routes";
import { updateGemeenteInstellingen } from "./mutations";

export const updateGemeenteAction = defineAction({
  arrays: ["leefgebieden"],
  run: (user, input) => updateGemeenteInstellingen(user, String(input.id ?? ""), input),
  success: "De instellingen zijn opgeslagen.",
  revalidate: (_r, input) => [{ path: paden.beheerGemeenten() }, { path: paden.beheerGemeente(String(input.id ?? "")) }],
});
