import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The layer rules in eslint.config.mjs, run through ESLint's own API on small
 * in-memory files placed (by filePath) in lib/ and components/. Nothing is
 * written to disk; the real config decides.
 */
const root = path.resolve(import.meta.dirname, "../..");
let eslint: ESLint;

async function meldingen(bestand: string, code: string) {
  const [resultaat] = await eslint.lintText(code, { filePath: path.join(root, bestand) });
  return resultaat!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
}, 60_000);

describe("ESLint layer rules", () => {
  it("refuses lib/ importing a route or a component", async () => {
    expect(await meldingen("lib/voorbeeld/queries.ts", `import { Knop } from "@/components/ui/knop";\nexport const x = Knop;\n`)).toEqual([
      expect.stringContaining("lib/ importeert nooit uit app/ of components/"),
    ]);
    expect(await meldingen("lib/voorbeeld/queries.ts", `import { GET } from "@/app/api/health/route";\nexport const x = GET;\n`)).toHaveLength(1);
    expect(await meldingen("lib/voorbeeld/queries.ts", `import type { X } from "../../components/ui/x";\nexport type Y = X;\n`)).toHaveLength(1);
  }, 60_000);

  it("refuses components importing the database", async () => {
    for (const bron of ["@/lib/db", "@/lib/db/client", "@/lib/db/generated/client", "../../lib/db"]) {
      expect(await meldingen("components/voorbeeld/lijst.tsx", `import { db } from "${bron}";\nexport const x = db;\n`), bron).toEqual([
        expect.stringContaining("Components lezen de database niet"),
      ]);
    }
    // A value import of the generated enums is refused too; labels live in lib/<module>/labels.
    expect(await meldingen("components/voorbeeld/lijst.tsx", `import { Fase } from "@/lib/db/generated/enums";\nexport const x = Fase;\n`)).toEqual([
      expect.stringContaining("alleen `import type`"),
    ]);
  }, 60_000);

  it("allows the right direction", async () => {
    expect(await meldingen("components/voorbeeld/lijst.tsx", `import type { Fase } from "@/lib/db/generated/enums";\nimport { FASE_LABELS } from "@/lib/inburgeraar/labels";\nexport const x = (f: Fase) => FASE_LABELS[f];\n`)).toEqual([]);
    expect(await meldingen("lib/voorbeeld/queries.ts", `import { db } from "@/lib/db";\nexport const x = db;\n`)).toEqual([]);
    expect(await meldingen("app/voorbeeld/page.tsx", `import { db } from "@/lib/db";\nimport { Knop } from "@/components/ui/knop";\nexport const x = [db, Knop];\n`)).toEqual([]);
  }, 60_000);
});
