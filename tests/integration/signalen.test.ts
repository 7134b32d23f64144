import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  deelSignaal,
  legSignaalActieVast,
  meldcodeStap1,
  meldcodeStap2,
  meldcodeStap3,
  meldcodeStap4,
  meldcodeStap5,
  meldSignaal,
  pakSignaalOp,
  wijzigSignaalStatus,
} from "@/lib/signaal/mutations";
import { getDossierSignalen, getMijnMeldingen, getOpenSignalen, getSignaal } from "@/lib/signaal/queries";
import { plusDagen, vandaag } from "@/lib/tijd";
import { getVoortgang } from "@/lib/voortgang/queries";
import { maakTweeOrganisaties, sessionUser } from "../factories";

const VANDAAG = vandaag();
const GEHEIM = "Vader schreeuwt en de buren horen klappen";

async function fout(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  if (e instanceof AppError) return `${e.code}:${e.message}`;
  if (e instanceof z.ZodError) return `velden:${e.issues.map((i) => i.path.join(".")).join(",")}`;
  throw new Error(`verwachtte een fout, kreeg ${String(e)}`);
}

async function wereld() {
  const w = await maakTweeOrganisaties();
  return {
    w,
    x: w.inburgeraarA.id,
    begeleider: await sessionUser(w.gebruikers.begeleider.id),
    teamleider: await sessionUser(w.gebruikers.teamleider.id),
    vrijwilliger: await sessionUser(w.gebruikers.vrijwilliger.id),
    consulent: await sessionUser(w.gebruikers.consulent.id),
    beheerder: await sessionUser(w.gebruikers.beheerder.id),
    begeleiderB: await sessionUser(w.gebruikers.begeleiderB.id),
  };
}

const sleutel = () => `test-${randomUUID()}`;
const melding = (inburgeraarId: string, extra: Record<string, unknown> = {}) => ({
  inburgeraarId,
  categorie: "HUISELIJK_GEWELD",
  ernst: "HOOG",
  omschrijving: GEHEIM,
  aanvraagSleutel: sleutel(),
  ...extra,
});

/** Walks a Meldcode signal through steps 1-3. */
async function totEnMetStap3(user: Awaited<ReturnType<typeof sessionUser>>, signaalId: string) {
  await meldcodeStap1(user, { signaalId, version: "0", feiten: "Blauwe plek op de arm van de moeder, gezien bij huisbezoek.", feitenDatum: VANDAAG, interpretatie: "Mogelijk geweld door partner." });
  await meldcodeStap2(user, { signaalId, version: "1", overlegMet: "Aandachtsfunctionaris Noor", overlegDatum: VANDAAG, veiligThuisGeraadpleegd: "on", advies: "Gesprek voeren met de moeder, alleen." });
  await meldcodeStap3(user, { signaalId, version: "2", gesprekGevoerd: "ja", gesprekDatum: VANDAAG, gesprekToelichting: "Moeder vertelt dat het vaker gebeurt." });
}

const stap4 = (signaalId: string, antwoorden: string[], version = "3") => ({
  signaalId,
  version,
  vraag1: antwoorden[0],
  vraag2: antwoorden[1],
  vraag3: antwoorden[2],
  vraag4: antwoorden[3],
  vraag5: antwoorden[4],
  toelichting2: "Het gebeurt vaker: structureel.",
});

