import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/authz";
import { DOSSIER_DELEN, dossierZicht, type DossierDeel } from "@/lib/authz/zicht";
import { ToestemmingOnderwerp, type Rol } from "@/lib/db/generated/enums";

/**
 * SECURITY.md's table "Rollen en wat ze zien" is what the FG signs off on: it
 * must say what lib/authz/zicht.ts does. Each cell is recomputed from
 * dossierZicht: "ja" (always), "nee" (never) or "toestemming X" (only with
 * consent subject X in force).
 */
const KOLOMMEN: Record<string, Rol> = {
  begeleider: "BEGELEIDER",
  teamleider: "TEAMLEIDER",
  vrijwilliger: "VRIJWILLIGER",
  consulent: "CONSULENT",
  beheerder: "BEHEERDER",
};

function tabelUitSecurityMd(): { kop: string[]; rijen: string[][] } {
  const md = readFileSync(path.resolve(__dirname, "../../SECURITY.md"), "utf8");
  const blok = /<!-- zicht-tabel:begin -->([\s\S]*?)<!-- zicht-tabel:end -->/.exec(md)?.[1];
  if (!blok) throw new Error("SECURITY.md: geen zicht-tabel gevonden");
  const regels = blok
    .trim()
    .split("\n")
    .map((r) => r.split("|").slice(1, -1).map((c) => c.trim()));
  return { kop: regels[0]!, rijen: regels.slice(2) };
}

function watDeCodeZegt(rol: Rol, deel: DossierDeel): string {
  const user = { rol } as SessionUser;
  if (dossierZicht(user, [])[deel]) return "ja";
  const onderwerp = Object.values(ToestemmingOnderwerp).find((o) => dossierZicht(user, [o])[deel]);
  return onderwerp ? `toestemming ${onderwerp}` : "nee";
}

describe("SECURITY.md: rollen en wat ze zien", () => {
  const { kop, rijen } = tabelUitSecurityMd();

  it("heeft een kolom per rol en een rij per deel van het dossier", () => {
    expect(kop.slice(1).map((k) => KOLOMMEN[k])).toEqual(Object.values(KOLOMMEN));
    expect(rijen.map((r) => r[0]!.split(" ")[0])).toEqual([...DOSSIER_DELEN]);
  });

  it("zegt per rol en deel wat lib/authz/zicht.ts doet", () => {
    const verschillen: string[] = [];
    for (const rij of rijen) {
      const deel = rij[0]!.split(" ")[0] as DossierDeel;
      kop.slice(1).forEach((kolom, i) => {
        const code = watDeCodeZegt(KOLOMMEN[kolom]!, deel);
        if (rij[i + 1] !== code) verschillen.push(`${deel} / ${kolom}: SECURITY.md zegt "${rij[i + 1]}", de code "${code}"`);
      });
    }
    expect(verschillen).toEqual([]);
  });
});
