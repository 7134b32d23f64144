import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { logAfspraak } from "@/lib/afspraak/mutations";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { rondActieAf } from "@/lib/plan/actie-afronden";
import { legMeetmomentVast } from "@/lib/plan/meetmoment-vastleggen";
import { legAkkoordVast } from "@/lib/plan/plan-akkoord";
import { bewerkDoel, bewerkLeefgebied, kiesFocus, voegActieToe, voegDoelToe } from "@/lib/plan/plan-bewerken";
import { planPdfVoor } from "@/lib/plan/pdf-downloaden";
import { getPlan, getPlanTab, getSchemaGevolgen, getVersieVergelijking } from "@/lib/plan/queries";
import { maakTweeOrganisaties, sessionUser } from "../factories";

const nu = new Date("2026-11-29T10:00:00Z");

async function fout(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (error) {
    return error;
  }
  throw new Error("verwacht een fout");
}
const code = async (p: Promise<unknown>) => ((await fout(p)) as AppError).code;

/** A world with a plan for inburgeraarA (BRP 1 juni 2026, opstartfase): one doel with an actie for each kind. */
async function wereldMetPlan() {
  const w = await maakTweeOrganisaties();
  const begeleider = await sessionUser(w.gebruikers.begeleider.id);
  const id = w.inburgeraarA.id;
  const { doelId } = await voegDoelToe(begeleider, { inburgeraarId: id, leefgebied: "FINANCIEN_ADMINISTRATIE", omschrijving: "Zelf de vaste lasten overzien", streefdatum: "2027-03-01" }, nu);
  await voegActieToe(begeleider, { doelId, omschrijving: "Samen naar de bank voor de app", voor: "MAATJE" }, nu);
  await voegActieToe(begeleider, { doelId, omschrijving: "Vergelijk drie zorgverzekeringen", voor: "INBURGERAAR", deadline: "2026-12-15" }, nu);
  await voegActieToe(begeleider, { doelId, omschrijving: "Aanvraag bijzondere bijstand nakijken", voor: "BEGELEIDER" }, nu);
  await voegActieToe(begeleider, { doelId, omschrijving: "Intake budgetcursus", voor: "ORGANISATIE", organisatie: "Schuldhulp Testgemeente" }, nu);
  return { w, begeleider, id, doelId };
}

