"use server";

import { defineAction } from "@/lib/actions/kit";
import { dossierGewijzigd, paden } from "@/lib/routes";
import { maakAgendaToken, trekAgendaTokenIn } from "@/lib/agenda/token";
import { logAfspraak, planAfspraak } from "./mutations";

export const planAfspraakAction = defineAction({
  run: planAfspraak,
  success: "De afspraak is gepland.",
  revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
});

export const logAfspraakAction = defineAction({
  arrays: ["leefgebieden", "checklistItemIds", "doelIds"],
  run: logAfspraak,
  success: "Het contact is gelogd.",
  revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
  // A planned afspraak was logged from its own form: back to the list.
  redirect: (r, input) => (input.afspraakId ? `${paden.dossierTab(r.inburgeraarId, "afspraken")}?gelogd=1` : null),
});

/** The plain token is shown once, in this answer; the database keeps only its hash. */
export const maakAgendaTokenAction = defineAction<string, { token: string }>({
  run: (user) => maakAgendaToken(user),
  success: (token) => ({
    message: "Je nieuwe agenda-link staat hieronder. Kopieer hem nu: je ziet hem maar één keer. Een eerdere link werkt niet meer.",
    token,
  }),
  revalidate: () => [{ path: paden.agenda() }],
});

export const trekAgendaTokenInAction = defineAction({
  run: (user) => trekAgendaTokenIn(user),
  success: "Het agenda-abonnement is uitgezet. De link werkt niet meer.",
  revalidate: () => [{ path: paden.agenda() }],
});
