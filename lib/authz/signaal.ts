import type { Prisma } from "@/lib/db/generated/client";
import { can, inburgeraarScope } from "./policy";
import type { SessionUser } from "./user";
import { deelScope } from "./zicht";

/**
 * Who sees which signals. Signals are special-category data (decision 012):
 * - volledig:  begeleider and teamleider (signaal:opvolgen) for the people in
 *              their scope: category, urgency, text, follow-up, Meldcode;
 * - ontvangst: those who only report (a vrijwilliger): of their OWN reports
 *              only that it was received, when, and who picked it up — never
 *              the category, urgency, text, follow-up or Meldcode;
 * - geen:      everyone else. A consulent sees what was shared with the
 *              gemeente only as category, urgency and date, through the
 *              voortgang (gedeeldMetConsulentScope).
 */
export type SignaalZicht = "volledig" | "ontvangst" | "geen";

const NIETS: Prisma.SignaalWhereInput = { id: { in: [] } };

export function signaalZicht(user: Pick<SessionUser, "rol">): SignaalZicht {
  if (can(user, "signaal:opvolgen")) return "volledig";
  if (can(user, "signaal:melden")) return "ontvangst";
  return "geen";
}

/** The signals a user may load at all; what they may select of them follows from signaalZicht. */
export function signaalScope(user: SessionUser, now = new Date()): Prisma.SignaalWhereInput {
  switch (signaalZicht(user)) {
    case "volledig":
      return { inburgeraar: { AND: [inburgeraarScope(user, now), deelScope(user, "signalen", now)] } };
    case "ontvangst":
      return { gemeldDoorId: user.id, inburgeraar: inburgeraarScope(user, now) };
    case "geen":
      return NIETS;
  }
}

/**
 * The only fields of a signal a reporter without signaal:opvolgen may select:
 * that it was received (when) and who picked it up (when). Queries for the
 * "ontvangst" view select exactly this.
 */
export const SIGNAAL_ONTVANGST_SELECT = {
  id: true,
  createdAt: true,
  opgepaktOp: true,
  opgepaktDoor: { select: { naam: true } },
} as const satisfies Prisma.SignaalSelect;

/**
 * The signals the gemeente's consulent sees (category, urgency, date): shared
 * by the begeleider AND either the person's SIGNALEN consent is in force
 * (`consentPoort`, the dossier gate for "signalen") or it was shared on the
 * Meldcode's safety ground, which needs no consent (Wmo 2015 art. 5.2.6).
 */
export function gedeeldMetConsulentScope(consentPoort: Prisma.InburgeraarWhereInput): Prisma.SignaalWhereInput {
  return { gedeeldMetConsulent: true, OR: [{ gedeeldGrond: "VEILIGHEID" }, { inburgeraar: consentPoort }] };
}

/**
 * The dossiers whose "signalen" section the consulent sees: consent in force
 * (`consentPoort`), or at least one signal shared on the safety ground.
 * The same gate in SQL: lib/voortgang/queries.ts getVoortgang (keep the two alike).
 */
export function signaalSectiePoort(consentPoort: Prisma.InburgeraarWhereInput): Prisma.InburgeraarWhereInput {
  return { OR: [consentPoort, { signalen: { some: { gedeeldMetConsulent: true, gedeeldGrond: "VEILIGHEID" } } }] };
}
