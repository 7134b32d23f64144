import type { Rol } from "@/lib/db/generated/enums";
import type { SessionUser } from "./user";

/**
 * What a signed-in session must still do before it gets anything else
 * (docs/decisions/014). The one decision: lib/auth/session.ts asks it for every
 * page, layout, RSC request and route handler (requireUser) and for every
 * server action (requireActionUser, through the action kit), so a session in
 * the middle of signing in reaches nothing but the page and action of its step.
 *
 * The order:
 * 1. "tweestaps": the account has an authenticator app, and this session has
 *    not given a code (or a recovery code) yet. First, so a stolen password
 *    alone cannot even change the password.
 * 2. "wachtwoord": a temporary password must be replaced.
 * 3. "tweestaps-instellen": a role that must use two-factor sign-in has no
 *    authenticator app yet, and this session did not pass another second step
 *    (the identity provider's MFA): set it up now.
 */
export type SessieStap = "klaar" | "tweestaps" | "wachtwoord" | "tweestaps-instellen";

/** Roles that see special-category data must sign in with two steps; volunteers may choose to. */
const TWEESTAPS_VERPLICHT: Record<Rol, boolean> = {
  BEGELEIDER: true,
  TEAMLEIDER: true,
  CONSULENT: true,
  BEHEERDER: true,
  VRIJWILLIGER: false,
};

export function tweestapsVerplicht(user: Pick<SessionUser, "rol">): boolean {
  return TWEESTAPS_VERPLICHT[user.rol];
}

export function openStap(user: Pick<SessionUser, "rol" | "moetWachtwoordWijzigen" | "tweestapsIngesteld" | "tweestapsGedaan">): SessieStap {
  if (!user.tweestapsGedaan && user.tweestapsIngesteld) return "tweestaps";
  if (user.moetWachtwoordWijzigen) return "wachtwoord";
  if (!user.tweestapsGedaan && tweestapsVerplicht(user)) return "tweestaps-instellen";
  return "klaar";
}

/** May this user switch two-factor sign-in off again (only where it is a choice)? */
export function magTweestapsUitzetten(user: Pick<SessionUser, "rol">): boolean {
  return !tweestapsVerplicht(user);
}
