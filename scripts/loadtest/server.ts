/**
 * The machinery around the load test (scripts/loadtest.ts): a scratch
 * PostgreSQL database, the production build, `next start` instances, the
 * round-robin proxy in front of two of them, and the servers' memory (RSS).
 */
import { execFileSync, fork, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export const ROOT = path.resolve(__dirname, "..", "..");
const BIN = (naam: string) => path.join(ROOT, "node_modules", ".bin", naam);

/** A free TCP port on the loopback address. */
export function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Runs a command with the output streamed through; throws when it fails. */
export function draai(commando: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(commando, args, { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit"] });
    p.on("error", reject);
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${commando} ${args.join(" ")} stopte met code ${code}`))));
  });
}

export interface ScratchDatabase {
  url: string;
  /** Stops the throwaway server when this run started one. */
  stop(): void;
}

/**
 * The database the load test fills: `<naam>_loadtest` next to DATABASE_URL
 * (dropped and created anew, so the database in DATABASE_URL itself is never
 * touched), or a throwaway PostgreSQL (scripts/pg-throwaway.sh) when
 * DATABASE_URL is not set.
 */
export async function scratchDatabase(opties: { hergebruik: boolean }): Promise<ScratchDatabase> {
  let basis = process.env.DATABASE_URL?.trim();
  let stop = () => {};
  if (!basis) {
    console.log("DATABASE_URL is niet gezet: ik start een wegwerp-PostgreSQL (scripts/pg-throwaway.sh).");
    const uit = execFileSync("bash", [path.join(ROOT, "scripts", "pg-throwaway.sh"), "start", "wegwijs_loadtest_basis"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
    const dir = /PG_THROWAWAY_DIR='([^']+)'/.exec(uit)?.[1];
    basis = /DATABASE_URL='([^']+)'/.exec(uit)?.[1];
    if (!dir || !basis) throw new Error(`pg-throwaway.sh gaf geen DATABASE_URL:\n${uit}`);
    stop = () => execFileSync("bash", [path.join(ROOT, "scripts", "pg-throwaway.sh"), "stop", dir], { stdio: "inherit" });
  }
  const beheer = new URL(basis);
  const naam = `${decodeURIComponent(beheer.pathname.slice(1))}_loadtest`;
  const scratch = new URL(basis);
  scratch.pathname = `/${encodeURIComponent(naam)}`;
  const client = new pg.Client({ connectionString: basis });
  await client.connect();
  try {
    const bestaat = (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [naam])).rowCount === 1;
    if (!(opties.hergebruik && bestaat)) {
      await client.query(`DROP DATABASE IF EXISTS "${naam.replaceAll('"', '""')}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${naam.replaceAll('"', '""')}"`);
    }
  } finally {
    await client.end();
  }
  return { url: scratch.toString(), stop };
}

/** The environment of everything that touches the scratch database and the servers. */
export function serverEnv(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    // Load-test-only secrets. The data generator encrypts BSNs and the demo TOTP secrets with the same key.
    NEXTAUTH_SECRET: "wegwijs-loadtest-only-secret-not-for-production-00",
    WEGWIJS_ENCRYPTION_KEY: Buffer.alloc(32, 42).toString("base64"),
    SEED_DEMO: "false",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    // Every simulated user comes from 127.0.0.1.
    LOGIN_MAX_FAILURES_PER_IP: "100000",
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}

/** `next build` unless a build is reused (and present). */
export async function bouw(distDir: string, hergebruik: boolean): Promise<void> {
  if (hergebruik) {
    if (!existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`Geen build in ${distDir}: draai zonder --hergebruik-build (of npm run build).`);
    console.log(`Bestaande build in ${path.relative(ROOT, distDir) || "."} wordt hergebruikt.`);
    return;
  }
  await draai(BIN("next"), ["build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
}

export interface Instantie {
  naam: string;
  url: string;
  proces: ChildProcess;
  /** The server's output (for the report when it dies). */
  log: string[];
}

/**
 * Starts `next start` on a port and waits until /login answers. Idle keep-alive
 * connections stay open for two minutes, longer than a load balancer (or the
 * test's proxy) keeps them, as Next advises behind one.
 */
export async function startInstantie(naam: string, env: NodeJS.ProcessEnv): Promise<Instantie> {
  const poort = await vrijePoort();
  const proces = spawn(BIN("next"), ["start", "-p", String(poort), "-H", "127.0.0.1", "--keepAliveTimeout", "120000"], { cwd: ROOT, env: { ...env, PORT: String(poort) }, stdio: ["ignore", "pipe", "pipe"] });
  const log: string[] = [];
  const bewaar = (b: Buffer) => {
    log.push(b.toString());
    if (log.length > 200) log.shift();
  };
  proces.stdout!.on("data", bewaar);
  proces.stderr!.on("data", bewaar);
  const url = `http://127.0.0.1:${poort}`;
  const tot = Date.now() + 120_000;
  while (Date.now() < tot) {
    if (proces.exitCode !== null) throw new Error(`${naam} stopte bij het starten (code ${proces.exitCode}):\n${log.join("")}`);
    try {
      const r = await fetch(`${url}/login`);
      await r.arrayBuffer();
      if (r.status === 200) return { naam, url, proces, log };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  proces.kill("SIGTERM");
  throw new Error(`${naam} antwoordde niet binnen 120 s:\n${log.join("")}`);
}

export function stopProces(proces: ChildProcess | undefined): Promise<void> {
  if (!proces || proces.exitCode !== null || proces.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const hard = setTimeout(() => proces.kill("SIGKILL"), 10_000);
    proces.once("exit", () => {
      clearTimeout(hard);
      resolve();
    });
    proces.kill("SIGTERM");
  });
}

export interface Proxy {
  url: string;
  proces: ChildProcess;
  /** Responses per upstream instance so far. */
  tellingen(): Promise<{ beantwoord: number[]; fouten: number[]; herhaald: number }>;
}

/** The round-robin proxy (scripts/loadtest/proxy.ts) in its own process, in front of `upstreams`. */
export async function startProxy(upstreams: string[]): Promise<Proxy> {
  const poort = await vrijePoort();
  const proces = fork(path.join(__dirname, "proxy.ts"), [], {
    cwd: ROOT,
    execArgv: ["--import", "tsx"],
    env: { ...process.env, LOADTEST_PROXY_PORT: String(poort), LOADTEST_UPSTREAMS: upstreams.join(",") },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  await new Promise<void>((resolve, reject) => {
    proces.once("message", () => resolve());
    proces.once("exit", (code) => reject(new Error(`proxy stopte (code ${code})`)));
  });
  return {
    url: `http://127.0.0.1:${poort}`,
    proces,
    tellingen: () =>
      new Promise((resolve) => {
        const luister = (m: { soort?: string; beantwoord?: number[]; fouten?: number[]; herhaald?: number }) => {
          if (m.soort !== "tellingen") return;
          proces.off("message", luister);
          resolve({ beantwoord: m.beantwoord ?? [], fouten: m.fouten ?? [], herhaald: m.herhaald ?? 0 });
        };
        proces.on("message", luister);
        proces.send({ soort: "tellingen" });
      }),
  };
}

/** A process and all its descendants, from /proc (Linux); just the pid elsewhere. */
function procesBoom(pid: number): number[] {
  if (!existsSync("/proc/self/stat")) return [pid];
  const kinderen = new Map<number, number[]>();
  for (const naam of readdirSync("/proc")) {
    if (!/^\d+$/.test(naam)) continue;
    try {
      const stat = readFileSync(`/proc/${naam}/stat`, "utf8");
      // "pid (comm) state ppid …" — comm may hold spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      kinderen.set(ppid, [...(kinderen.get(ppid) ?? []), Number(naam)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const uit: number[] = [];
  const rij = [pid];
  while (rij.length) {
    const p = rij.pop()!;
    uit.push(p);
    rij.push(...(kinderen.get(p) ?? []));
  }
  return uit;
}

/** Resident memory (kB) of a process and all its descendants, from /proc/<pid>/status (Linux); null elsewhere. */
export function rssKb(pid: number): number | null {
  if (!existsSync("/proc/self/status")) return null;
  let totaal = 0;
  for (const p of procesBoom(pid)) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      if (m) totaal += Number(m[1]);
    } catch {
      // gone
    }
  }
  return totaal;
}

/** CPU time (clock ticks, user + system) of a process tree; null where /proc is missing. */
function cpuTicks(pid: number): number | null {
  if (!existsSync("/proc/self/stat")) return null;
  let totaal = 0;
  for (const p of procesBoom(pid)) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const velden = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      totaal += Number(velden[11]) + Number(velden[12]);
    } catch {
      // gone
    }
  }
  return totaal;
}

/**
 * CPU time (clock ticks) of these PostgreSQL processes, by pid. A pid that is
 * not a postgres process here (the server is on another machine or in a
 * container with its own pids) is left out, so such a server gives nothing.
 */
function ticksVan(pids: number[]): Map<number, number> {
  const uit = new Map<number, number>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (!stat.includes("(postgres)")) continue;
      const velden = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      uit.set(pid, Number(velden[11]) + Number(velden[12]));
    } catch {
      // gone, or on another machine
    }
  }
  return uit;
}

/**
 * CPU used during a phase (ms): by the app instances, and by the processes of
 * the PostgreSQL cluster the test runs on (`pgPids`: its backends and workers,
 * from pg_stat_activity), when that cluster runs on this machine; null when it
 * does not. Backends that end during the phase are left out, so the
 * PostgreSQL figure is a lower bound.
 */
export async function meetCpu(instanties: Instantie[], pgPids: () => Promise<number[]>): Promise<{ stop(): Promise<{ appMs: number | null; pgMs: number | null }> }> {
  const app = () => instanties.reduce<number | null>((s, i) => (s === null || !i.proces.pid ? null : ((t) => (t === null ? null : s + t))(cpuTicks(i.proces.pid))), 0);
  const appVoor = app();
  const pgVoor = existsSync("/proc/self/stat") ? ticksVan(await pgPids()) : new Map<number, number>();
  return {
    async stop() {
      const appNa = app();
      const pgNa = pgVoor.size > 0 ? ticksVan([...new Set([...pgVoor.keys(), ...(await pgPids())])]) : new Map<number, number>();
      let pg: number | null = null;
      if (pgNa.size > 0) {
        pg = 0;
        for (const [pid, t] of pgNa) pg += t - (pgVoor.get(pid) ?? 0);
      }
      // 100 ticks per second (USER_HZ): one tick is 10 ms.
      return { appMs: appVoor === null || appNa === null ? null : (appNa - appVoor) * 10, pgMs: pg === null ? null : pg * 10 };
    },
  };
}

/**
 * Waits until the servers are idle: autocannon stops a phase with requests still
 * in flight, and the server finishes them after it; the next phase must not pay
 * for them. Idle = under a tenth of a core for half a second; at most `maxMs`.
 */
export async function wachtTotRustig(instanties: Instantie[], maxMs = 60_000): Promise<void> {
  const tot = Date.now() + maxMs;
  const meet = () => instanties.reduce((s, i) => s + (i.proces.pid ? (cpuTicks(i.proces.pid) ?? 0) : 0), 0);
  let vorige = meet();
  while (Date.now() < tot) {
    await new Promise((r) => setTimeout(r, 500));
    const nu = meet();
    // 100 ticks per second per core (USER_HZ): a tenth of a core for 0.5 s is 5 ticks.
    if (nu - vorige <= 5) return;
    vorige = nu;
  }
}

/** Samples the RSS of the instances every half second; `stop()` gives the peak and the last sample per instance. */
export function meetRss(instanties: Instantie[]): { stop(): { naam: string; piekMb: number | null; laatsteMb: number | null }[] } {
  const piek = instanties.map(() => 0);
  const laatste = instanties.map(() => 0);
  const meet = () =>
    instanties.forEach((inst, i) => {
      const kb = inst.proces.pid ? rssKb(inst.proces.pid) : null;
      if (kb === null) return;
      laatste[i] = kb;
      piek[i] = Math.max(piek[i]!, kb);
    });
  meet();
  const timer = setInterval(meet, 500);
  return {
    stop() {
      clearInterval(timer);
      meet();
      return instanties.map((inst, i) => ({ naam: inst.naam, piekMb: piek[i] ? Math.round(piek[i]! / 1024) : null, laatsteMb: laatste[i] ? Math.round(laatste[i]! / 1024) : null }));
    },
  };
}
