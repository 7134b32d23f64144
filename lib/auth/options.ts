import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { clientIp, getRequestContext } from "@/lib/request-context";
import { authCookies } from "./cookies";
import { beeindigSessie, startSessie } from "./session";
import { authenticate } from "./sign-in";
import { idpDeedMfa } from "./idp-mfa";
import { controleerTweedeStap } from "@/lib/tweestaps/mutations";
import type { TweestapsMethode } from "@/lib/db/generated/enums";

declare module "next-auth/jwt" {
  interface JWT {
    /** Our Sessie id; everything else about the user is loaded per request. */
    sid?: string;
  }
}

/** What authorize() hands to the jwt callback: the user, and the second step when the code came with the password. */
type Aangemeld = { id: string; tweestaps?: TweestapsMethode | null };

const providers: NextAuthOptions["providers"] = [
  CredentialsProvider({
    id: "credentials",
    name: "E-mail en wachtwoord",
    // `code` is optional: without it the session starts before the second step and the app asks for it
    // (/tweestaps); with it (scripts, the e2e suite's HTTP sign-in) it is checked here, with the same limit.
    credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
    async authorize(credentials, req) {
      const headers = new Headers(req?.headers as Record<string, string> | undefined);
      const ip = clientIp(headers);
      const result = await authenticate(credentials, ip);
      // next-auth hands the error text to the form as `error`; it is a code, not a message.
      if (!result.ok) throw new Error(result.reden);
      const code = typeof credentials?.code === "string" ? credentials.code.trim().slice(0, 40) : "";
      if (!code) return { id: result.gebruikerId } satisfies Aangemeld;
      const tweede = await controleerTweedeStap(result.gebruikerId, code, ip);
      // No app set up: the code means nothing; the session goes on as without one (to enrolment where required).
      if (!tweede.ok && tweede.reden === "NIET_INGESTELD") return { id: result.gebruikerId } satisfies Aangemeld;
      if (!tweede.ok) throw new Error(tweede.reden === "ONJUIST" ? "CODE_ONJUIST" : tweede.reden);
      return { id: result.gebruikerId, tweestaps: tweede.methode } satisfies Aangemeld;
    },
  }),
];

// Municipalities bring their own identity provider. Users are never created by
// it: a beheerder makes the account, the first OIDC sign-in links it by e-mail.
if (env.isOidcEnabled) {
  providers.push({
    id: "oidc",
    name: env.OIDC_NAME,
    type: "oauth",
    wellKnown: `${env.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile(profile: { sub: string; email?: string; name?: string }) {
      return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? null };
    },
  });
}

async function gebruikerVoorOidc(sub: string, email: string | null | undefined) {
  const bySub = await db().gebruiker.findUnique({ where: { externeId: sub }, select: { id: true, actief: true } });
  if (bySub) return bySub.actief ? bySub.id : null;
  if (!email) return null;
  const byEmail = await db().gebruiker.findFirst({
    where: { email: email.toLowerCase(), externeId: null, actief: true },
    select: { id: true },
  });
  if (!byEmail) return null;
  await db().gebruiker.update({ where: { id: byEmail.id }, data: { externeId: sub } });
  return byEmail.id;
}

export const authOptions: NextAuthOptions = {
  // A getter: read at the first request, so `npm run build` needs no secret (lib/env.ts).
  get secret() {
    return env.NEXTAUTH_SECRET;
  },
  providers,
  useSecureCookies: env.isHttps,
  cookies: authCookies(env.isHttps),
  // The cookie may live a day at most; the session's real end (idle timeout, absolute lifetime per
  // organisation, sign-out) is decided in the database on every request (lib/auth/session.ts).
  session: { strategy: "jwt", maxAge: 24 * 3600 },
  pages: { signIn: "/login", error: "/login" },
  logger: {
    error: (code, metadata) => logger.error({ code, metadata }, "next-auth"),
    warn: (code) => logger.warn({ code }, "next-auth"),
    debug: () => {},
  },
  callbacks: {
    async signIn({ account, user }) {
      if (account?.provider !== "oidc") return true;
      return Boolean(await gebruikerVoorOidc(account.providerAccountId, user.email));
    },
    async jwt({ token, user, account, profile }) {
      if (user && account) {
        const oidc = account.provider === "oidc";
        const gebruikerId = oidc ? await gebruikerVoorOidc(account.providerAccountId, user.email) : user.id;
        if (!gebruikerId) throw new Error("GEEN_ACCOUNT");
        const ctx = await getRequestContext();
        // The identity provider's MFA counts as the second step (amr/acr in the ID token); otherwise Wegwijs asks for its code.
        const tweestaps = oidc ? (idpDeedMfa(profile) ? "IDP" : null) : ((user as Aangemeld).tweestaps ?? null);
        // Keep the token minimal: no name, e-mail or role in the cookie.
        return { sid: await startSessie(gebruikerId, ctx.ip, ctx.userAgent, new Date(), tweestaps) };
      }
      return token;
    },
    async session({ session }) {
      // The browser gets nothing beyond the expiry; pages load the user server-side.
      return { expires: session.expires };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) {
        await beeindigSessie(token.sid);
        await audit({ actie: "logout", entiteit: "Sessie", entiteitId: token.sid });
      }
    },
  },
};