describe("begeleidingsplan: schrijven, versies en conflicten", () => {
  it("leefgebied, focus en doel dragen een versie: een verouderde opslag is een conflict en overschrijft niets", async () => {
    const { w, begeleider, id, doelId } = await wereldMetPlan();
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const basis = { inburgeraarId: id, leefgebied: "WONEN" };

    await bewerkLeefgebied(begeleider, { ...basis, version: "0", kanAl: "Kent de buren", streefScore: "4" }, nu);
    // Someone else also started from an empty leefgebied.
    expect(await code(bewerkLeefgebied(teamleider, { ...basis, version: "0", kanAl: "Iets anders" }, nu))).toBe("CONFLICT");
    // Both loaded version 1; the first save wins, the second gets a conflict.
    await bewerkLeefgebied(teamleider, { ...basis, version: "1", kanAl: "Kent de buren en de wijkagent", streefScore: "4" }, nu);
    expect(await code(bewerkLeefgebied(begeleider, { ...basis, version: "1", kanAl: "Overschreven?" }, nu))).toBe("CONFLICT");
    const wonen = await db().planLeefgebied.findFirstOrThrow({ where: { plan: { inburgeraarId: id }, leefgebied: "WONEN" } });
    expect(wonen).toMatchObject({ kanAl: "Kent de buren en de wijkagent", streefScore: 4, version: 2 });
    // A target outside 1–5 is a field error; nothing changes.
    const e = await fout(bewerkLeefgebied(begeleider, { ...basis, version: "2", streefScore: "7" }, nu));
    expect(e).toBeInstanceOf(ZodError);
    expect((e as ZodError).issues[0]?.path).toEqual(["streefScore"]);
    expect((await db().planLeefgebied.findFirstOrThrow({ where: { id: wonen.id } })).version).toBe(2);

    const plan = await db().begeleidingsplan.findUniqueOrThrow({ where: { inburgeraarId: id } });
    await kiesFocus(begeleider, { inburgeraarId: id, focus: "FINANCIEN_ADMINISTRATIE", version: String(plan.version) }, nu);
    expect(await code(kiesFocus(teamleider, { inburgeraarId: id, focus: "WONEN", version: String(plan.version) }, nu))).toBe("CONFLICT");
    expect((await db().begeleidingsplan.findUniqueOrThrow({ where: { id: plan.id } })).focusLeefgebied).toBe("FINANCIEN_ADMINISTRATIE");

    await bewerkDoel(begeleider, { doelId, version: "1", omschrijving: "Zelf de vaste lasten overzien", status: "BEZIG" }, nu);
    expect(await code(bewerkDoel(teamleider, { doelId, version: "1", omschrijving: "Ander doel", status: "GESTOPT" }, nu))).toBe("CONFLICT");
    expect(await db().doel.findUniqueOrThrow({ where: { id: doelId } })).toMatchObject({ status: "BEZIG", version: 2 });

    // An actie for an organisation needs its name.
    const zonderNaam = await fout(voegActieToe(begeleider, { doelId, omschrijving: "Iets", voor: "ORGANISATIE" }, nu));
    expect((zonderNaam as ZodError).issues[0]?.path).toEqual(["organisatie"]);
  });

  it("akkoord bewaart elke versie; een wijziging tussen tonen en akkoord is een conflict; twee versies naast elkaar", async () => {
    const { begeleider, id, doelId } = await wereldMetPlan();
    const eerst = await getPlan(begeleider, id, nu);
    expect(eerst.gewijzigdSindsAkkoord).toBe(true);
    const v1 = await legAkkoordVast(begeleider, { inburgeraarId: id, inhoudSleutel: eerst.inhoudSleutel, datum: "2026-11-28", wijze: "MONDELING_MET_TOLK", tolkTaal: "Arabisch" }, nu);
    expect(v1.nummer).toBe(1);
    const opgeslagen = await db().planVersie.findFirstOrThrow({ where: { plan: { inburgeraarId: id }, nummer: 1 } });
    expect(opgeslagen).toMatchObject({ wijze: "MONDELING_MET_TOLK", tolkTaal: "Arabisch" });
    expect(JSON.stringify(opgeslagen.inhoud)).toContain("Vergelijk drie zorgverzekeringen");
    expect((await getPlan(begeleider, id, nu)).gewijzigdSindsAkkoord).toBe(false);

    // The plan changes after the page was shown: agreeing to the old view is refused.
    await bewerkDoel(begeleider, { doelId, version: "1", omschrijving: "Zelf de vaste lasten en de toeslagen overzien", status: "BEZIG" }, nu);
    expect(await code(legAkkoordVast(begeleider, { inburgeraarId: id, inhoudSleutel: eerst.inhoudSleutel, datum: "2026-11-29", wijze: "ONDERTEKEND" }, nu))).toBe("CONFLICT");
    expect(await db().planVersie.count({ where: { plan: { inburgeraarId: id } } })).toBe(1);
    const daarna = await getPlan(begeleider, id, nu);
    expect(daarna.gewijzigdSindsAkkoord).toBe(true);
    // In the future, or with a tolk but no language: field errors.
    expect(await fout(legAkkoordVast(begeleider, { inburgeraarId: id, inhoudSleutel: daarna.inhoudSleutel, datum: "2026-12-01", wijze: "ONDERTEKEND" }, nu))).toBeInstanceOf(ZodError);
    expect(await fout(legAkkoordVast(begeleider, { inburgeraarId: id, inhoudSleutel: daarna.inhoudSleutel, datum: "2026-11-29", wijze: "MONDELING_MET_TOLK" }, nu))).toBeInstanceOf(ZodError);
    const v2 = await legAkkoordVast(begeleider, { inburgeraarId: id, inhoudSleutel: daarna.inhoudSleutel, datum: "2026-11-29", wijze: "ONDERTEKEND" }, nu);
    expect(v2.nummer).toBe(2);

    const vergelijking = await getVersieVergelijking(begeleider, id, { a: "1", b: "2" }, nu);
    expect(vergelijking.versies.map((v) => v.nummer)).toEqual([2, 1]);
    expect(vergelijking.links?.inhoud.leefgebieden.find((l) => l.leefgebied === "FINANCIEN_ADMINISTRATIE")?.doelen[0]?.omschrijving).toBe("Zelf de vaste lasten overzien");
    expect(vergelijking.rechts?.inhoud.leefgebieden.find((l) => l.leefgebied === "FINANCIEN_ADMINISTRATIE")?.doelen[0]?.omschrijving).toBe(
      "Zelf de vaste lasten en de toeslagen overzien",
    );
    const standaard = await getVersieVergelijking(begeleider, id, {}, nu);
    expect([standaard.links?.label, standaard.rechts?.label]).toEqual(["Versie 2", "Het plan nu"]);
  });

  it("meetmomenten: nulmeting met eigen score, foute scores veranderen niets, dubbel vastleggen is een conflict, later kan nog niet", async () => {
    const { w, begeleider, id } = await wereldMetPlan();
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const nulmeting = { inburgeraarId: id, maand: "0", version: "0", datum: "2026-06-10", scores: { WONEN: { score: "3", eigenScore: "4" }, FINANCIEN_ADMINISTRATIE: { score: "2" } } };

    const slecht = await fout(legMeetmomentVast(begeleider, { ...nulmeting, scores: { WONEN: { score: "6" }, ZORG_GEZONDHEID: { eigenScore: "3" } } }, nu));
    expect((slecht as ZodError).issues.map((i) => i.path.join("."))).toEqual(["scores.WONEN.score"]);
    const zonderBegeleider = await fout(legMeetmomentVast(begeleider, { ...nulmeting, scores: { ZORG_GEZONDHEID: { eigenScore: "3" } } }, nu));
    expect((zonderBegeleider as ZodError).issues.map((i) => i.path.join("."))).toEqual(["scores.ZORG_GEZONDHEID.score"]);
    const voorBrp = await fout(legMeetmomentVast(begeleider, { ...nulmeting, datum: "2026-05-20" }, nu));
    expect((voorBrp as ZodError).issues.map((i) => i.path.join("."))).toEqual(["datum"]);
    expect(await db().meetmoment.count({ where: { plan: { inburgeraarId: id } } })).toBe(0);

    await legMeetmomentVast(begeleider, nulmeting, nu);
    const m0 = await db().meetmoment.findFirstOrThrow({ where: { plan: { inburgeraarId: id }, maandNaStart: 0 }, include: { scores: { orderBy: { leefgebied: "asc" } } } });
    expect(m0).toMatchObject({ geplandOp: new Date("2026-06-01"), afgenomenOp: new Date("2026-06-10"), afgenomenDoorId: begeleider.id, version: 1 });
    expect(m0.scores.map((s) => [s.leefgebied, s.score, s.eigenScore])).toEqual([
      ["WONEN", 3, 4],
      ["FINANCIEN_ADMINISTRATIE", 2, null],
    ]);
    // A second first recording of the same meetmoment (someone else had the form open): conflict.
    expect(await code(legMeetmomentVast(teamleider, nulmeting, nu))).toBe("CONFLICT");
    // A correction with the loaded version replaces the scores; a stale one is refused.
    await legMeetmomentVast(begeleider, { ...nulmeting, version: "1", scores: { WONEN: { score: "2", eigenScore: "4" } } }, nu);
    expect(await code(legMeetmomentVast(teamleider, { ...nulmeting, version: "1" }, nu))).toBe("CONFLICT");
    expect((await db().leefgebiedScore.findMany({ where: { meetmomentId: m0.id } })).map((s) => [s.leefgebied, s.score])).toEqual([["WONEN", 2]]);

    // Month 3 is due (late); month 8 only in February 2027.
    const plan = await getPlan(begeleider, id, nu);
    expect(plan.meetmomenten.map((m) => [m.maand, m.status])).toEqual([
      [0, "GEDAAN"],
      [3, "TE_LAAT"],
      [8, "LATER"],
      [12, "LATER"],
    ]);
    expect(await code(legMeetmomentVast(begeleider, { ...nulmeting, maand: "8", datum: "2026-11-29" }, nu))).toBe("ONGELDIG");
    await legMeetmomentVast(begeleider, { ...nulmeting, maand: "3", datum: "2026-11-29", scores: { WONEN: { score: "3" } } }, nu);
    const na = await getPlan(begeleider, id, nu);
    expect(na.huidig).toBeNull();
    expect(na.leefgebieden.find((l) => l.leefgebied === "WONEN")?.scores.map((s) => [s.maand, s.score, s.eigenScore])).toEqual([
      [0, 2, 4],
      [3, 3, null],
    ]);
  });

  it("een schemawijziging in de gemeente toont welke lopende trajecten het raakt, zonder namen", async () => {
    const { w, begeleider, id } = await wereldMetPlan();
    const beheerder = await sessionUser(w.gebruikers.beheerder.id);
    await legMeetmomentVast(begeleider, { inburgeraarId: id, maand: "0", version: "0", datum: "2026-06-10", scores: { WONEN: { score: "3" } } }, nu);
    const gevolgen = await getSchemaGevolgen(beheerder, w.a.gemeente.id, [4, 10, 12], nu);
    // inburgeraarA (BRP June 2026) had 3 (late), 8 and 12 open; now 4, 10 and 12.
    expect(gevolgen.geraakt).toBe(1);
    expect(gevolgen.groepen).toEqual([{ brpMaand: "2026-06", aantal: 1, voor: ["3 mnd", "8 mnd", "12 mnd"], na: ["4 mnd", "10 mnd", "12 mnd"] }]);
    expect(JSON.stringify(gevolgen)).not.toContain(w.inburgeraarA.achternaam);
    expect((await getSchemaGevolgen(beheerder, w.a.gemeente.id, [3, 8, 12], nu)).geraakt).toBe(0);
    expect(await code(getSchemaGevolgen(begeleider, w.a.gemeente.id, [4], nu))).toBe("GEEN_TOEGANG");
    expect(await code(getSchemaGevolgen(beheerder, w.b.gemeente.id, [4], nu))).toBe("NIET_GEVONDEN");
  });
});

