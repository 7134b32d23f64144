"use server";

import { defineAction } from "@/lib/actions/kit";
import { paden } from "@/lib/routes";
import { beeindigAndereSessie, overalUitloggen, wijzigSessieInstellingen } from "./mutations";

export const beeindigAndereSessieAction = defineAction({
  run: beeindigAndereSessie,
  success: "Die sessie is beëindigd. Daar moet opnieuw worden ingelogd.",
  revalidate: () => [{ path: paden.account() }],
});

export const overalUitloggenAction = defineAction({
  run: (user) => overalUitloggen(user),
  success: "Je bent overal uitgelogd.",
  // This session ended too: the login page.
  redirect: () => paden.login(),
});

export const wijzigSessieInstellingenAction = defineAction({
  run: wijzigSessieInstellingen,
  success: "De sessie-instellingen zijn opgeslagen. Ze gelden vanaf nu voor iedereen in je organisatie.",
  revalidate: () => [{ path: paden.home() }],
});
