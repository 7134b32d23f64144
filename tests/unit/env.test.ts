import { afterEach, describe, expect, it, vi } from "vitest";

/** lib/env parses process.env at import; re-import it with a different environment. */
async function laadEnv(overrides: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(overrides)) vi.stubEnv(key, value);
  return (await import("@/lib/env")).env;
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

  it("stopt in productie zonder eigen geheimen, met een melding die de variabelen noemt", async () => {
    await expect(laadEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "", WEGWIJS_ENCRYPTION_KEY: "" })).rejects.toThrow(
      /NEXTAUTH_SECRET: verplicht in productie[\s\S]*WEGWIJS_ENCRYPTION_KEY: verplicht in productie/,
    );
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
