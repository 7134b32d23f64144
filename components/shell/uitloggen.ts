/**
 * Signing out from the browser, without next-auth/react (which costs a phone
 * ~12 kB gzip with its Babel helpers on every page, for one function). It does
 * what next-auth's `signOut({ callbackUrl })` does: fetch a CSRF token, POST
 * the sign-out form to next-auth's own endpoint, so the server ends the
 * session (cookie cleared, `events.signOut` in lib/auth/options.ts revokes the
 * session row and writes the audit line), then open the page next-auth names.
 * No SessionProvider runs in Wegwijs, so there is no other tab to notify.
 * Like next-auth's, it rejects when the server cannot be reached: then nothing
 * navigates and the session stays as it was.
 */
const AUTH_PAD = "/api/auth";

export async function uitloggen(callbackUrl = "/login"): Promise<void> {
  const csrf = (await (await fetch(`${AUTH_PAD}/csrf`, { cache: "no-store" })).json()) as { csrfToken?: string };
  const antwoord = await fetch(`${AUTH_PAD}/signout`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: csrf.csrfToken ?? "", callbackUrl, json: "true" }),
  });
  const data = (await antwoord.json()) as { url?: string };
  const bestemming = data.url ?? callbackUrl;
  window.location.href = bestemming;
  if (bestemming.includes("#")) window.location.reload();
}
