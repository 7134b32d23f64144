"use server";

import { defineAction } from "@/lib/actions/kit";
import { AppError } from "@/lib/errors";
import { dossierGewijzigd, dossiersGewijzigd, paden } from "@/lib/routes";
import { formatDatumTijd } from "@/lib/tijd";
import { maakAgendaToken, trekAgendaTokenIn } from "@/lib/agenda/token";
import { logAfspraak, logGroepscontact, planAfspraak, wijzigAfspraak, type AfspraakResultaat } from "./mutations";
import { overlapWaarschuwing } from "./rules";

/** Extra state of the afspraak forms: the warning about overlapping afspraken (never a refusal). */
export type PlanExtra = { waarschuwing: string | null };

/** Extra state after logging a contact: what the confirmation shows and links to. */
export type LogExtra = {
  bevestiging: {
    afspraakId: string;
    inburgeraarId: string;
    /** The planned afspraak "volgend contact" became. */
    volgende: { id: string; wanneer: string } | null;
    waarschuwing: string | null;
  };
  /** The AppError code of a refusal (CONFLICT, NIET_INGELOGD …), so a queued send knows what to do. */
  code: string;
};

function logBevestiging(r: AfspraakResultaat) {
  const volgende = r.volgende ? { id: r.volgende.id, wanneer: formatDatumTijd(r.volgende.start) } : null;
  return {
    message: volgende ? `Het contact is vastgelegd. Volgend contact: ${volgende.wanneer}.` : "Het contact is vastgelegd.",
    bevestiging: { afspraakId: r.id, inburgeraarId: r.inburgeraarId, volgende, waarschuwing: overlapWaarschuwing(r.overlap ?? []) },
  };
}

/** Refusals keep their code, so the offline queue can tell "log in again" from "changed meanwhile". */
const metCode = (error: unknown) => (error instanceof AppError ? { ok: false, message: error.message, code: error.code } : undefined);

export const planAfspraakAction = defineAction<AfspraakResultaat, PlanExtra>({
  run: planAfspraak,
  success: (r) => ({ message: "De afspraak is gepland.", waarschuwing: overlapWaarschuwing(r.overlap ?? []) }),
  revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
});

export const wijzigAfspraakAction = defineAction<AfspraakResultaat, PlanExtra>({
  run: wijzigAfspraak,
  success: (r) => ({ message: "De afspraak is gewijzigd.", waarschuwing: overlapWaarschuwing(r.overlap ?? []) }),
  revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
});

export const logAfspraakAction = defineAction<AfspraakResultaat, LogExtra>({
  arrays: ["leefgebieden", "checklistItemIds", "doelIds"],
  run: logAfspraak,
  success: logBevestiging,
  // No revalidation, so the answer is the result alone, not the page re-rendered (decision 020):
  // the contact is logged in front of the person, often on a phone, and is the most frequent write.
  // Every other page is dynamic and read fresh when opened; the form itself fetches its page again
  // when the save changed what that page shows (components/afspraak/log-form.tsx), and the offline
  // queue refreshes the page it sent from (components/offline/wachtrij-balk.tsx).
  // No redirect: the confirmation stays in view with "Volgende afspraak plannen",
  // and the offline queue sends through this same action.
  onError: metCode,
});

export const logGroepscontactAction = defineAction({
  arrays: ["inburgeraarIds", "leefgebieden"],
  run: logGroepscontact,
  success: (r) => `Het groepscontact is vastgelegd bij ${r.inburgeraarIds.length} personen.`,
  revalidate: (r) => dossiersGewijzigd(r.inburgeraarIds),
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