describe("afspraken en het plan", () => {
  it("een gelogd contact wordt aan doelen gekoppeld; het plan toont per doel de contacten", async () => {
    const { w, begeleider, id, doelId } = await wereldMetPlan();
    const vrijwilliger = await sessionUser(w.gebruikers.vrijwilliger.id);
    const log = (extra: Record<string, unknown>) => ({
      inburgeraarId: id,
      datum: "2026-11-27",
      tijd: "10:00",
      type: "HUISBEZOEK",
      status: "VOND_PLAATS",
      aanvraagSleutel: `sleutel-${Math.random().toString(36).slice(2)}`,
      ...extra,
    });
    const { id: afspraakId } = await logAfspraak(begeleider, log({ doelIds: [doelId] }), nu);
    expect(await db().afspraakDoel.findMany({ where: { doelId }, select: { afspraakId: true } })).toEqual([{ afspraakId }]);
    const plan = await getPlan(begeleider, id, nu);
    expect(plan.leefgebieden.find((l) => l.leefgebied === "FINANCIEN_ADMINISTRATIE")?.doelen[0]?.contacten.map((c) => c.id)).toEqual([afspraakId]);

    // A doel of someone else's plan, or a volunteer linking doelen: a field error, no afspraak written.
    const ander = await wereldMetPlan();
    const voor = await db().afspraak.count();
    expect(((await fout(logAfspraak(begeleider, log({ doelIds: [ander.doelId] }), nu))) as ZodError).issues[0]?.path).toEqual(["doelIds"]);
    expect(((await fout(logAfspraak(vrijwilliger, log({ doelIds: [doelId] }), nu))) as ZodError).issues[0]?.path).toEqual(["doelIds"]);
    expect(await db().afspraak.count()).toBe(voor);
  });
});

