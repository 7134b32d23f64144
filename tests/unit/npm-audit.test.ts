import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { beoordeelAudit } from "../../scripts/npm-audit";

/** What `npm audit --omit=dev --audit-level=high --json` prints (npm 10), per situation. */
const kritiek = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {
    next: {
      name: "next",
      severity: "critical",
      isDirect: true,
      via: [{ source: 1, name: "next", title: "Authorization Bypass in Next.js Middleware", url: "https://github.com/advisories/GHSA-f82v-jwr5-mffw", severity: "critical" }],
      effects: [],
      fixAvailable: true,
    },
    "next-auth": { name: "next-auth", severity: "high", isDirect: true, via: ["next"], effects: [], fixAvailable: false },
    "brace-expansion": { name: "brace-expansion", severity: "low", via: [{ title: "ReDoS", url: "https://github.com/advisories/GHSA-v6h2-p8h4-qcjw" }] },
  },
  metadata: { vulnerabilities: { info: 0, low: 1, moderate: 0, high: 1, critical: 1, total: 3 } },
});
const alleenLaag = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: { "brace-expansion": { name: "brace-expansion", severity: "moderate", via: [{ title: "ReDoS" }] } },
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 0, critical: 0, total: 1 } },
});
const geenNetwerk = JSON.stringify({
  error: {
    code: "ENOTFOUND",
    summary: "request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org",
    detail: "",
  },
});
// Recorded on this machine: a registry mirror without the audit endpoint.
const spiegelZonderAudit = JSON.stringify({
  message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
  method: "POST",
  statusCode: 405,
  body: "",
  error: { summary: "", detail: "" },
});
const geenLockfile = JSON.stringify({ error: { code: "ENOLOCK", summary: "This command requires an existing lockfile.", detail: "" } });

describe("npm audit in CI (scripts/npm-audit.ts)", () => {
  it("faalt op een hoge of kritieke kwetsbaarheid en noemt pakket, advies en link", () => {
    const u = beoordeelAudit(1, kritiek, "");
    expect(u.soort).toBe("bevindingen");
    expect(u.regels.join("\n")).toContain("CRITICAL next: Authorization Bypass in Next.js Middleware (https://github.com/advisories/GHSA-f82v-jwr5-mffw)");
    expect(u.regels.join("\n")).toContain("HIGH next-auth: via next");
    expect(u.regels.join("\n")).not.toContain("brace-expansion");
  });

  it("slaagt met alleen lage of gemiddelde kwetsbaarheden, of geen", () => {
    expect(beoordeelAudit(0, alleenLaag, "").soort).toBe("schoon");
    const leeg = JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } } });
    expect(beoordeelAudit(0, leeg, "")).toMatchObject({ soort: "schoon" });
  });

  it("zegt het als de advisory-dienst onbereikbaar is en laat CI doorgaan", () => {
    expect(beoordeelAudit(1, geenNetwerk, "")).toMatchObject({ soort: "onbereikbaar" });
    const spiegel = beoordeelAudit(1, spiegelZonderAudit, "npm error audit endpoint returned an error\n");
    expect(spiegel.soort).toBe("onbereikbaar");
    expect(spiegel.regels[0]).toContain("niet bereikbaar (405 Method Not Allowed");
    // A timeout of the child process.
    expect(beoordeelAudit(null, "", "\nspawnSync npm ETIMEDOUT").soort).toBe("onbereikbaar");
  });

  it("faalt bij een andere fout (geen lockfile): dat is geen netwerkprobleem", () => {
    const u = beoordeelAudit(1, geenLockfile, "npm error code ENOLOCK\n");
    expect(u.soort).toBe("fout");
    expect(u.regels.join("\n")).toContain("ENOLOCK");
  });

  it("draait in .ci/run na lint", () => {
    const ci = readFileSync(path.resolve(__dirname, "../../.ci/run"), "utf8");
    expect(ci).toMatch(/step "lint"[\s\S]*npm run lint[\s\S]*npx tsx scripts\/npm-audit\.ts/);
  });
});
