import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { laadSessie, startSessie } from "@/lib/auth/session";
import { BenchBestaatAl, genereerBenchData, type BenchResultaat } from "@/lib/bench/genereer";
import { afwijkendeStanden } from "@/lib/caseload/stand";
import { getCaseloadPagina } from "@/lib/caseload/queries";
import { ontsleutel } from "@/lib/crypto/versleutel";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { DEMO_PASSWORD } from "@/lib/seed/accounts";
import { demoTweestapsGeheim } from "@/lib/seed/demo-tweestaps";
import { TWEESTAPS_GEHEIM_DOEL } from "@/lib/tweestaps/totp";
import { testDatabase } from "../setup/db";

const PERSONEN = 60;

/** Rows per table of the schema (every Prisma model is one table). */
async function tellingen(): Promise<Record<string, number>> {
  const uit: Record<string, number> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    const [rij] = await testDatabase().sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${model}"`);
    uit[model] = rij?.n ?? 0;
  }
  return uit;
}

describe("npm run bench:data (lib/bench/genereer.ts)", () => {
  let eerste: BenchResultaat;
  let aantallen: Record<string, number>;
  beforeAll(async () => {
    eerste = await genereerBenchData(testDatabase(), { personen: PERSONEN });
    aantallen = await tellingen();
  }, 120_000);

  it("fills every table of the schema", () => {
    for (const [model, n] of Object.entries(aantallen)) expect(n, model).toBeGreaterThan(0);
    expect(aantallen.Inburgeraar).toBe(PERSONEN);
    // About thirty afspraken and thirty checklist items per person.
    expect(aantallen.Afspraak! / PERSONEN).toBeGreaterThan(15);
    expect(aantallen.ChecklistItem! / PERSONEN).toBeGreaterThan(15);
  });

  it("only writes obviously fictional test people", async () => {
    expect(await db().inburgeraar.count({ where: { isTestdata: false } })).toBe(0);
    expect(await db().inburgeraar.count({ where: { OR: [{ bsnHash: { not: null } }, { bsnVersleuteld: { not: null } }] } })).toBe(0);
    const namen = await db().inburgeraar.findMany({ select: { achternaam: true }, distinct: ["achternaam"] });
    for (const { achternaam } of namen) expect(achternaam).toMatch(/^(Proef|Test|Demo|Oefen|Schets|Verzin|Fictie|Voorbeeld)/);
  });

  it("gives every begeleider a caseload of 25 to 60 people", async () => {
    const caseloads = await testDatabase().sql.query<{ email: string; n: number }>(
      `SELECT g.email, count(DISTINCT t."inburgeraarId")::int AS n
         FROM "Gebruiker" g
         LEFT JOIN "Toewijzing" t ON t."gebruikerId" = g.id AND t.tot IS NULL AND t.rol IN ('OPSTART', 'BEGELEIDER')
         LEFT JOIN "Inburgeraar" i ON i.id = t."inburgeraarId" AND i.fase <> 'AFGESLOTEN'
        WHERE g.rol = 'BEGELEIDER' GROUP BY g.email`,
    );
    expect(caseloads.length).toBeGreaterThan(0);
    for (const c of caseloads) {
      expect(c.n, c.email).toBeGreaterThanOrEqual(25);
      expect(c.n, c.email).toBeLessThanOrEqual(60);
    }
  });

  it("stores the attention facts exactly as a full recomputation gives them", async () => {
    expect(await afwijkendeStanden(testDatabase().sql, eerste.organisatieId)).toEqual([]);
    // And they are filled in, not left empty.
    expect(await db().inburgeraar.count({ where: { laatsteContactOp: { not: null } } })).toBeGreaterThan(PERSONEN / 2);
  });

  it("lets a begeleider of the dataset sign in with the demo password and TOTP secret, and see their caseload", async () => {
    const email = eerste.voorbeelden.find((v) => v.rol === "BEGELEIDER")!.email;
    const g = await db().gebruiker.findUniqueOrThrow({ where: { email }, omit: { wachtwoordHash: false } });
    expect(await verifyPassword(g.wachtwoordHash!, DEMO_PASSWORD)).toBe(true);
    expect(ontsleutel(g.tweestapsGeheim!, TWEESTAPS_GEHEIM_DOEL)).toBe(demoTweestapsGeheim(email));
    const sessie = await laadSessie(await startSessie(g.id, "192.0.2.1", "vitest", new Date(), "TOTP"));
    expect(sessie.ok).toBe(true);
    if (!sessie.ok) return;
    expect(sessie.user).toMatchObject({ id: g.id, rol: "BEGELEIDER", organisatieNaam: "Bench Nederland", tweestapsGedaan: true });
    const caseload = await getCaseloadPagina(sessie.user);
    expect(caseload.totaal).toBeGreaterThanOrEqual(25);
    expect(caseload.rijen.length).toBeGreaterThan(0);
  });

  it("refuses a second run, and --opnieuw replaces the organisation with the same data", async () => {
    await expect(genereerBenchData(testDatabase(), { personen: PERSONEN })).rejects.toBeInstanceOf(BenchBestaatAl);
    const idsVoor = (await db().afspraak.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id);
    const tweede = await genereerBenchData(testDatabase(), { personen: PERSONEN, opnieuw: true });
    expect(tweede.organisatieId).toBe(eerste.organisatieId);
    const na = await tellingen();
    // Deterministic by the seed; only the sessions and audit rows of this test's own sign-in are gone with the old organisation.
    for (const model of Object.keys(aantallen)) {
      if (model === "Sessie" || model === "AuditLog") continue;
      expect(na[model], model).toBe(aantallen[model]);
    }
    expect((await db().afspraak.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id)).toEqual(idsVoor);
    expect(await afwijkendeStanden(testDatabase().sql, tweede.organisatieId)).toEqual([]);
  }, 120_000);
});
