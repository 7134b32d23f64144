import { afterEach, describe, expect, it, vi } from "vitest";

/** lib/env parses process.env at import; re-import it with a different environment. */
async function laadEnvModule(overrides: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(overrides)) vi.stubEnv(key, value);
  return import("@/lib/env");
}

async function laadEnv(overrides: Record<string, string | undefined>) {
  return (await laadEnvModule(overrides)).env;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("configuratie (lib/env)", () => {
  it("werkt zonder instellingen in ontwikkeling, met PGlite en een dev-sleutel", async () => {
    const env = await laadEnv({ NODE_ENV: "development", DATABASE_URL: "", OIDC_ISSUER: "", OIDC_CLIENT_ID: "", OIDC_CLIENT_SECRET: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.isOidcEnabled).toBe(false);
    expect(env.SESSION_IDLE_MINUTES).toBe(30);
  });

  it("bouwt in productie zonder geheimen, maar de start en het eerste gebruik stoppen met een melding die ze noemt", async () => {
    // `next build` imports lib/env (next.config.ts): that must work without runtime secrets.
    const mod = await laadEnvModule({ NODE_ENV: "production", NEXTAUTH_SECRET: "", WEGWIJS_ENCRYPTION_KEY: "", WEGWIJS_ALLOW_DEV_SECRETS: "" });
    expect(mod.env.SESSION_IDLE_MINUTES).toBe(30);
    // The start (instrumentation.ts) refuses, naming both.
    expect(() => mod.checkRuntimeSecrets()).toThrow(
      /NEXTAUTH_SECRET: verplicht in productie[\s\S]*WEGWIJS_ENCRYPTION_KEY: verplicht in productie/,
    );
    // And a missing secret is never replaced by the dev default: reading it throws.
    expect(() => mod.env.NEXTAUTH_SECRET).toThrow(/NEXTAUTH_SECRET: verplicht in productie/);
    expect(() => mod.env.WEGWIJS_ENCRYPTION_KEY).toThrow(/WEGWIJS_ENCRYPTION_KEY: verplicht in productie/);
  });

  it("start in productie met eigen geheimen; een te kort geheim stopt ook de build", async () => {
    const secret = "x".repeat(40);
    const key = Buffer.alloc(32, 1).toString("base64");
    const mod = await laadEnvModule({ NODE_ENV: "production", NEXTAUTH_SECRET: secret, WEGWIJS_ENCRYPTION_KEY: key, WEGWIJS_ALLOW_DEV_SECRETS: "" });
    expect(() => mod.checkRuntimeSecrets()).not.toThrow();
    expect(mod.env.NEXTAUTH_SECRET).toBe(secret);
    expect(mod.env.WEGWIJS_ENCRYPTION_KEY).toBe(key);
    await expect(laadEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "kort", WEGWIJS_ALLOW_DEV_SECRETS: "" })).rejects.toThrow(
      /NEXTAUTH_SECRET: verplicht in productie, minstens 32 tekens/,
    );
  });

  it("weet uit NEXTAUTH_URL of de app via https draait", async () => {
    expect((await laadEnv({ NEXTAUTH_URL: "https://wegwijs.gemeente.example" })).isHttps).toBe(true);
    expect((await laadEnv({ NEXTAUTH_URL: "http://localhost:3000" })).isHttps).toBe(false);
    expect((await laadEnv({ NEXTAUTH_URL: "" })).isHttps).toBe(false);
  });

  it("zet OIDC alleen aan als issuer, client-id en secret alle drie gezet zijn", async () => {
    await expect(laadEnv({ OIDC_ISSUER: "https://login.gemeente.example", OIDC_CLIENT_ID: "wegwijs", OIDC_CLIENT_SECRET: "" })).rejects.toThrow(
      /OIDC_ISSUER: zet OIDC_ISSUER, OIDC_CLIENT_ID en OIDC_CLIENT_SECRET alle drie/,
    );
    const env = await laadEnv({ OIDC_ISSUER: "https://login.gemeente.example", OIDC_CLIENT_ID: "wegwijs", OIDC_CLIENT_SECRET: "geheim" });
    expect(env.isOidcEnabled).toBe(true);
  });

  it("weigert een database-URL die geen PostgreSQL is en een sleutel van de verkeerde lengte", async () => {
    await expect(laadEnv({ DATABASE_URL: "mysql://localhost/x" })).rejects.toThrow(/DATABASE_URL: moet beginnen met postgresql:\/\//);
    await expect(laadEnv({ WEGWIJS_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") })).rejects.toThrow(/32 bytes/);
  });
});
