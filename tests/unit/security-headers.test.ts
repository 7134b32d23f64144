import { describe, expect, it } from "vitest";
import { authCookies, sessieCookieNaam } from "@/lib/auth/cookies";
import { contentSecurityPolicy, HSTS, nieuweNonce, nonceUitCsp } from "@/lib/http/security-headers";

/** The directives of a CSP value as a map: name → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(";").map((d) => {
      const [naam, ...bronnen] = d.trim().split(/\s+/);
      return [naam!, bronnen];
    }),
  );
}

describe("nonce", () => {
  it("is 128 bits base64 en elke keer anders", () => {
    const nonces = new Set(Array.from({ length: 200 }, () => nieuweNonce()));
    expect(nonces.size).toBe(200);
    for (const n of nonces) {
      expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(n, "base64")).toHaveLength(16);
    }
  });
});

describe("Content-Security-Policy", () => {
  const nonce = nieuweNonce();

  it("laat in productie alleen scripts met de nonce toe, en geen plugins, base-tag of inlijsten", () => {
    const csp = contentSecurityPolicy({ nonce });
    const d = directives(csp);
    expect(d.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(d.get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
    expect(d.get("default-src")).toEqual(["'self'"]);
    // Nothing that undoes the nonce.
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*|http:/);
    expect(d.has("upgrade-insecure-requests")).toBe(false);
    expect(nonceUitCsp(csp)).toBe(nonce);
  });

  it("staat eval en inline stijlen alleen toe in next dev", () => {
    const d = directives(contentSecurityPolicy({ nonce, dev: true }));
    expect(d.get("script-src")).toContain("'unsafe-eval'");
    expect(d.get("script-src")).not.toContain("'unsafe-inline'");
    expect(d.get("style-src")).toContain("'unsafe-inline'");
  });

  it("vraagt onder https alles via https, en laat formulieren alleen door naar de eigen identity provider", () => {
    const d = directives(contentSecurityPolicy({ nonce, https: true, formulierDoelen: ["https://login.gemeente.example"] }));
    expect(d.get("upgrade-insecure-requests")).toEqual([]);
    expect(d.get("form-action")).toEqual(["'self'", "https://login.gemeente.example"]);
  });

  it("weigert een nonce die de header zou kunnen breken", () => {
    expect(() => contentSecurityPolicy({ nonce: "abc'; script-src *" })).toThrow();
    expect(() => contentSecurityPolicy({ nonce: "" })).toThrow();
  });

  it("HSTS geldt twee jaar, met subdomeinen", () => {
    expect(HSTS).toBe("max-age=63072000; includeSubDomains");
  });
});

describe("cookies van next-auth", () => {
  it("heten onder https allemaal __Host-, met Secure, Path=/ en zonder Domain", () => {
    expect(sessieCookieNaam(true)).toBe("__Host-next-auth.session-token");
    const cookies = authCookies(true)!;
    const namen = Object.values(cookies).map((c) => c!.name);
    expect(namen).toHaveLength(6);
    for (const c of Object.values(cookies)) {
      expect(c!.name.startsWith("__Host-")).toBe(true);
      expect(c!.options).toMatchObject({ secure: true, path: "/", httpOnly: true, sameSite: "lax" });
      expect(c!.options).not.toHaveProperty("domain");
    }
  });

  it("houden over http (ontwikkeling) de gewone namen van next-auth", () => {
    expect(sessieCookieNaam(false)).toBe("next-auth.session-token");
    expect(authCookies(false)).toBeUndefined();
  });
});
