"use server";

import { defineAction } from "@/lib/actions/kit";
import { paden } from "@/lib/routes";
import { resetTweestaps, stelTweestapsIn, vernieuwHerstelcodes, voltooiTweedeStap, zetTweestapsUit } from "./mutations";

/** Recovery codes are shown once, in the answer to the person who made them. */
export type Herstelcodes = { herstelcodes: string[] };

/** The second step of signing in: the one action (with enrolment) a session at that step may run. */
export const voltooiTweedeStapAction = defineAction({
  stap: "tweestaps",
  run: voltooiTweedeStap,
  success: (r) =>
    r.herstelcodesOver === null
      ? "Gelukt. Je bent ingelogd."
      : `Gelukt met een herstelcode. Je hebt er nog ${r.herstelcodesOver} over. Maak nieuwe herstelcodes bij Mijn account.`,
  revalidate: () => [{ path: paden.home(), type: "layout" }],
  redirect: (r) => (r.herstelcodesOver === null ? paden.home() : paden.account()),
});

export const stelTweestapsInAction = defineAction<Awaited<ReturnType<typeof stelTweestapsIn>>, Herstelcodes>({
  stap: "tweestaps-instellen",
  run: stelTweestapsIn,
  success: (r) => ({ message: "Je app is gekoppeld. Bewaar nu je herstelcodes.", herstelcodes: r.herstelcodes }),
  revalidate: () => [{ path: paden.home(), type: "layout" }],
});

export const vernieuwHerstelcodesAction = defineAction<Awaited<ReturnType<typeof vernieuwHerstelcodes>>, Herstelcodes>({
  run: (user) => vernieuwHerstelcodes(user),
  success: (r) => ({ message: "Je nieuwe herstelcodes staan hieronder. De oude werken niet meer.", herstelcodes: r.herstelcodes }),
});

export const zetTweestapsUitAction = defineAction({
  run: (user) => zetTweestapsUit(user),
  success: "Inloggen in twee stappen staat uit.",
  revalidate: () => [{ path: paden.account() }],
});

export const resetTweestapsAction = defineAction({
  run: resetTweestaps,
  success: (r) => `Inloggen in twee stappen van ${r.naam} is gereset. Bij de volgende keer inloggen stelt ${r.naam} de app opnieuw in.`,
  revalidate: (_r, input) => [{ path: paden.beheerGebruiker(String(input.id ?? "")) }],
});