describe("begeleidingsplan: wie ziet wat", () => {
  it("een vrijwilliger ziet alleen de acties voor het maatje en het huiswerk, en vinkt alleen die af", async () => {
    const { w, id } = await wereldMetPlan();
    const vrijwilliger = await sessionUser(w.gebruikers.vrijwilliger.id);
    const tab = await getPlanTab(vrijwilliger, id, nu);
    expect(tab.soort).toBe("maatje");
    if (tab.soort !== "maatje") return;
    expect(tab.taken.map((t) => [t.omschrijving, t.voor, t.isHuiswerk]).sort()).toEqual([
      ["Samen naar de bank voor de app", "MAATJE", false],
      ["Vergelijk drie zorgverzekeringen", "INBURGERAAR", true],
    ]);
    // Nothing else of the plan travels: not the doel, not the other acties.
    const alles = JSON.stringify(tab);
    expect(alles).not.toContain("Zelf de vaste lasten overzien");
    expect(alles).not.toContain("bijzondere bijstand");
    expect(alles).not.toContain("Schuldhulp");
    expect(await code(getPlan(vrijwilliger, id, nu))).toBe("NIET_GEVONDEN");
    expect(await code(planPdfVoor(vrijwilliger, id, nu))).toBe("NIET_GEVONDEN");

    const maatjeActie = tab.taken.find((t) => t.voor === "MAATJE")!;
    await rondActieAf(vrijwilliger, { actieId: maatjeActie.id, version: String(maatjeActie.version), afgerond: "true" }, nu);
    expect((await db().actie.findUniqueOrThrow({ where: { id: maatjeActie.id } })).afgerondOp).toEqual(new Date("2026-11-29"));
    // A second tick with the old version: conflict, not a silent toggle back.
    expect(await code(rondActieAf(vrijwilliger, { actieId: maatjeActie.id, version: String(maatjeActie.version), afgerond: "false" }, nu))).toBe("CONFLICT");
    const begeleiderActie = await db().actie.findFirstOrThrow({ where: { voor: "BEGELEIDER", doel: { plan: { inburgeraarId: id } } } });
    expect(await code(rondActieAf(vrijwilliger, { actieId: begeleiderActie.id, version: "1", afgerond: "true" }, nu))).toBe("NIET_GEVONDEN");
    expect((await db().actie.findUniqueOrThrow({ where: { id: begeleiderActie.id } })).afgerondOp).toBeNull();

    // Writing the plan is not for volunteers.
    expect(await code(bewerkLeefgebied(vrijwilliger, { inburgeraarId: id, leefgebied: "WONEN", version: "0", kanAl: "x" }, nu))).toBe("GEEN_TOEGANG");
    expect(await code(legMeetmomentVast(vrijwilliger, { inburgeraarId: id, maand: "0", version: "0", datum: "2026-06-10", scores: {} }, nu))).toBe("GEEN_TOEGANG");
  });

  it("een andere organisatie en een consulent zonder toestemming zien niets van het plan; met toestemming leest de consulent mee", async () => {
    const { w, begeleider, id, doelId } = await wereldMetPlan();
    const anderen = await sessionUser(w.gebruikers.begeleiderB.id);
    const consulent = await sessionUser(w.gebruikers.consulent.id);
    const beheerder = await sessionUser(w.gebruikers.beheerder.id);

    for (const user of [anderen, consulent]) {
      expect(await code(getPlanTab(user, id, nu)), user.rol).toBe("NIET_GEVONDEN");
      expect(await code(planPdfVoor(user, id, nu)), user.rol).toBe("NIET_GEVONDEN");
    }
    // A beheerder manages the application, not dossiers.
    expect(await code(getPlanTab(beheerder, id, nu))).toBe("GEEN_TOEGANG");
    expect(await code(planPdfVoor(beheerder, id, nu))).toBe("GEEN_TOEGANG");
    expect(await code(voegDoelToe(anderen, { inburgeraarId: id, leefgebied: "WONEN", omschrijving: "Van buiten" }, nu))).toBe("NIET_GEVONDEN");
    expect(await code(voegActieToe(anderen, { doelId, omschrijving: "Van buiten", voor: "BEGELEIDER" }, nu))).toBe("NIET_GEVONDEN");
    const actie = await db().actie.findFirstOrThrow({ where: { doelId } });
    expect(await code(rondActieAf(anderen, { actieId: actie.id, version: "1", afgerond: "true" }, nu))).toBe("NIET_GEVONDEN");
    expect(await code(voegDoelToe(consulent, { inburgeraarId: id, leefgebied: "WONEN", omschrijving: "Consulent" }, nu))).toBe("GEEN_TOEGANG");
    expect(await db().doel.count({ where: { plan: { inburgeraarId: id } } })).toBe(1);

    // Consent for another subject is not enough; consent for the plan is.
    await db().toestemming.create({ data: { inburgeraarId: id, onderwerp: "AFSPRAKEN", ontvanger: "CONSULENT_GEMEENTE", gegevenOp: new Date("2026-10-01"), vastgelegdDoorId: begeleider.id } });
    expect(await code(getPlanTab(consulent, id, nu))).toBe("NIET_GEVONDEN");
    const toestemming = await db().toestemming.create({
      data: { inburgeraarId: id, onderwerp: "BEGELEIDINGSPLAN", ontvanger: "CONSULENT_GEMEENTE", gegevenOp: new Date("2026-10-01"), vastgelegdDoorId: begeleider.id },
    });
    const metToestemming = await getPlanTab(consulent, id, nu);
    expect(metToestemming.soort).toBe("alles");
    if (metToestemming.soort === "alles") expect(metToestemming.plan.kanBewerken).toBe(false);
    expect((await planPdfVoor(consulent, id, nu)).pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // Withdrawn: nothing again.
    await db().toestemming.update({ where: { id: toestemming.id }, data: { ingetrokkenOp: new Date("2026-11-15") } });
    expect(await code(getPlanTab(consulent, id, nu))).toBe("NIET_GEVONDEN");
  });

  it("de PDF bevat de doelen, wie wat doet en het huiswerk", async () => {
    const { begeleider, id } = await wereldMetPlan();
    const { pdf, bestandsnaam } = await planPdfVoor(begeleider, id, nu);
    expect(bestandsnaam).toMatch(/^plan-testpersoon-fictief-[a-z0-9-]+-2026-11-29\.pdf$/);
    const { pdfTekst } = await import("../pdf-tekst");
    const tekst = pdfTekst(pdf);
    expect(tekst).toContain("Doel: Zelf de vaste lasten overzien");
    expect(tekst).toContain("Vergelijk drie zorgverzekeringen");
    expect(tekst).toContain("Maatje: Samen naar de bank voor de app");
    expect(tekst).toContain("Schuldhulp Testgemeente: Intake budgetcursus");
    expect(await db().auditLog.count({ where: { actie: "plan.pdf-gedownload", inburgeraarId: id } })).toBe(1);
  });
});
