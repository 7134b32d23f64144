import { z } from "zod";

/**
 * The one place that reads process.env. Parsed once, at start-up; a bad value
 * stops the app with a message that names the variable.
 */
const isProduction = process.env.NODE_ENV === "production";

// Development and test get fixed, clearly-labelled defaults so `npm run dev`
// works on a fresh clone. Production must bring its own (checked below).
const DEV_SECRET = "wegwijs-dev-only-secret-do-not-use-in-production-000";
const DEV_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "moet beginnen met postgresql://")
        .optional(),
    ),
    PGLITE_DIR: z.string().default("./data/pglite"),
    /** Only for messages; `next dev/start` read PORT themselves. */
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    NEXTAUTH_SECRET: optionalString,
    NEXTAUTH_URL: optionalString,
    WEGWIJS_ENCRYPTION_KEY: optionalString,
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(12),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(20),
    LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
    /**
     * Reverse proxies in front of the app that append to X-Forwarded-For. 0: the
     * app is reached directly and the client address is the socket address.
     */
    TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(10).default(0),
    OIDC_ISSUER: optionalString,
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    OIDC_NAME: z.string().default("Inloggen via je organisatie"),
    /** Folder with pg_dump and pg_restore (npm run db:backup / db:restore); default: found automatically. */
    PG_BIN: optionalString,
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /**
     * Also write every log line, at debug level, and everything the server prints to this file
     * (the e2e leak crawl reads it: no personal data may ever reach a log).
     */
    LOG_FILE: optionalString,
    /** Fill an empty database with demo data at start (never in production unless asked). */
    SEED_DEMO: z
      .enum(["true", "false"])
      .default(isProduction ? "false" : "true")
      .transform((v) => v === "true"),
    APP_VERSION: z.string().default(process.env.npm_package_version ?? "0.0.0"),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "zet OIDC_ISSUER, OIDC_CLIENT_ID en OIDC_CLIENT_SECRET alle drie, of geen van drieën",
      });
    }
    // A secret that is given must be strong enough, also at build time. A MISSING one is not
    // checked here: `npm run build` needs no runtime secrets (see ontbrekendeGeheimen below).
    if (env.NODE_ENV === "production" && !process.env.WEGWIJS_ALLOW_DEV_SECRETS && env.NEXTAUTH_SECRET && env.NEXTAUTH_SECRET.length < 32) {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: GEHEIM_MELDING.NEXTAUTH_SECRET });
    }
    if (env.WEGWIJS_ENCRYPTION_KEY && Buffer.from(env.WEGWIJS_ENCRYPTION_KEY, "base64").length !== 32) {
      ctx.addIssue({ code: "custom", path: ["WEGWIJS_ENCRYPTION_KEY"], message: "moet 32 bytes zijn, base64-gecodeerd" });
    }
  })
  .transform((env) => ({
    ...env,
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? DEV_SECRET,
    WEGWIJS_ENCRYPTION_KEY: env.WEGWIJS_ENCRYPTION_KEY ?? DEV_ENCRYPTION_KEY,
    isOidcEnabled: Boolean(env.OIDC_ISSUER),
    /** Served over https (NEXTAUTH_URL): `__Host-` cookies, HSTS, upgrade-insecure-requests. */
    isHttps: Boolean(env.NEXTAUTH_URL?.startsWith("https://")),
  }));

export type Env = z.output<typeof schema>;

type Geheim = "NEXTAUTH_SECRET" | "WEGWIJS_ENCRYPTION_KEY";
const GEHEIM_MELDING: Record<Geheim, string> = {
  NEXTAUTH_SECRET: "verplicht in productie, minstens 32 tekens",
  WEGWIJS_ENCRYPTION_KEY: "verplicht in productie (32 bytes, base64)",
};

function configuratieFout(lines: string[]) {
  return new Error(`Ongeldige configuratie (omgevingsvariabelen):\n${lines.join("\n")}`);
}

function parseEnv(): { env: Env; ontbrekend: Geheim[] } {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    throw configuratieFout(result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`));
  }
  const env = result.data;
  const geheimVerplicht = env.NODE_ENV === "production" && !process.env.WEGWIJS_ALLOW_DEV_SECRETS;
  const ontbrekend = geheimVerplicht
    ? (Object.keys(GEHEIM_MELDING) as Geheim[]).filter((naam) => !process.env[naam]?.trim())
    : [];
  // A production build has no secrets: reading a missing one (at the first request that needs it)
  // throws, and the start refuses before that (checkRuntimeSecrets in instrumentation.ts and db:prepare).
  for (const naam of ontbrekend) {
    Object.defineProperty(env, naam, {
      enumerable: true,
      get() {
        throw configuratieFout([`  ${naam}: ${GEHEIM_MELDING[naam]}`]);
      },
    });
  }
  return { env, ontbrekend };
}

const parsed = parseEnv();
export const env: Env = parsed.env;

/**
 * Stops the start when a runtime secret is missing in production, naming every
 * missing variable. `npm run build` never calls it: an image builds without secrets.
 */
export function checkRuntimeSecrets(): void {
  if (parsed.ontbrekend.length) {
    throw configuratieFout(parsed.ontbrekend.map((naam) => `  ${naam}: ${GEHEIM_MELDING[naam]}`));
  }
}
