/**
 * Figures of the load test (scripts/loadtest.ts): per route the latencies
 * (p50/p95/p99 from every response, not autocannon's fixed buckets), errors,
 * requests per second and the ratio to the framework floor, and the budgets
 * with "ok" or "te traag".
 */

export interface Meting {
  route: string;
  fase: string;
  /** One latency (ms) per answered request. */
  latenties: number[];
  geslaagd: number;
  fouten: number;
  /** A few error descriptions (status and a short reason), never whole bodies. */
  voorbeelden: string[];
  /** Connection errors and timeouts (autocannon). */
  verbindingsfouten: number;
  seconden: number;
  /** Peak RSS (MB) of all instances together during this phase. */
  rssPiekMb: number | null;
  /** CPU (ms) the app instances and the local PostgreSQL used during this phase (all its routes together). */
  cpu?: { appMs: number | null; pgMs: number | null };
}

export function percentiel(gesorteerd: number[], p: number): number {
  if (gesorteerd.length === 0) return NaN;
  const i = Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil((p / 100) * gesorteerd.length) - 1));
  return gesorteerd[i]!;
}

export interface Samenvatting {
  route: string;
  fase: string;
  verzoeken: number;
  perSeconde: number;
  p50: number;
  p95: number;
  p99: number;
  fouten: number;
  voorbeelden: string[];
  rssPiekMb: number | null;
  /** CPU per request (ms) of the app and of PostgreSQL; only for a phase with this route alone. */
  cpuApp: number | null;
  cpuPg: number | null;
}

export function vatSamen(m: Meting): Samenvatting {
  const s = [...m.latenties].sort((a, b) => a - b);
  return {
    route: m.route,
    fase: m.fase,
    verzoeken: m.geslaagd + m.fouten,
    perSeconde: m.geslaagd / m.seconden,
    p50: percentiel(s, 50),
    p95: percentiel(s, 95),
    p99: percentiel(s, 99),
    fouten: m.fouten + m.verbindingsfouten,
    voorbeelden: m.voorbeelden,
    rssPiekMb: m.rssPiekMb,
    cpuApp: m.cpu?.appMs != null && m.geslaagd + m.fouten > 0 ? m.cpu.appMs / (m.geslaagd + m.fouten) : null,
    cpuPg: m.cpu?.pgMs != null && m.geslaagd + m.fouten > 0 ? m.cpu.pgMs / (m.geslaagd + m.fouten) : null,
  };
}

const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)}` : "–");
const cpu = (n: number | null) => (n === null ? "–" : n.toFixed(1).replace(".", ","));

/** A markdown table (readable in a terminal, pasteable into docs/performance.md). */
export function tabel(rijen: Samenvatting[], vloer: Samenvatting | null, metFactor: (r: Samenvatting) => boolean = () => true): string[] {
  const kop = ["route", "verzoeken", "req/s", "p50 ms", "p95 ms", "p99 ms", "fouten", "× vloer", "CPU app ms/verzoek", "CPU PostgreSQL ms/verzoek", "RSS piek MB"];
  const regels = [`| ${kop.join(" | ")} |`, `| ${kop.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`];
  for (const r of rijen) {
    // The cost of a route relative to the login page: how many times fewer requests/s at the same concurrency.
    const factor = !metFactor(r) ? "–" : vloer && r !== vloer && r.perSeconde > 0 ? `${(vloer.perSeconde / r.perSeconde).toFixed(1)}×` : r === vloer ? "1,0×" : "–";
    regels.push(
      `| ${r.route} | ${r.verzoeken} | ${r.perSeconde.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.fouten} | ${factor.replace(".", ",")} | ${cpu(r.cpuApp)} | ${cpu(r.cpuPg)} | ${r.rssPiekMb ?? "–"} |`,
    );
  }
  return regels;
}

export interface Budget {
  naam: string;
  gemeten: string;
  eis: string;
  ok: boolean;
  /** What "not ok" is called: "te traag" for time, "fout" for correctness, "te zwaar" for size. */
  soort?: "te traag" | "fout" | "te zwaar";
}

export function budgetRegels(budgetten: Budget[]): string[] {
  return budgetten.map((b) => `${b.ok ? "ok      " : `${(b.soort ?? "te traag").padEnd(8)}`}  ${b.naam}: ${b.gemeten} (eis: ${b.eis})`);
}