describe("signalen melden", () => {
  it("een dubbele verzending maakt één signaal; de melder krijgt alleen de ontvangst terug", async () => {
    const { x, vrijwilliger } = await wereld();
    const invoer = melding(x, { categorie: "SCHULDEN", ernst: "MIDDEN" });
    const [a, b] = await Promise.all([meldSignaal(vrijwilliger, invoer), meldSignaal(vrijwilliger, invoer)]);
    const c = await meldSignaal(vrijwilliger, invoer);
    expect(a.id).toBe(b.id);
    expect(c).toMatchObject({ id: a.id, isNieuw: false });
    expect(await db().signaal.count({ where: { inburgeraarId: x } })).toBe(1);
    const audit = await db().auditLog.findMany({ where: { actie: "signaal.gemeld", entiteitId: a.id } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.details)).not.toContain("Vader");
  });

  it("weigert een lege of te korte beschrijving en schrijft niets", async () => {
    const { x, vrijwilliger } = await wereld();
    expect(await fout(meldSignaal(vrijwilliger, melding(x, { omschrijving: "kort" })))).toBe("velden:omschrijving");
    expect(await fout(meldSignaal(vrijwilliger, melding(x, { categorie: "ONBEKEND" })))).toBe("velden:categorie");
    expect(await db().signaal.count({ where: { inburgeraarId: x } })).toBe(0);
  });

  it("buiten bereik (andere organisatie, consulent, beheerder) kan niemand melden", async () => {
    const { w, consulent, beheerder, begeleiderB } = await wereld();
    expect(await fout(meldSignaal(begeleiderB, melding(w.inburgeraarA.id)))).toMatch(/^NIET_GEVONDEN/);
    expect(await fout(meldSignaal(consulent, melding(w.inburgeraarA.id)))).toMatch(/^GEEN_TOEGANG/);
    expect(await fout(meldSignaal(beheerder, melding(w.inburgeraarA.id)))).toMatch(/^GEEN_TOEGANG/);
    expect(await db().signaal.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(0);
  });
});

describe("een vrijwilliger meldt, maar leest een signaal nooit terug", () => {
  it("niet per id, niet in de lijst, niet in wat de pagina krijgt; wel dat het ontvangen is en wie het oppakte", async () => {
    const { x, vrijwilliger, begeleider } = await wereld();
    const s = await meldSignaal(vrijwilliger, melding(x));
    // By id: the full signal is "not found".
    expect(await fout(getSignaal(vrijwilliger, s.id))).toMatch(/^NIET_GEVONDEN/);
    // By list: only the receipt.
    let tab = await getDossierSignalen(vrijwilliger, x);
    expect(tab.zicht).toBe("ontvangst");
    expect(tab.rijen).toHaveLength(1);
    expect(Object.keys(tab.rijen[0]!).sort()).toEqual(["id", "ontvangenOp", "opgepaktDoor", "opgepaktOp"]);
    // Nothing of what the page is given (the RSC payload is rendered from this) holds the text, category or urgency.
    const payload = JSON.stringify([tab, await getMijnMeldingen(vrijwilliger, x), await getOpenSignalen(vrijwilliger)]);
    for (const verboden of ["Vader", "HUISELIJK_GEWELD", "HOOG", "omschrijving", "categorie", "ernst"]) expect(payload).not.toContain(verboden);
    // After the begeleider picks it up the volunteer sees who did.
    await pakSignaalOp(begeleider, { signaalId: s.id, version: "1" });
    tab = await getDossierSignalen(vrijwilliger, x);
    expect(tab.rijen[0]).toMatchObject({ opgepaktDoor: begeleider.naam });
    // The begeleider sees everything.
    const volledig = await getSignaal(begeleider, s.id);
    expect(volledig).toMatchObject({ omschrijving: GEHEIM, status: "OPGEPAKT", opgepaktDoor: begeleider.naam, meldcode: true });
  });

  it("een vrijwilliger ziet de meldingen van anderen niet, ook niet als ontvangst", async () => {
    const { x, vrijwilliger, begeleider } = await wereld();
    await meldSignaal(begeleider, melding(x));
    const tab = await getDossierSignalen(vrijwilliger, x);
    expect(tab.rijen).toHaveLength(0);
  });
});

describe("opvolgen", () => {
  it("open → opgepakt → doorverwezen → afgesloten, met acties en datums; de caseload toont open signalen, meest urgent eerst", async () => {
    const { x, vrijwilliger, begeleider, teamleider } = await wereld();
    const laag = await meldSignaal(vrijwilliger, melding(x, { categorie: "SCHULDEN", ernst: "LAAG" }));
    const acuut = await meldSignaal(vrijwilliger, melding(x, { categorie: "GEZONDHEID", ernst: "ACUUT" }));
    expect((await getOpenSignalen(begeleider)).map((s) => s.id)).toEqual([acuut.id, laag.id]);
    expect((await getOpenSignalen(teamleider)).map((s) => s.id)).toEqual([acuut.id, laag.id]);
    // Closing before picking up is refused.
    expect(await fout(wijzigSignaalStatus(begeleider, { signaalId: laag.id, version: "1", naar: "AFGESLOTEN" }))).toMatch(/^CONFLICT:Pak het signaal eerst op/);
    await pakSignaalOp(begeleider, { signaalId: laag.id, version: "1" });
    // A stale second pick-up is a conflict.
    expect(await fout(pakSignaalOp(teamleider, { signaalId: laag.id, version: "1" }))).toMatch(/^CONFLICT/);
    await legSignaalActieVast(begeleider, { signaalId: laag.id, omschrijving: "Samen de post doorgenomen", datum: VANDAAG, opvolgOp: plusDagen(VANDAAG, 14) });
    await wijzigSignaalStatus(begeleider, { signaalId: laag.id, version: "2", naar: "DOORVERWEZEN", doorverwezenNaar: "Schuldhulpverlening" });
    const open = await getOpenSignalen(begeleider);
    expect(open.find((s) => s.id === laag.id)).toMatchObject({ status: "DOORVERWEZEN", opvolgOp: plusDagen(VANDAAG, 14) });
    await wijzigSignaalStatus(begeleider, { signaalId: laag.id, version: "3", naar: "AFGESLOTEN" });
    const s = await db().signaal.findUniqueOrThrow({ where: { id: laag.id } });
    expect(s).toMatchObject({ status: "AFGESLOTEN", doorverwezenNaar: "Schuldhulpverlening" });
    expect(s.afgeslotenOp).not.toBeNull();
    expect((await getOpenSignalen(begeleider)).map((o) => o.id)).toEqual([acuut.id]);
    // A vrijwilliger cannot follow up.
    expect(await fout(pakSignaalOp(vrijwilliger, { signaalId: acuut.id, version: "1" }))).toMatch(/^GEEN_TOEGANG/);
  });
});

describe("de Meldcode", () => {
  it("stap 1 tot en met 5, elk vastgelegd; stap 4 ligt vast; melden verplicht zonder besluit kan niet sluiten", async () => {
    const { x, vrijwilliger, begeleider } = await wereld();
    const s = await meldSignaal(vrijwilliger, melding(x));
    // Steps in order.
    expect(await fout(meldcodeStap2(begeleider, { signaalId: s.id, version: "0", overlegMet: "Noor", overlegDatum: VANDAAG, advies: "Praten." }))).toMatch(/^CONFLICT:Leg eerst stap 1 vast/);
    // Step 1: facts apart from interpretation, dated.
    await meldcodeStap1(begeleider, { signaalId: s.id, version: "0", feiten: "Blauwe plek op de arm van de moeder, gezien bij huisbezoek.", feitenDatum: VANDAAG, interpretatie: "Mogelijk geweld door partner." });
    let m = await db().meldcode.findUniqueOrThrow({ where: { signaalId: s.id } });
    expect(m).toMatchObject({ feiten: expect.stringContaining("Blauwe plek"), interpretatie: "Mogelijk geweld door partner." });
    expect(m.stap1Op).not.toBeNull();
    // The signal was picked up by the first step.
    expect(await db().signaal.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ status: "OPGEPAKT", opgepaktDoorId: begeleider.id });
    // Step 2: who, when, advice.
    await meldcodeStap2(begeleider, { signaalId: s.id, version: "1", overlegMet: "Aandachtsfunctionaris Noor", overlegDatum: VANDAAG, veiligThuisGeraadpleegd: "on", advies: "Gesprek voeren met de moeder, alleen." });
    // Step 3: the conversation; a missing date when it took place is a field error.
    expect(await fout(meldcodeStap3(begeleider, { signaalId: s.id, version: "2", gesprekGevoerd: "ja", gesprekToelichting: "Moeder vertelt dat het vaker gebeurt." }))).toBe("velden:gesprekDatum");
    await meldcodeStap3(begeleider, { signaalId: s.id, version: "2", gesprekGevoerd: "ja", gesprekDatum: VANDAAG, gesprekToelichting: "Moeder vertelt dat het vaker gebeurt." });
    m = await db().meldcode.findUniqueOrThrow({ where: { signaalId: s.id } });
    expect(m).toMatchObject({ overlegMet: "Aandachtsfunctionaris Noor", veiligThuisGeraadpleegd: true, advies: expect.any(String), gesprekGevoerd: true });
    // Closing before the afweging is refused.
    expect(await fout(wijzigSignaalStatus(begeleider, { signaalId: s.id, version: "2", naar: "AFGESLOTEN" }))).toMatch(/stap 4/);
    // Step 4: five answers stored; structural unsafety → report required.
    await meldcodeStap4(begeleider, stap4(s.id, ["ja", "ja", "ja", "ja", "ja"]));
    m = await db().meldcode.findUniqueOrThrow({ where: { signaalId: s.id } });
    expect(m.conclusie).toBe("MELDEN");
    expect(m.afweging).toEqual({ antwoorden: ["ja", "ja", "ja", "ja", "ja"], toelichtingen: [null, "Het gebeurt vaker: structureel.", null, null, null] });
    // Step 4 is locked, and so are the steps it rests on.
    expect(await fout(meldcodeStap4(begeleider, stap4(s.id, ["nee", "nee", "ja", "ja", "ja"], "4")))).toMatch(/^CONFLICT:De afweging is vastgelegd/);
    expect(await fout(meldcodeStap1(begeleider, { signaalId: s.id, version: "4", feiten: "Toch iets anders gezien, zegt men.", feitenDatum: VANDAAG }))).toMatch(/^CONFLICT:De afweging is vastgelegd/);
    expect((await db().meldcode.findUniqueOrThrow({ where: { signaalId: s.id } })).conclusie).toBe("MELDEN");
    // A required report cannot be closed without the decision.
    const v = (await db().signaal.findUniqueOrThrow({ where: { id: s.id } })).version;
    expect(await fout(wijzigSignaalStatus(begeleider, { signaalId: s.id, version: String(v), naar: "AFGESLOTEN" }))).toMatch(/^CONFLICT:Melden is verplicht/);
    // Step 5 without the report the afweging requires is refused.
    const besluit = { signaalId: s.id, version: "4", hulpGeorganiseerd: "on", hulpOmschrijving: "Aanmelding bij maatschappelijk werk.", opvolgOp: plusDagen(VANDAAG, 7) };
    expect(await fout(meldcodeStap5(begeleider, besluit))).toBe("velden:gemeld");
    // A report needs a date, a reference and a written reason.
    expect(await fout(meldcodeStap5(begeleider, { ...besluit, gemeld: "on" }))).toBe("velden:meldDatum,meldReferentie,meldReden");
    await meldcodeStap5(begeleider, { ...besluit, gemeld: "on", meldDatum: VANDAAG, meldReferentie: "VT-2026-0042", meldReden: "Structurele onveiligheid voor moeder en kinderen." });
    m = await db().meldcode.findUniqueOrThrow({ where: { signaalId: s.id } });
    expect(m).toMatchObject({ gemeld: true, meldReferentie: "VT-2026-0042", hulpGeorganiseerd: true });
    expect(m.stap5Op).not.toBeNull();
    const na = await db().signaal.findUniqueOrThrow({ where: { id: s.id }, include: { acties: true } });
    expect(na).toMatchObject({ status: "DOORVERWEZEN", doorverwezenNaar: "Veilig Thuis" });
    // The follow-up reminder.
    expect(na.acties.map((a) => a.opvolgOp?.toISOString().slice(0, 10))).toEqual([plusDagen(VANDAAG, 7)]);
    // Step 5 is recorded once.
    expect(await fout(meldcodeStap5(begeleider, { ...besluit, version: "5", gemeld: "on", meldDatum: VANDAAG, meldReferentie: "VT-2", meldReden: "Nog een keer melden dan." }))).toMatch(/^CONFLICT:Het besluit is al vastgelegd/);
    // Now it may close.
    await wijzigSignaalStatus(begeleider, { signaalId: s.id, version: String(na.version), naar: "AFGESLOTEN" });
    // Every step is audited by number; no text in any detail.
    const audit = await db().auditLog.findMany({ where: { entiteitId: s.id, actie: "meldcode.stap-vastgelegd" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => (a.details as { stap: number }).stap)).toEqual([1, 2, 3, 4, 5]);
    expect(audit[3]!.details).toMatchObject({ conclusie: "MELDEN" });
    expect(audit[4]!.details).toMatchObject({ gemeld: true });
    const alles = JSON.stringify(await db().auditLog.findMany({ where: { inburgeraarId: x }, select: { details: true } }));
    for (const tekst of ["Vader", "Blauwe plek", "Noor", "Moeder vertelt", "VT-2026", "Structurele onveiligheid"]) expect(alles).not.toContain(tekst);
  });

  it("zonder vermoeden geen melding: het signaal mag na stap 4 sluiten", async () => {
    const { x, begeleider } = await wereld();
    const s = await meldSignaal(begeleider, melding(x, { categorie: "KINDERMISHANDELING" }));
    await totEnMetStap3(begeleider, s.id);
    await meldcodeStap4(begeleider, stap4(s.id, ["nee", "nee", "ja", "ja", "ja"]));
    expect((await db().meldcode.findUniqueOrThrow({ where: { signaalId: s.id } })).conclusie).toBe("GEEN_VERMOEDEN");
    const v = (await db().signaal.findUniqueOrThrow({ where: { id: s.id } })).version;
    await wijzigSignaalStatus(begeleider, { signaalId: s.id, version: String(v), naar: "AFGESLOTEN" });
    expect((await db().signaal.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("AFGESLOTEN");
  });

  it("vrijwilligers en signalen buiten de Meldcode doorlopen geen stappen", async () => {
    const { x, vrijwilliger, begeleider } = await wereld();
    const hg = await meldSignaal(vrijwilliger, melding(x));
    expect(await fout(meldcodeStap1(vrijwilliger, { signaalId: hg.id, version: "0", feiten: "Iets gezien bij het huisbezoek.", feitenDatum: VANDAAG }))).toMatch(/^GEEN_TOEGANG/);
    const schulden = await meldSignaal(begeleider, melding(x, { categorie: "SCHULDEN" }));
    expect(await fout(meldcodeStap1(begeleider, { signaalId: schulden.id, version: "0", feiten: "Iets gezien bij het huisbezoek.", feitenDatum: VANDAAG }))).toMatch(/niet onder de Meldcode/);
    expect(await db().meldcode.count({ where: { signaalId: { in: [hg.id, schulden.id] } } })).toBe(0);
  });
});

describe("delen met de consulent", () => {
  it("zonder toestemming en zonder veiligheidsgrond geweigerd; niets verandert en de consulent ziet niets", async () => {
    const { w, x, begeleider, consulent } = await wereld();
    const s = await meldSignaal(begeleider, melding(x, { categorie: "SCHULDEN" }));
    expect(await fout(deelSignaal(begeleider, { signaalId: s.id, version: "1", grond: "TOESTEMMING" }))).toMatch(/^GEEN_TOEGANG:Er is geen geldige toestemming/);
    expect(await fout(deelSignaal(begeleider, { signaalId: s.id, version: "1", grond: "VEILIGHEID", reden: "Ik vind het belangrijk dat de gemeente dit weet." }))).toMatch(
      /^GEEN_TOEGANG:Delen zonder toestemming kan alleen/,
    );
    expect(await db().signaal.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ gedeeldMetConsulent: false, gedeeldGrond: null, version: 1 });
    const rij = (await getVoortgang(consulent, { zoek: w.inburgeraarA.achternaam })).rijen.find((r) => r.id === x)!;
    expect(rij.signalen).toEqual({ zichtbaar: false });
  });

  it("met geldige SIGNALEN-toestemming: gedeeld, en de consulent ziet precies de gedeelde signalen", async () => {
    const { w, x, begeleider, consulent } = await wereld();
    await db().toestemming.create({
      data: { inburgeraarId: x, onderwerp: "SIGNALEN", ontvanger: "CONSULENT_GEMEENTE", gegevenOp: new Date(`${plusDagen(VANDAAG, -3)}T00:00:00Z`), vastgelegdDoorId: begeleider.id },
    });
    const gedeeld = await meldSignaal(begeleider, melding(x, { categorie: "SCHULDEN", ernst: "HOOG" }));
    await meldSignaal(begeleider, melding(x, { categorie: "GEZONDHEID", ernst: "LAAG" }));
    await deelSignaal(begeleider, { signaalId: gedeeld.id, version: "1", grond: "TOESTEMMING" });
    expect(await db().signaal.findUniqueOrThrow({ where: { id: gedeeld.id } })).toMatchObject({ gedeeldMetConsulent: true, gedeeldGrond: "TOESTEMMING" });
    const rij = (await getVoortgang(consulent, { zoek: w.inburgeraarA.achternaam })).rijen.find((r) => r.id === x)!;
    expect(rij.signalen).toMatchObject({ zichtbaar: true, data: { open: [{ categorie: "SCHULDEN", ernst: "HOOG" }] } });
    expect(JSON.stringify(rij)).not.toContain("Vader");
  });

  it("op de veiligheidsgrond van de Meldcode: zonder toestemming, met een schriftelijke reden die niet in de audit staat", async () => {
    const { w, x, begeleider, consulent } = await wereld();
    const s = await meldSignaal(begeleider, melding(x));
    await totEnMetStap3(begeleider, s.id);
    // Before the afweging says "melden", the safety ground does not hold.
    expect(await fout(deelSignaal(begeleider, { signaalId: s.id, version: "2", grond: "VEILIGHEID", reden: "Acuut gevaar voor de kinderen in huis." }))).toMatch(/^GEEN_TOEGANG/);
    await meldcodeStap4(begeleider, stap4(s.id, ["ja", "ja", "ja", "ja", "ja"]));
    // Without a reason: a field error.
    expect(await fout(deelSignaal(begeleider, { signaalId: s.id, version: "2", grond: "VEILIGHEID" }))).toBe("velden:reden");
    await deelSignaal(begeleider, { signaalId: s.id, version: "2", grond: "VEILIGHEID", reden: "Acuut gevaar voor de kinderen in huis." });
    expect(await db().signaal.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ gedeeldGrond: "VEILIGHEID", gedeeldReden: "Acuut gevaar voor de kinderen in huis." });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entiteitId: s.id, actie: "signaal.gedeeld" } });
    expect(audit.details).toEqual({ grond: "VEILIGHEID" });
    // The consulent has no SIGNALEN consent, yet sees this one signal (category, urgency, date only).
    const rij = (await getVoortgang(consulent, { zoek: w.inburgeraarA.achternaam })).rijen.find((r) => r.id === x)!;
    expect(rij.signalen).toMatchObject({ zichtbaar: true, data: { open: [{ categorie: "HUISELIJK_GEWELD", ernst: "HOOG" }] } });
  });
});
