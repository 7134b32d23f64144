import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The browser bundle stays small (issue 13, budget "client": ≤ 150 kB gzip for
 * the caseload and the log form, `npm run js-budget`). This guard walks the
 * import graph from every "use client" file under app/ and components/ and
 * fails, naming the chain, when it reaches a package that has no business in
 * the browser:
 *   - zod (~30 kB gz): forms take their constants from zod-free modules
 *     (lib/<module>/labels.ts, waarden.ts, rollen.ts); schemas import those;
 *   - next-auth/react (~12 kB gz with its Babel helpers): sign-out goes through
 *     components/shell/uitloggen.ts; only the login form may use signIn;
 *   - date-fns, @date-fns/tz: lib/tijd does its work with Intl.
 * A "use server" file is a server reference in the browser (its imports stay
 * on the server), so the walk stops there. Type-only imports are erased and
 * not followed. import() is followed too: a lazy chunk is still downloaded.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");

const VERBODEN = ["zod", "next-auth/react", "date-fns", "@date-fns/tz"];
const TOEGESTAAN: Record<string, string[]> = { "app/(auth)/login/login-form.tsx": ["next-auth/react"] };

function verbodenPakket(specifier: string): string | undefined {
  return VERBODEN.find((p) => specifier === p || specifier.startsWith(`${p}/`));
}

function directief(bron: ts.SourceFile, naam: string): boolean {
  for (const st of bron.statements) {
    if (!ts.isExpressionStatement(st) || !ts.isStringLiteral(st.expression)) return false;
    if (st.expression.text === naam) return true;
  }
  return false;
}

/** The module specifiers a file really loads at runtime (type-only imports left out). */
function runtimeImports(bron: ts.SourceFile): string[] {
  const uit: string[] = [];
  const bezoek = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const c = node.importClause;
      const alleenTypes =
        c !== undefined &&
        (c.isTypeOnly ||
          (!c.name && c.namedBindings !== undefined && ts.isNamedImports(c.namedBindings) && c.namedBindings.elements.length > 0 && c.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!alleenTypes) uit.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const alleenTypes = node.isTypeOnly || (node.exportClause !== undefined && ts.isNamedExports(node.exportClause) && node.exportClause.elements.every((e) => e.isTypeOnly));
      if (!alleenTypes) uit.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      uit.push(node.arguments[0].text);
    }
    ts.forEachChild(node, bezoek);
  };
  bezoek(bron);
  return uit;
}

function resolveer(root: string, van: string, specifier: string): string | undefined {
  let basis: string;
  if (specifier.startsWith("@/")) basis = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) basis = path.resolve(path.dirname(van), specifier);
  else return undefined;
  for (const kandidaat of [basis, `${basis}.ts`, `${basis}.tsx`, path.join(basis, "index.ts"), path.join(basis, "index.tsx")]) {
    if (existsSync(kandidaat) && statSync(kandidaat).isFile()) return kandidaat;
  }
  return undefined;
}

function leesBron(bestand: string): ts.SourceFile {
  return ts.createSourceFile(bestand, readFileSync(bestand, "utf8"), ts.ScriptTarget.Latest, false, bestand.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function bronbestanden(map: string): string[] {
  if (!existsSync(map)) return [];
  return readdirSync(map, { recursive: true, encoding: "utf8" })
    .filter((b) => /\.tsx?$/.test(b) && !b.endsWith(".d.ts"))
    .map((b) => path.join(map, b));
}

/** Per "use client" file under app/ and components/ of `root`: the chains that reach a forbidden package. */
export function verbodenKetens(root: string): string[] {
  const cache = new Map<string, ts.SourceFile>();
  const bron = (b: string) => cache.get(b) ?? cache.set(b, leesBron(b)).get(b)!;
  const rel = (b: string) => path.relative(root, b);
  const ketens: string[] = [];
  const clientBestanden = [...bronbestanden(path.join(root, "app")), ...bronbestanden(path.join(root, "components"))].filter((b) => directief(bron(b), "use client"));
  for (const start of clientBestanden) {
    const toegestaan = TOEGESTAAN[rel(start)] ?? [];
    const gezien = new Set<string>([start]);
    const wachtrij: string[][] = [[start]];
    while (wachtrij.length) {
      const keten = wachtrij.shift()!;
      const bestand = keten.at(-1)!;
      for (const specifier of runtimeImports(bron(bestand))) {
        const pakket = verbodenPakket(specifier);
        if (pakket) {
          if (!toegestaan.includes(pakket)) ketens.push([...keten.map(rel), specifier].join(" → "));
          continue;
        }
        const doel = resolveer(root, bestand, specifier);
        if (!doel || gezien.has(doel)) continue;
        gezien.add(doel);
        if (directief(bron(doel), "use server")) continue;
        wachtrij.push([...keten, doel]);
      }
    }
  }
  return ketens;
}

describe("browser imports (issue 13, budget 'client')", () => {
  it("no client component reaches zod, next-auth/react or date-fns", () => {
    const ketens = verbodenKetens(ROOT);
    expect(ketens, `Deze importketens brengen een zwaar pakket naar de browser:\n${ketens.join("\n")}`).toEqual([]);
  });

  it("names the chain when a client file reaches a forbidden package (also via index, re-export and import())", () => {
    const root = mkdtempSync(path.join(tmpdir(), "client-imports-"));
    const schrijf = (bestand: string, inhoud: string) => {
      mkdirSync(path.dirname(path.join(root, bestand)), { recursive: true });
      writeFileSync(path.join(root, bestand), inhoud);
    };
    try {
      schrijf("components/a/form.tsx", `"use client";\nimport { ROLLEN } from "@/lib/x";\nimport type { T } from "@/lib/y/schema";\nimport { type U } from "@/lib/y/schema";\nexport const f = () => ROLLEN;\n`);
      schrijf("lib/x/index.ts", `export { ROLLEN } from "./schema";\n`);
      schrijf("lib/x/schema.ts", `import { z } from "zod";\nexport const ROLLEN = ["A"] as const;\nexport const s = z.enum(ROLLEN);\n`);
      schrijf("lib/y/schema.ts", `import { z } from "zod/v4";\nexport type T = string;\nexport type U = number;\nexport const s = z.string();\n`);
      schrijf("components/b/knop.tsx", `"use client";\nimport { actie } from "./actions";\nexport const k = () => import("../c/lui");\n`);
      schrijf("components/b/actions.ts", `"use server";\nimport { z } from "zod";\nexport async function actie() { return z.string(); }\n`);
      schrijf("components/c/lui.tsx", `import { signOut } from "next-auth/react";\nexport default signOut;\n`);
      schrijf("app/(auth)/login/login-form.tsx", `"use client";\nimport { signIn } from "next-auth/react";\nexport const l = signIn;\n`);
      schrijf("components/d/server.tsx", `import { z } from "zod";\nexport const s = z.string();\n`);
      expect(verbodenKetens(root).sort()).toEqual(
        ["components/a/form.tsx → lib/x/index.ts → lib/x/schema.ts → zod", "components/b/knop.tsx → components/c/lui.tsx → next-auth/react"].sort(),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
