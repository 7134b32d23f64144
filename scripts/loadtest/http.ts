/**
 * HTTP as a browser does it, for the load test (scripts/loadtest.ts): signing
 * in with next-auth's credentials endpoint (with the demo TOTP code), and
 * calling a server action the way React's client does: a POST to the page's URL
 * with the `Next-Action` header (the action's id from the build's
 * server-reference manifest) and the arguments encoded as React's `encodeReply`
 * encodes `(prevState, formData)`.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD } from "../../lib/seed/accounts";
import { demoTweestapsCode } from "../../lib/seed/demo-tweestaps";

/** Cookies of one signed-in user, as a `Cookie` header. */
export interface Sessie {
  email: string;
  rol: string;
  cookie: string;
}

function cookiesUit(antwoord: Response, bestaand: Map<string, string>): Map<string, string> {
  for (const regel of antwoord.headers.getSetCookie()) {
    const [paar] = regel.split(";");
    const i = paar!.indexOf("=");
    if (i > 0) bestaand.set(paar!.slice(0, i).trim(), paar!.slice(i + 1).trim());
  }
  return bestaand;
}

const alsHeader = (cookies: Map<string, string>) => [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");

/** The name of next-auth's session cookie (`__Secure-`/`__Host-` prefixes only over https). */
export function heeftSessieCookie(cookie: string): boolean {
  return /(^|; )(__Secure-|__Host-)?next-auth\.session-token=/.test(cookie);
}

/**
 * Signs in over HTTP: csrf token, then the credentials callback with the
 * password and the demo account's current TOTP code (ignored for an account
 * without the app). Throws with a Dutch reason when no session came back.
 */
export async function inloggen(basis: string, email: string, rol: string): Promise<Sessie> {
  const cookies = new Map<string, string>();
  const csrf = await fetch(`${basis}/api/auth/csrf`);
  cookiesUit(csrf, cookies);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, code: demoTweestapsCode(email), callbackUrl: `${basis}/`, json: "true" });
  const antwoord = await fetch(`${basis}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: alsHeader(cookies) },
    body: form,
    redirect: "manual",
  });
  cookiesUit(antwoord, cookies);
  const cookie = alsHeader(cookies);
  if (antwoord.status >= 400 || !heeftSessieCookie(cookie)) throw new Error(`inloggen als ${email} mislukt (HTTP ${antwoord.status})`);
  // The session is in: the start page answers 200 (not the login page, not the second step).
  const start = await fetch(`${basis}/`, { headers: { cookie }, redirect: "manual" });
  await start.arrayBuffer();
  if (start.status !== 200) throw new Error(`${email}: startpagina gaf HTTP ${start.status} ${start.headers.get("location") ?? ""} (tweede stap of wachtwoord wijzigen?)`);
  return { email, rol, cookie };
}

interface ReferentieManifest {
  node: Record<string, { exportedName?: string; filename?: string; workers?: Record<string, unknown> }>;
}

/**
 * The id of a server action in this build: looked up in
 * `<distDir>/server/server-reference-manifest.json` by its file and export name.
 */
export function actieId(distDir: string, bestand: string, exportNaam: string): string {
  const pad = path.join(distDir, "server", "server-reference-manifest.json");
  if (!existsSync(pad)) throw new Error(`${pad} ontbreekt: is er een productiebuild (npm run build)?`);
  const manifest = JSON.parse(readFileSync(pad, "utf8")) as ReferentieManifest;
  const gevonden = Object.entries(manifest.node).filter(([, v]) => v.exportedName === exportNaam && (v.filename ?? "").replaceAll("\\", "/").endsWith(bestand));
  if (gevonden.length === 0) {
    // Older manifests name no file or export: fall back to the export name alone, if unique.
    throw new Error(`server-actie ${exportNaam} (${bestand}) niet gevonden in ${pad}`);
  }
  return gevonden[0]![0];
}

/**
 * The body React's client sends for `action(prevState, formData)`
 * (encodeReply): multipart, the form's fields as `_1_<naam>` and part `0`
 * holding the argument list `[prevState, "$K1"]`.
 */
export function actieBody(velden: Record<string, string | string[]>, prevState: unknown = { ok: false }): { body: string; contentType: string } {
  const grens = `----WegwijsLoadtest${randomBytes(8).toString("hex")}`;
  const delen: string[] = [];
  const deel = (naam: string, waarde: string) => delen.push(`--${grens}\r\nContent-Disposition: form-data; name="${naam}"\r\n\r\n${waarde}\r\n`);
  for (const [naam, waarde] of Object.entries(velden)) for (const w of Array.isArray(waarde) ? waarde : [waarde]) deel(`_1_${naam}`, w);
  deel("0", JSON.stringify([prevState, "$K1"]));
  return { body: `${delen.join("")}--${grens}--\r\n`, contentType: `multipart/form-data; boundary=${grens}` };
}

/** The headers a browser sends with a server action posted from `pagina`. */
export function actieHeaders(basis: string, id: string, sessie: Sessie, contentType: string): Record<string, string> {
  return {
    accept: "text/x-component",
    "next-action": id,
    "content-type": contentType,
    origin: basis,
    cookie: sessie.cookie,
  };
}

/**
 * The action's own result in its RSC answer: row 0 names the row that holds it
 * (`0:{"a":"$@1",…}`); the rest of the answer is the re-rendered page, which may
 * hold other `"ok":false` states (the forms' initial state).
 */
export function actieResultaat(body: string): string | null {
  const ref = /^0:\{"a":"\$@([0-9a-f]+)"/m.exec(body)?.[1];
  if (!ref) return null;
  return new RegExp(`^${ref}:(.*)$`, "m").exec(body)?.[1] ?? null;
}

/** null when the action answered with our ActionState `ok: true`; otherwise why not. */
export function actieKlaar(status: number, body: string): string | null {
  if (status !== 200) return `HTTP ${status}`;
  const resultaat = actieResultaat(body);
  if (!resultaat) return "geen actieresultaat";
  let state: { ok?: unknown; message?: unknown };
  try {
    state = JSON.parse(resultaat) as { ok?: unknown; message?: unknown };
  } catch {
    return "onleesbaar actieresultaat";
  }
  if (state.ok !== true) return `geweigerd: ${typeof state.message === "string" ? state.message.slice(0, 120) : "?"}`;
  return null;
}

/** The error page a server component renders when it throws (app/error.tsx), or the login page. */
export function isFoutPagina(body: string): boolean {
  return body.includes("Dit lag niet aan jou") || body.includes("NEXT_HTTP_ERROR_FALLBACK");
}
