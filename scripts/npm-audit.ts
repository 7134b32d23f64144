/**
 * CI step (.ci/run): `npm audit --omit=dev --audit-level=high` over the
 * production dependencies. Fails on a high or critical advisory. When the
 * advisory service cannot be reached (no network, a registry mirror without the
 * audit endpoint), it says so and lets CI continue: that is not a finding. Any
 * other failure of npm audit (no lockfile, a broken install) fails.
 */
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

export type AuditUitkomst =
  | { soort: "schoon"; regels: string[] }
  | { soort: "bevindingen"; regels: string[] }
  | { soort: "onbereikbaar"; regels: string[] }
  | { soort: "fout"; regels: string[] };

type Ernst = "info" | "low" | "moderate" | "high" | "critical";

interface AuditRapport {
  auditReportVersion?: number;
  vulnerabilities?: Record<string, { name: string; severity: Ernst; via: (string | { title?: string; url?: string })[]; fixAvailable?: unknown }>;
  metadata?: { vulnerabilities?: Partial<Record<Ernst, number>> };
  message?: string;
  statusCode?: number;
  error?: { code?: string; summary?: string };
  code?: string;
}

/** Network-level failures and HTTP answers that mean "the advisory service is not there". */
const NETWERK = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up|network|audit endpoint returned an error/i;

/** Reads what `npm audit --json` printed and exited with. Pure: unit-tested (tests/unit/npm-audit.test.ts). */
export function beoordeelAudit(exitCode: number | null, stdout: string, stderr: string): AuditUitkomst {
  let rapport: AuditRapport | undefined;
  try {
    rapport = JSON.parse(stdout) as AuditRapport;
  } catch {
    rapport = undefined;
  }
  const telling = rapport?.metadata?.vulnerabilities;
  if (rapport && telling) {
    const ernstig = Object.values(rapport.vulnerabilities ?? {}).filter((v) => v.severity === "high" || v.severity === "critical");
    const regels = ernstig.map((v) => {
      const adviezen = v.via
        .filter((x): x is { title?: string; url?: string } => typeof x === "object")
        .map((x) => `${x.title ?? "advies"}${x.url ? ` (${x.url})` : ""}`);
      const via = adviezen.length ? adviezen.join("; ") : `via ${v.via.join(", ")}`;
      return `  ${v.severity.toUpperCase()} ${v.name}: ${via}${v.fixAvailable ? " — oplossing beschikbaar (npm audit fix)" : ""}`;
    });
    const samenvatting = `kritiek ${telling.critical ?? 0}, hoog ${telling.high ?? 0}, gemiddeld ${telling.moderate ?? 0}, laag ${telling.low ?? 0}`;
    if ((telling.critical ?? 0) + (telling.high ?? 0) > 0) {
      return { soort: "bevindingen", regels: [`npm audit: kwetsbaarheden in productie-dependencies (${samenvatting}):`, ...regels] };
    }
    return { soort: "schoon", regels: [`npm audit: geen hoge of kritieke kwetsbaarheden in productie-dependencies (${samenvatting}).`] };
  }
  const tekst = [rapport?.message, rapport?.error?.code, rapport?.error?.summary, rapport?.code, stderr].filter(Boolean).join("\n");
  const status = rapport?.statusCode;
  if (NETWERK.test(tekst) || (status !== undefined && (status >= 500 || status === 404 || status === 405))) {
    const reden = (rapport?.message ?? stderr.split("\n").find((r) => r.trim()) ?? "geen antwoord").trim();
    return {
      soort: "onbereikbaar",
      regels: [`npm audit: de advisory-dienst is niet bereikbaar (${reden}).`, "Niet gecontroleerd op kwetsbaarheden; CI gaat door. Draai `npm audit --omit=dev` zodra er netwerk is."],
    };
  }
  return { soort: "fout", regels: [`npm audit mislukte (code ${exitCode}) zonder rapport:`, tekst.trim() || "(geen uitvoer)"] };
}

function main() {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["audit", "--omit=dev", "--audit-level=high", "--json"], { encoding: "utf8", timeout: 180_000 });
  const uitkomst = beoordeelAudit(result.status, result.stdout ?? "", `${result.stderr ?? ""}${result.error ? `\n${result.error.message}` : ""}`);
  for (const regel of uitkomst.regels) (uitkomst.soort === "schoon" || uitkomst.soort === "onbereikbaar" ? console.log : console.error)(regel);
  process.exitCode = uitkomst.soort === "bevindingen" || uitkomst.soort === "fout" ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
