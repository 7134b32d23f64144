/**
 * npm run js-budget [-- --dist .next]
 *
 * The JavaScript a phone downloads for the caseload page and the log form
 * (/vastleggen/[id]), measured from the production build (issue 13, budget
 * "client": at most 150 kB gzipped per page). Per page it takes, from the build's
 * manifests:
 *   - `build-manifest.json` → rootMainFiles: the framework and the Turbopack
 *     runtime, loaded by every page;
 *   - `server/app/<route>_client-reference-manifest.js` → entryJSFiles: the client
 *     chunks of the page and of every layout and error boundary above it (the HTML
 *     loads them all with <script async>); the root not-found page's chunks only
 *     when they are shared, since that page loads them only on a 404;
 * and sums each chunk gzipped (level 6, what a server sends). The polyfill chunk
 * is `nomodule`: a phone from this decade never downloads it, so it is left out.
 * Chunks loaded later with import() (a PDF viewer, a dialog) are not counted:
 * they are not part of opening the page.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

export const JS_BUDGET_KB = 150;

/** The pages the budget is about: route in the app directory → how the report names it. */
export const BUDGET_PAGINAS: { route: string; naam: string }[] = [
  { route: "/(app)/page", naam: "caseload (/)" },
  { route: "/(app)/vastleggen/[id]/page", naam: "contact vastleggen (/vastleggen/[id])" },
];

export interface PaginaJs {
  naam: string;
  route: string;
  chunks: { bestand: string; bytes: number; gzip: number }[];
  gzipKb: number;
  rauwKb: number;
  ok: boolean;
}

function leesClientManifest(distDir: string, route: string): { entryJSFiles: Record<string, string[]> } {
  const bestand = path.join(distDir, "server", "app", `${route}_client-reference-manifest.js`);
  if (!existsSync(bestand)) throw new Error(`${bestand} ontbreekt: is dit een productiebuild van deze versie (npm run build)?`);
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
  vm.runInNewContext(readFileSync(bestand, "utf8"), { globalThis: sandbox, self: sandbox });
  const manifest = sandbox.__RSC_MANIFEST?.[route];
  if (!manifest?.entryJSFiles) throw new Error(`${bestand} heeft geen entryJSFiles voor ${route}`);
  return manifest;
}

/** Per budget page: its chunks, gzipped and raw, and whether it is within the budget. */
export function meetJs(distDir: string): PaginaJs[] {
  const buildManifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  return BUDGET_PAGINAS.map(({ route, naam }) => {
    const { entryJSFiles } = leesClientManifest(distDir, route);
    const entries = Object.entries(entryJSFiles).filter(([naam]) => !naam.endsWith("/app/not-found"));
    const bestanden = [...new Set([...buildManifest.rootMainFiles, ...entries.flatMap(([, chunks]) => chunks)])].map((b) => b.replace(/^\/?_next\//, ""));
    const chunks = bestanden.map((bestand) => {
      const inhoud = readFileSync(path.join(distDir, bestand));
      return { bestand, bytes: inhoud.length, gzip: gzipSync(inhoud, { level: 6 }).length };
    });
    const gzipKb = chunks.reduce((s, c) => s + c.gzip, 0) / 1024;
    const rauwKb = chunks.reduce((s, c) => s + c.bytes, 0) / 1024;
    return { naam, route, chunks, gzipKb, rauwKb, ok: gzipKb <= JS_BUDGET_KB };
  });
}

/**
 * A check of the manifest reading against what the server really sends: the
 * chunks a page's HTML loads (`<script src>` and the RSC payload's chunk
 * references) that the measurement did not count, and the other way round.
 * Both empty = the figure is exactly what the phone loads.
 */
export function vergelijkMetHtml(html: string, pagina: PaginaJs, distDir: string): { nietGeteld: string[]; nietGeladen: string[] } {
  const polyfills = (JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { polyfillFiles?: string[] }).polyfillFiles ?? [];
  const geteld = new Set([...pagina.chunks.map((c) => c.bestand), ...polyfills]);
  const geladen = new Set([...html.matchAll(/\/_next\/(static\/chunks\/[\w.-]+\.js)/g)].map((m) => m[1]!));
  return { nietGeteld: [...geladen].filter((c) => !geteld.has(c)), nietGeladen: pagina.chunks.map((c) => c.bestand).filter((c) => !geladen.has(c)) };
}

export function jsRegels(paginas: PaginaJs[]): string[] {
  return paginas.map(
    (p) =>
      `JS voor de telefoon, ${p.naam}: ${p.gzipKb.toFixed(1)} kB gzip (${p.rauwKb.toFixed(0)} kB onverpakt, ${p.chunks.length} chunks); budget ≤ ${JS_BUDGET_KB} kB → ${p.ok ? "ok" : "te zwaar"}`,
  );
}

function main() {
  const i = process.argv.indexOf("--dist");
  const distDir = path.resolve(i > 0 ? process.argv[i + 1]! : ".next");
  const paginas = meetJs(distDir);
  for (const p of paginas) {
    console.log(`\n${p.naam} (${p.route})`);
    for (const c of [...p.chunks].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${(c.gzip / 1024).toFixed(1).padStart(7)} kB gzip  ${(c.bytes / 1024).toFixed(1).padStart(7)} kB  ${c.bestand}`);
  }
  console.log("");
  for (const regel of jsRegels(paginas)) console.log(regel);
  if (process.argv.includes("--streng") && paginas.some((p) => !p.ok)) process.exitCode = 1;
}

if (require.main === module) main();
