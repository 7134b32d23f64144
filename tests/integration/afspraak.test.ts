import { describe, expect, it } from "vitest";
import { logAfspraak, planAfspraak } from "@/lib/afspraak/mutations";
import { getDossierAfspraken } from "@/lib/afspraak/queries";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { plusDagen, vandaag } from "@/lib/tijd";
import { maakTweeOrganisaties, maakTweeOrganisatiesMetSessies, sessionUser } from "../factories";
import { zinVoorAudit } from "@/lib/audit/zinnen";

const sleutel = () => `test-${crypto.randomUUID()}`;
const morgen = () => plusDagen(vandaag(), 1);

const wereld = maakTweeOrganisatiesMetSessies;

async function fout(p: Promise<unknown>): Promise<AppError | { fieldErrors: Record<string, string[]> }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    const zod = e as { issues?: { path: PropertyKey[]; message: string }[] };
    if (zod.issues) {
      const fieldErrors: Record<string, string[]> = {};
      for (const i of zod.issues) (fieldErrors[String(i.path[0])] ??= []).push(i.message);
      return { fieldErrors };
    }
    throw e;
  }
  throw new Error("verwachtte een fout");
}

describe("afspraak plannen en loggen", () => {
  it("plant een afspraak en logt hem daarna, met afgevinkte checklistpunten en volgend contact", async () => {
    const w = await wereld();
    const item = await db().checklistItem.create({
      data: { inburgeraarId: w.inburgeraarA.id, code: "HV-1", titel: "Huurcontract getekend", categorieen: ["HV"] },
    });
    const gepland = await planAfspraak(w.begeleider, {
      inburgeraarId: w.inburgeraarA.id,
      datum: morgen(),
      tijd: "10:00",
      type: "HUISBEZOEK",
      locatie: "Thuis",
      metTolk: "on",
      tolkTaal: "Arabisch",
      aanvraagSleutel: sleutel(),
    });
    const rij = await db().afspraak.findUniqueOrThrow({ where: { id: gepland.id } });
    expect(rij).toMatchObject({ status: "GEPLAND", medewerkerId: w.begeleider.id, duurMinuten: 60, metTolk: true, tolkTaal: "Arabisch" });
    const auditGepland = await db().auditLog.findFirstOrThrow({ where: { actie: "afspraak.gepland", entiteitId: gepland.id } });
    expect(zinVoorAudit(auditGepland)).toMatch(/^Afspraak gepland: huisbezoek op .* om 10:00$/);

    // Logged afterwards (the test logs it today: a log may not be in the future).
    const dag = vandaag();
    const gelogd = await logAfspraak(w.begeleider, {
      inburgeraarId: w.inburgeraarA.id,
      afspraakId: gepland.id,
      version: rij.version,
      datum: dag,
      tijd: "00:00",
      type: "HUISBEZOEK",
      status: "VOND_PLAATS",
      duurMinuten: "45",
      leefgebieden: ["WONEN", "FINANCIEN_ADMINISTRATIE"],
      verslag: "Huurcontract samen doorgenomen.",
      checklistItemIds: [item.id],
      volgendContact: plusDagen(dag, 14),
      aanvraagSleutel: sleutel(),
    });
    expect(gelogd.id).toBe(gepland.id);
    const na = await db().afspraak.findUniqueOrThrow({ where: { id: gepland.id } });
    expect(na).toMatchObject({ status: "VOND_PLAATS", duurMinuten: 45, gelogdDoorId: w.begeleider.id, version: rij.version + 1 });
    expect(na.leefgebieden).toEqual(["WONEN", "FINANCIEN_ADMINISTRATIE"]);
    expect(na.volgendContact?.toISOString().slice(0, 10)).toBe(plusDagen(dag, 14));
    const itemNa = await db().checklistItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(itemNa).toMatchObject({ status: "GEREGELD", afspraakId: gepland.id });
    const auditLog = await db().auditLog.findFirstOrThrow({ where: { actie: "afspraak.gelogd", entiteitId: gepland.id } });
    expect(zinVoorAudit(auditLog)).toBe("Huisbezoek gelogd: vond plaats, 45 minuten");

    const lijst = await getDossierAfspraken(w.begeleider, w.inburgeraarA.id);
    expect(lijst.eerder.map((a) => a.id)).toContain(gepland.id);
    expect(lijst.standaarden.type).toBe("HUISBEZOEK");
    expect(lijst.openChecklist).toEqual([]);
  });

  it("logt een contact dat nooit gepland was, met de standaardduur van het type", async () => {
    const w = await wereld();
    const r = await logAfspraak(w.begeleider, {
      inburgeraarId: w.inburgeraarA.id,
      datum: vandaag(),
      tijd: "00:05",
      type: "TELEFONISCH",
      status: "VOND_PLAATS",
      aanvraagSleutel: sleutel(),
    });
    expect(await db().afspraak.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ duurMinuten: 15, status: "VOND_PLAATS", medewerkerId: w.begeleider.id });
  });

  it("maakt bij een dubbele klik één afspraak, ook als beide verzoeken tegelijk lopen", async () => {
    const w = await wereld();
    const input = { inburgeraarId: w.inburgeraarA.id, datum: vandaag(), tijd: "00:10", type: "CHAT", status: "VOND_PLAATS", aanvraagSleutel: sleutel() };
    const eerste = await logAfspraak(w.begeleider, input);
    const tweede = await logAfspraak(w.begeleider, input);
    expect(tweede).toMatchObject({ id: eerste.id, isNieuw: false });

    const plan = { inburgeraarId: w.inburgeraarA.id, datum: morgen(), tijd: "09:00", type: "KANTOOR", aanvraagSleutel: sleutel() };
    const [a, b] = await Promise.all([planAfspraak(w.begeleider, plan), planAfspraak(w.begeleider, plan)]);
    expect(a.id).toBe(b.id);
    const log = { ...input, tijd: "00:15", aanvraagSleutel: sleutel() };
    const [c, d] = await Promise.all([logAfspraak(w.begeleider, log), logAfspraak(w.begeleider, log)]);
    expect(c.id).toBe(d.id);
    expect(await db().afspraak.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(3);
    expect(await db().auditLog.count({ where: { inburgeraarId: w.inburgeraarA.id, actie: { startsWith: "afspraak." } } })).toBe(3);
  });

  it("weigert foute invoer met een Nederlandse melding en schrijft niets", async () => {
    const w = await wereld();
    const basis = { inburgeraarId: w.inburgeraarA.id, datum: vandaag(), tijd: "00:00", type: "TELEFONISCH", status: "VOND_PLAATS", aanvraagSleutel: sleutel() };
    const leeg = await fout(logAfspraak(w.begeleider, { inburgeraarId: w.inburgeraarA.id, aanvraagSleutel: sleutel() }));
    expect(leeg).toMatchObject({ fieldErrors: { datum: ["Vul de datum van het contact in."], type: ["Kies wat voor afspraak het is."] } });
    const lang = await fout(logAfspraak(w.begeleider, { ...basis, verslag: "x".repeat(2001) }));
    expect(lang).toMatchObject({ fieldErrors: { verslag: [expect.stringMatching(/hoogstens 2000 tekens/)] } });
    const volgend = await fout(logAfspraak(w.begeleider, { ...basis, volgendContact: plusDagen(vandaag(), -1) }));
    expect(volgend).toMatchObject({ fieldErrors: { volgendContact: ["Het volgende contact kan niet vóór dit contact liggen."] } });
    const toekomst = await fout(logAfspraak(w.begeleider, { ...basis, datum: morgen() }));
    expect(toekomst).toMatchObject({ fieldErrors: { datum: [expect.stringMatching(/al geweest/)] } });
    const type = await fout(planAfspraak(w.begeleider, { ...basis, datum: morgen(), type: "BIOSCOOP" }));
    expect(type).toMatchObject({ fieldErrors: { type: ["Kies wat voor afspraak het is."] } });
    const eindgesprek = await fout(logAfspraak(w.begeleider, { ...basis, isEindgesprek: "on" }));
    expect(eindgesprek).toMatchObject({ fieldErrors: { isEindgesprek: [expect.stringMatching(/afronding/)] } });
    expect(await db().afspraak.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { inburgeraarId: w.inburgeraarA.id, actie: { startsWith: "afspraak." } } })).toBe(0);
  });

  it("geeft een conflict bij het loggen van een geplande afspraak met een oude versie", async () => {
    const w = await wereld();
    const gepland = await planAfspraak(w.begeleider, { inburgeraarId: w.inburgeraarA.id, datum: morgen(), tijd: "11:00", type: "KANTOOR", aanvraagSleutel: sleutel() });
    const log = { inburgeraarId: w.inburgeraarA.id, afspraakId: gepland.id, version: 1, datum: vandaag(), tijd: "00:00", type: "KANTOOR", status: "VOND_PLAATS" };
    await logAfspraak(w.vrijwilliger, { ...log, aanvraagSleutel: sleutel() });
    const e = await fout(logAfspraak(w.begeleider, { ...log, status: "NIET_VERSCHENEN", aanvraagSleutel: sleutel() }));
    expect(e).toMatchObject({ code: "CONFLICT" });
    expect(await db().afspraak.findUniqueOrThrow({ where: { id: gepland.id } })).toMatchObject({ status: "VOND_PLAATS", version: 2 });
  });

  it("laat een vrijwilliger loggen voor het eigen maatje, maar niet voor een ander dossier of een andere organisatie", async () => {
    const w = await wereld();
    const ok = await logAfspraak(w.vrijwilliger, {
      inburgeraarId: w.inburgeraarA.id, datum: vandaag(), tijd: "00:00", type: "CHAT", status: "VOND_PLAATS", aanvraagSleutel: sleutel(),
    });
    expect(ok.isNieuw).toBe(true);
    const ander = await fout(logAfspraak(w.vrijwilliger, {
      inburgeraarId: w.nietToegewezenA.id, datum: vandaag(), tijd: "00:00", type: "CHAT", status: "VOND_PLAATS", aanvraagSleutel: sleutel(),
    }));
    expect(ander).toMatchObject({ code: "NIET_GEVONDEN" });
    await expect(getDossierAfspraken(w.vrijwilliger, w.nietToegewezenA.id)).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    const andereOrg = await fout(planAfspraak(w.begeleiderB, {
      inburgeraarId: w.inburgeraarA.id, datum: morgen(), tijd: "10:00", type: "KANTOOR", aanvraagSleutel: sleutel(),
    }));
    expect(andereOrg).toMatchObject({ code: "NIET_GEVONDEN" });
    await expect(getDossierAfspraken(w.begeleiderB, w.inburgeraarA.id)).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    expect(await db().afspraak.count({ where: { inburgeraarId: { in: [w.nietToegewezenA.id] } } })).toBe(0);
    expect(await db().afspraak.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(1);
  });
});

