/**
 * AVG inzage (art. 15): on the demo dataset, the export of one person holds
 * every row of theirs (checked per table with an inburgeraarId column, and for
 * the plan's doelen and acties) and not one row of anybody else; it names who
 * looked at the dossier; only a teamleider of the organisation may make it,
 * and making it is audited.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { auditDossierBekeken } from "@/lib/audit";
import type { SessionUser } from "@/lib/authz";
import { decryptBsn } from "@/lib/crypto/bsn";
import { db } from "@/lib/db";
import { maakInzage, type Inzage } from "@/lib/avg/inzage";
import { inzagePdfInhoud } from "@/lib/avg/rules";
import { maakPdf } from "@/lib/pdf/document";
import { seedDemo } from "@/lib/seed/demo";
import { maakGebruiker, maakOrganisatie, sessionUser } from "../factories";

let teamleider: SessionUser;
let begeleider: SessionUser;
let x: { id: string; voornaam: string; achternaam: string; bsnVersleuteld: string | null };
let inzage: Inzage;
let json: string;

/** Tables with an inburgeraarId column: the independent check of completeness. */
async function tabellenMetInburgeraarId(): Promise<string[]> {
  const rijen = await db().$queryRawUnsafe<{ tabel: string }[]>(
    `SELECT table_name::text AS tabel FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'inburgeraarId' AND table_name <> 'AuditLog' ORDER BY 1`,
  );
  return rijen.map((r) => r.tabel);
}

beforeAll(async () => {
  await seedDemo(db(), { now: new Date() });
  const persoon = await db().inburgeraar.findFirstOrThrow({
    where: { voornaam: "Layla", achternaam: "Darwish" },
    select: { id: true, voornaam: true, achternaam: true, bsnVersleuteld: true, organisatieId: true },
  });
  x = persoon;
  const tl = await db().gebruiker.findFirstOrThrow({ where: { organisatieId: persoon.organisatieId, rol: "TEAMLEIDER" } });
  const bg = await db().gebruiker.findFirstOrThrow({ where: { organisatieId: persoon.organisatieId, rol: "BEGELEIDER", toewijzingen: { some: { inburgeraarId: persoon.id } } } });
  teamleider = await sessionUser(tl.id);
  begeleider = await sessionUser(bg.id);
  await auditDossierBekeken(begeleider, persoon.id, "overzicht");
  inzage = await maakInzage(teamleider, persoon.id, "json");
  json = JSON.stringify(inzage);
}, 180_000);

describe("AVG-inzage", () => {
  it("bevat elke rij van de persoon, in elke tabel met een inburgeraarId", async () => {
    const tabellen = await tabellenMetInburgeraarId();
    expect(tabellen.length).toBeGreaterThan(10);
    let gevuld = 0;
    for (const tabel of tabellen) {
      const ids = await db().$queryRawUnsafe<{ id: string }[]>(`SELECT id::text AS id FROM "${tabel}" WHERE "inburgeraarId" = $1`, x.id);
      if (ids.length) gevuld++;
      const inExport = new Set((inzage.gegevens[tabel] ?? []).map((r) => String(r.id)));
      for (const { id } of ids) expect(inExport.has(id), `${tabel} ${id} ontbreekt`).toBe(true);
    }
    // The demo person has data in most of them; an empty export would prove nothing.
    expect(gevuld).toBeGreaterThanOrEqual(8);
  });

  it("bevat ook wat onder het plan hangt: doelen en acties", async () => {
    const doelen = await db().doel.findMany({ where: { plan: { inburgeraarId: x.id } }, select: { id: true, acties: { select: { id: true } } } });
    expect(doelen.length).toBeGreaterThan(0);
    for (const d of doelen) {
      expect(json).toContain(d.id);
      for (const a of d.acties) expect(json).toContain(a.id);
    }
  });

  it("bevat niets van een ander: geen rij-id en geen naam van een andere inburgeraar", async () => {
    for (const tabel of await tabellenMetInburgeraarId()) {
      const anderen = await db().$queryRawUnsafe<{ id: string }[]>(`SELECT id::text AS id FROM "${tabel}" WHERE "inburgeraarId" <> $1`, x.id);
      for (const { id } of anderen) expect(json.includes(id), `${tabel} ${id} van een ander staat in de export`).toBe(false);
    }
    const andereNamen = await db().inburgeraar.findMany({ where: { id: { not: x.id } }, select: { voornaam: true, achternaam: true } });
    for (const n of andereNamen) expect(json).not.toContain(`${n.voornaam} ${n.achternaam}`);
  });

  it("geeft het BSN leesbaar, en geen interne sleutels", () => {
    const persoon = inzage.gegevens.Inburgeraar?.[0] ?? {};
    expect(persoon.voornaam).toBe(x.voornaam);
    if (x.bsnVersleuteld) expect(persoon.bsn).toBe(decryptBsn(x.bsnVersleuteld));
    expect(json).not.toContain("bsnVersleuteld");
    expect(json).not.toContain("bsnHash");
  });

  it("laat zien wie het dossier bekeek, met naam en rol", () => {
    const bekeken = inzage.inzagen.filter((i) => i.wie === begeleider.naam);
    expect(bekeken.length).toBeGreaterThan(0);
    expect(bekeken[0]?.rol).toBe("begeleider");
    expect(bekeken.some((i) => /bekeken/i.test(i.wat))).toBe(true);
  });

  it("legt vast dat de inzage is gemaakt, en door wie", async () => {
    const rij = await db().auditLog.findFirst({ where: { actie: "avg.inzage-gemaakt", inburgeraarId: x.id }, orderBy: { id: "desc" } });
    expect(rij?.gebruikerId).toBe(teamleider.id);
  });

  it("maakt er een leesbare PDF van", async () => {
    const inhoud = inzagePdfInhoud(inzage, teamleider.organisatieNaam);
    expect(inhoud.titel).toContain(`${x.voornaam} ${x.achternaam}`);
    expect(inhoud.secties.map((s) => s.kop)).toEqual(expect.arrayContaining(["Persoonsgegevens en traject", "Afspraken en contacten", "Wie heeft het dossier bekeken of gewijzigd"]));
    const pdf = await maakPdf(inhoud);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  }, 60_000);

  it("weigert een begeleider, en een teamleider van een andere organisatie vindt het dossier niet", async () => {
    await expect(maakInzage(begeleider, x.id, "json")).rejects.toMatchObject({ code: "GEEN_TOEGANG" });
    const ander = await maakOrganisatie();
    const tlB = await sessionUser((await maakGebruiker(ander.organisatie.id, "TEAMLEIDER")).id);
    await expect(maakInzage(tlB, x.id, "json")).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
  });
});
