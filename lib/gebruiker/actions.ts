"use server";

import { defineAction } from "@/lib/actions/kit";
import { paden } from "@/lib/routes";
import { createGebruiker, resetWachtwoord, setGebruikerActief, wijzigEigenWachtwoord } from "./mutations";
import { wijzigGebruiker } from "./wijzigen";

/** A temporary password is shown once, in the answer to the beheerder who made it. */
export type TijdelijkWachtwoord = { wachtwoord: string; naam: string };

export const createGebruikerAction = defineAction<Awaited<ReturnType<typeof createGebruiker>>, TijdelijkWachtwoord>({
  arrays: ["gemeenteIds"],
  run: createGebruiker,
  success: (r) => ({ message: `Account voor ${r.naam} is aangemaakt.`, naam: r.naam, wachtwoord: r.wachtwoord }),
  revalidate: () => [{ path: paden.beheer() }],
});

export const setGebruikerActiefAction = defineAction({
  run: (user, input) => setGebruikerActief(user, String(input.id ?? ""), input.actief === "true"),
  success: (_r, input) => (input.actief === "true" ? "Account is weer actief." : "Account is uitgeschakeld."),
  revalidate: () => [{ path: paden.beheer() }],
});

export const resetWachtwoordAction = defineAction<Awaited<ReturnType<typeof resetWachtwoord>>, TijdelijkWachtwoord>({
  run: (user, input) => resetWachtwoord(user, String(input.id ?? "")),
  success: (r) => ({ message: `Nieuw tijdelijk wachtwoord voor ${r.naam}.`, naam: r.naam, wachtwoord: r.wachtwoord }),
});

export const wijzigWachtwoordAction = defineAction({
  // The one action a session with a temporary password may run.
  tijdelijkWachtwoordToegestaan: true,
  run: wijzigEigenWachtwoord,
  success: "Je wachtwoord is gewijzigd.",
  revalidate: () => [{ path: paden.home(), type: "layout" }],
});

export const wijzigGebruikerAction = defineAction({
  arrays: ["gemeenteIds"],
  run: wijzigGebruiker,
  success: (r) => (r.velden.length ? "De gegevens zijn opgeslagen." : "Er was niets veranderd."),
  revalidate: (r) => [{ path: paden.beheer() }, { path: paden.beheerGebruiker(r.id) }],
});