describe("verslagen en het maatje", () => {
  it("een maatje leest alleen de eigen verslagen en die de begeleider deelde; het onderwerp volgt het verslag", async () => {
    const w = await maakTweeOrganisaties();
    const begeleider = await sessionUser(w.gebruikers.begeleider.id);
    const maatje = await sessionUser(w.gebruikers.vrijwilliger.id);
    const log = (user: typeof begeleider, verslag: string, tijd: string, extra: Record<string, string> = {}) =>
      logAfspraak(user, { inburgeraarId: w.inburgeraarA.id, datum: vandaag(), tijd, type: "HUISBEZOEK", status: "VOND_PLAATS", verslag, aanvraagSleutel: `v-${verslag}`, ...extra });
    await log(begeleider, "PRIVE-verslag-begeleider", "08:00");
    await log(begeleider, "GEDEELD-verslag-begeleider", "09:00", { deelMetMaatje: "on" });
    await log(maatje, "EIGEN-verslag-maatje", "10:00", { deelMetMaatje: "on" });
    const gezien = await getDossierAfspraken(maatje, w.inburgeraarA.id);
    const verslagen = gezien.eerder.map((a) => a.verslag);
    expect(verslagen).toContain("GEDEELD-verslag-begeleider");
    expect(verslagen).toContain("EIGEN-verslag-maatje");
    expect(verslagen).not.toContain("PRIVE-verslag-begeleider");
    expect(gezien.eerder).toHaveLength(3);
    expect(gezien.kanVerslagDelen).toBe(false);
    // A volunteer cannot share: their tick is ignored (their own verslag is theirs anyway).
    const rij = await db().afspraak.findFirstOrThrow({ where: { verslag: "EIGEN-verslag-maatje" } });
    expect(rij.deelMetMaatje).toBe(false);
    const doorBegeleider = await getDossierAfspraken(begeleider, w.inburgeraarA.id);
    expect(doorBegeleider.eerder.map((a) => a.verslag)).toContain("PRIVE-verslag-begeleider");
  });

  it("toont elke afspraak één keer, en het maatje ook de geplande afspraak van de begeleider (zonder onderwerp)", async () => {
    const w = await maakTweeOrganisaties();
    const begeleider = await sessionUser(w.gebruikers.begeleider.id);
    const maatje = await sessionUser(w.gebruikers.vrijwilliger.id);
    await logAfspraak(begeleider, { inburgeraarId: w.inburgeraarA.id, datum: vandaag(), tijd: "08:00", type: "HUISBEZOEK", status: "VOND_PLAATS", verslag: "Verslag", aanvraagSleutel: sleutel() });
    const gepland = await planAfspraak(begeleider, {
      inburgeraarId: w.inburgeraarA.id,
      datum: morgen(),
      tijd: "10:00",
      type: "KANTOOR",
      onderwerp: "PRIVE-onderwerp",
      aanvraagSleutel: sleutel(),
    });
    // Before 019 a reader of every verslag got each afspraak twice (Prisma's `NOT: {}` matched every row),
    // and the maatje missed the begeleider's planned ones (NOT over a NULL gelogdDoorId matched none).
    const doorBegeleider = await getDossierAfspraken(begeleider, w.inburgeraarA.id);
    expect([...doorBegeleider.komend, ...doorBegeleider.eerder].map((a) => a.id).sort()).toEqual(
      (await db().afspraak.findMany({ where: { inburgeraarId: w.inburgeraarA.id }, select: { id: true } })).map((a) => a.id).sort(),
    );
    expect(doorBegeleider.komend).toMatchObject([{ id: gepland.id, onderwerp: "PRIVE-onderwerp" }]);
    const doorMaatje = await getDossierAfspraken(maatje, w.inburgeraarA.id);
    expect(doorMaatje.komend).toMatchObject([{ id: gepland.id, onderwerp: null, verslag: null, isEigen: false }]);
    expect(doorMaatje.eerder).toHaveLength(1);
  });
});
