import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ontvangOverdracht, verstuurOverdracht } from "@/lib/overdracht/mutations";
import { dossierOverdrachten, getOverdracht, openOverdrachten, overdrachtenVoorMij, overdrachtKeuzes } from "@/lib/overdracht/queries";
import { deelRapportage } from "@/lib/rapportage/mutations";
import { getRapportage, rapportageVersies } from "@/lib/rapportage/queries";
import { legInburgeringDatumsVast } from "@/lib/tijdige-start/mutations";
import { plusDagen, vandaag } from "@/lib/tijd";
import { getVoortgang, tijdigeStartMarkers, VOORTGANG_PAGINA } from "@/lib/voortgang/queries";
import { maakInburgeraar, maakTweeOrganisaties, sessionUser } from "../factories";

const VANDAAG = vandaag();

async function fout(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  if (e instanceof AppError) return e.code;
  if (e instanceof z.ZodError) return `velden:${e.issues.map((i) => i.path.join(".")).join(",")}`;
  throw new Error(`verwachtte een fout, kreeg ${String(e)}`);
}

const geef = (inburgeraarId: string, door: string, onderwerp: "VOORTGANG" | "CHECKLIST" | "BEGELEIDINGSPLAN", extra: Record<string, unknown> = {}) =>
  db().toestemming.create({
    data: { inburgeraarId, onderwerp, ontvanger: "CONSULENT_GEMEENTE", gegevenOp: new Date(`${plusDagen(VANDAAG, -5)}T00:00:00Z`), vastgelegdDoorId: door, ...extra },
  });

async function wereld() {
  const w = await maakTweeOrganisaties();
  return {
    w,
    begeleider: await sessionUser(w.gebruikers.begeleider.id),
    consulent: await sessionUser(w.gebruikers.consulent.id),
    teamleider: await sessionUser(w.gebruikers.teamleider.id),
    vrijwilliger: await sessionUser(w.gebruikers.vrijwilliger.id),
  };
}

describe("voortgangsrapportage", () => {
  it("wordt zonder toestemming niet gedeeld; met toestemming alleen de toegestane onderdelen, elke versie bewaard en geaudit", async () => {
    const { w, begeleider, consulent } = await wereld();
    const id = w.inburgeraarA.id;
    expect(await fout(deelRapportage(begeleider, { inburgeraarId: id, aanvraagSleutel: "rapport-0001" }))).toBe("ONGELDIG");
    expect(await db().voortgangsrapportage.count({ where: { inburgeraarId: id } })).toBe(0);

    await geef(id, begeleider.id, "VOORTGANG");
    await geef(id, begeleider.id, "CHECKLIST");
    const een = await deelRapportage(begeleider, { inburgeraarId: id, toelichting: "Klaar voor de brede intake.", aanvraagSleutel: "rapport-0002" });
    const herhaald = await deelRapportage(begeleider, { inburgeraarId: id, toelichting: "Klaar voor de brede intake.", aanvraagSleutel: "rapport-0002" });
    expect(herhaald).toEqual({ ...een, isNieuw: false });
    const twee = await deelRapportage(begeleider, { inburgeraarId: id, aanvraagSleutel: "rapport-0003" });
    expect([een.versie, twee.versie]).toEqual([1, 2]);

    const r = await getRapportage(consulent, een.id);
    expect(r.inhoud.onderdelen).toEqual(["traject", "checklist"]);
    expect(r.inhoud).not.toHaveProperty("plan");
    expect(r.inhoud).not.toHaveProperty("afspraken");
    expect(r.toelichting).toBe("Klaar voor de brede intake.");
    expect((await rapportageVersies(consulent, id)).map((v) => v.versie)).toEqual([2, 1]);
    expect(await db().auditLog.count({ where: { inburgeraarId: id, actie: "rapportage.gedeeld" } })).toBe(2);
    expect(await db().auditLog.count({ where: { inburgeraarId: id, actie: "rapportage.bekeken", gebruikerId: consulent.id } })).toBe(1);
  });

  it("een te lange toelichting of een vrijwilliger: niets gedeeld", async () => {
    const { w, begeleider, vrijwilliger } = await wereld();
    await geef(w.inburgeraarA.id, begeleider.id, "VOORTGANG");
    expect(await fout(deelRapportage(begeleider, { inburgeraarId: w.inburgeraarA.id, toelichting: "x".repeat(401), aanvraagSleutel: "rapport-lang" }))).toBe("velden:toelichting");
    expect(await fout(deelRapportage(vrijwilliger, { inburgeraarId: w.inburgeraarA.id, aanvraagSleutel: "rapport-vrijw" }))).toBe("GEEN_TOEGANG");
    expect(await db().voortgangsrapportage.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(0);
  });
});

describe("overdrachten", () => {
  it("intern: naar een collega, één keer ook bij een dubbelklik, ontvangen door de ontvanger en dan niet meer open", async () => {
    const { w, begeleider, teamleider, vrijwilliger } = await wereld();
    const input = { inburgeraarId: w.inburgeraarA.id, type: "INTERN", naarGebruikerId: w.gebruikers.vrijwilliger.id, samenvatting: "Nieuw maatje: let op de post en de afspraken bij de huisarts.", aanvraagSleutel: "overdracht-01" };
    const [a, b] = await Promise.all([verstuurOverdracht(begeleider, input), verstuurOverdracht(begeleider, input)]);
    expect(a.id).toBe(b.id);
    expect(await db().overdracht.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(1);

    expect((await openOverdrachten(vrijwilliger)).teOntvangen.map((o) => o.id)).toEqual([a.id]);
    expect((await openOverdrachten(begeleider)).verstuurd.map((o) => o.id)).toEqual([a.id]);
    expect((await openOverdrachten(teamleider)).alle.map((o) => o.id)).toContain(a.id);
    // The top of the maatje's dossier shows it; the dossier's list of overdrachten is not theirs to see.
    expect((await overdrachtenVoorMij(vrijwilliger, w.inburgeraarA.id)).map((o) => o.id)).toEqual([a.id]);
    expect((await overdrachtenVoorMij(begeleider, w.inburgeraarA.id)).map((o) => o.id)).toEqual([]);
    expect(await fout(dossierOverdrachten(vrijwilliger, w.inburgeraarA.id))).toBe("NIET_GEVONDEN");
    // Someone else cannot acknowledge it.
    expect(await fout(ontvangOverdracht(teamleider, { id: a.id, version: 1 }))).toBe("NIET_GEVONDEN");
    await ontvangOverdracht(vrijwilliger, { id: a.id, version: 1 });
    expect(await ontvangOverdracht(vrijwilliger, { id: a.id, version: 1 })).toMatchObject({ isNieuw: false });
    const o = await getOverdracht(begeleider, a.id);
    expect(o).toMatchObject({ status: "ONTVANGEN", ontvangenDoor: { naam: w.gebruikers.vrijwilliger.naam } });
    expect((await openOverdrachten(teamleider)).alle.map((x) => x.id)).not.toContain(a.id);
    expect(await db().auditLog.count({ where: { inburgeraarId: w.inburgeraarA.id, actie: { in: ["overdracht.verstuurd", "overdracht.ontvangen"] } } })).toBe(2);
  });

  it("eindoverdracht: alleen met toestemming; de consulent van de gemeente ontvangt hem", async () => {
    const { w, begeleider, consulent } = await wereld();
    const id = w.inburgeraarA.id;
    const input = { inburgeraarId: id, type: "CONSULENT", samenvatting: "Eindoverdracht: zelfredzaam op wonen, financiën nog aandacht.", aanvraagSleutel: "overdracht-eind-1" };
    expect(await fout(verstuurOverdracht(begeleider, input))).toBe("ONGELDIG");
    expect(await db().overdracht.count({ where: { inburgeraarId: id } })).toBe(0);
    await geef(id, begeleider.id, "VOORTGANG");
    const r = await verstuurOverdracht(begeleider, { ...input, aanvraagSleutel: "overdracht-eind-2" });
    expect((await openOverdrachten(consulent)).teOntvangen.map((o) => o.id)).toEqual([r.id]);
    await ontvangOverdracht(consulent, { id: r.id, version: 1 });
    expect(await db().overdracht.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ status: "ONTVANGEN", ontvangenDoorId: consulent.id });
  });

  it("warm: alleen met toestemming voor die organisatie; foute invoer schrijft niets", async () => {
    const { w, begeleider } = await wereld();
    const id = w.inburgeraarA.id;
    const [schuldhulp, wijkteam] = await Promise.all(
      ["Schuldhulp Test", "Wijkteam Test"].map((naam) => db().socialeKaartOrganisatie.create({ data: { organisatieId: w.a.organisatie.id, gemeenteId: w.a.gemeente.id, naam } })),
    );
    await db().toestemming.create({
      data: { inburgeraarId: id, onderwerp: "VOORTGANG", ontvanger: "SOCIAAL_DOMEIN", socialeKaartId: wijkteam!.id, gegevenOp: new Date(`${VANDAAG}T00:00:00Z`), vastgelegdDoorId: begeleider.id },
    });
    const keuzes = await overdrachtKeuzes(begeleider, id);
    expect(keuzes.socialeKaart.map((s) => [s.naam, s.metToestemming])).toEqual([
      ["Schuldhulp Test", false],
      ["Wijkteam Test", true],
    ]);
    const basis = { inburgeraarId: id, type: "WARM", samenvatting: "Warme overdracht: kennismaking samen gepland voor volgende week.", aanvraagSleutel: "overdracht-warm" };
    expect(await fout(verstuurOverdracht(begeleider, { ...basis, naarSocialeKaartId: schuldhulp!.id }))).toBe("ONGELDIG");
    expect(await fout(verstuurOverdracht(begeleider, { ...basis, naarSocialeKaartId: "" }))).toBe("velden:naarSocialeKaartId");
    expect(await fout(verstuurOverdracht(begeleider, { ...basis, naarSocialeKaartId: wijkteam!.id, samenvatting: "kort" }))).toBe("velden:samenvatting");
    expect(await fout(verstuurOverdracht(begeleider, { ...basis, type: "VERHUIZING" }))).toBe("velden:naarGemeenteNaam");
    expect(await db().overdracht.count({ where: { inburgeraarId: id } })).toBe(0);
    await verstuurOverdracht(begeleider, { ...basis, naarSocialeKaartId: wijkteam!.id });
    expect(await db().overdracht.count({ where: { inburgeraarId: id, type: "WARM" } })).toBe(1);
  });

  it("een begeleider van een andere organisatie of een vrijwilliger kan geen overdracht maken", async () => {
    const { w, vrijwilliger } = await wereld();
    const input = { inburgeraarId: w.inburgeraarA.id, type: "INTERN", naarGebruikerId: w.gebruikers.begeleider.id, samenvatting: "Een overdracht die niet mag bestaan, hoe dan ook.", aanvraagSleutel: "overdracht-nee" };
    expect(await fout(verstuurOverdracht(vrijwilliger, input))).toBe("GEEN_TOEGANG");
    expect(await fout(verstuurOverdracht(await sessionUser(w.gebruikers.begeleiderB.id), input))).toBe("NIET_GEVONDEN");
    expect(await db().overdracht.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(0);
  });
});

describe("voortgang en tijdige start", () => {
  it("pagineert in SQL, zoekt en filtert op toestemming", async () => {
    const { w, begeleider, consulent } = await wereld();
    for (let i = 0; i < VOORTGANG_PAGINA + 3; i++) await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id);
    const een = await getVoortgang(consulent, { pagina: 1 });
    const twee = await getVoortgang(consulent, { pagina: 2 });
    expect(een.totaal).toBe(VOORTGANG_PAGINA + 5);
    expect(een.rijen).toHaveLength(VOORTGANG_PAGINA);
    expect(twee.rijen).toHaveLength(5);
    expect(new Set([...een.rijen, ...twee.rijen].map((r) => r.id)).size).toBe(VOORTGANG_PAGINA + 5);
    await geef(w.inburgeraarA.id, begeleider.id, "VOORTGANG");
    expect((await getVoortgang(consulent, { toestemming: "met" })).rijen.map((r) => r.id)).toEqual([w.inburgeraarA.id]);
    expect((await getVoortgang(consulent, { toestemming: "zonder" })).totaal).toBe(VOORTGANG_PAGINA + 4);
    expect((await getVoortgang(consulent, { zoek: w.inburgeraarA.achternaam })).rijen.map((r) => r.id)).toEqual([w.inburgeraarA.id]);
    // BRP 1 June 2026 and no brede intake: waiting too long once 42 days have passed.
    const wacht = await getVoortgang(consulent, { intakeTeLaat: true });
    expect(wacht.rijen.map((r) => r.id)).toEqual(VANDAAG > "2026-07-13" ? [w.inburgeraarA.id] : []);
    // Longest waiting for the brede intake first (the others have no BRP date); by name on request.
    expect(een.rijen[0]?.id).toBe(w.inburgeraarA.id);
    const opNaam = [...(await getVoortgang(consulent, { sortering: "naam" })).rijen, ...(await getVoortgang(consulent, { sortering: "naam", pagina: 2 })).rijen];
    const achternamen = opNaam.map((r) => r.naam.split(" ").slice(1).join(" "));
    expect(achternamen).toEqual([...achternamen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // A withdrawn or expired consent does not count as "gedeeld" (the SQL filter mirrors toestemmingGeldig).
    const ander = een.rijen.find((r) => r.id !== w.inburgeraarA.id)!.id;
    await db().toestemming.create({
      data: { inburgeraarId: ander, onderwerp: "VOORTGANG", ontvanger: "CONSULENT_GEMEENTE", gegevenOp: new Date("2026-01-01T00:00:00Z"), ingetrokkenOp: new Date("2026-02-01T00:00:00Z"), vastgelegdDoorId: begeleider.id },
    });
    await db().toestemming.create({
      data: { inburgeraarId: ander, onderwerp: "VOORTGANG", ontvanger: "CONSULENT_GEMEENTE", gegevenOp: new Date("2026-01-01T00:00:00Z"), geldigTot: new Date("2026-03-01T00:00:00Z"), vastgelegdDoorId: begeleider.id },
    });
    expect((await getVoortgang(consulent, { toestemming: "met" })).rijen.map((r) => r.id)).toEqual([w.inburgeraarA.id]);
  });

  it("de consulent legt de datums van de gemeente vast, ook zonder toestemming; de begeleider ziet ze en mag ze niet schrijven", async () => {
    const { w, begeleider, consulent } = await wereld();
    const id = w.inburgeraarA.id;
    expect(await fout(legInburgeringDatumsVast(begeleider, { inburgeraarId: id, version: 1, bredeIntakeDatum: "2026-06-20" }))).toBe("GEEN_TOEGANG");
    expect(await fout(legInburgeringDatumsVast(consulent, { inburgeraarId: id, version: 1, bredeIntakeDatum: "2026-06-20", startLeerrouteDatum: "2026-07-01" }))).toBe("velden:leerroute");
    await legInburgeringDatumsVast(consulent, { inburgeraarId: id, version: 1, bredeIntakeDatum: "2026-06-20", pipVastgesteldDatum: "2026-06-25", leerroute: "B1", startLeerrouteDatum: "2026-07-01" });
    expect(await fout(legInburgeringDatumsVast(consulent, { inburgeraarId: id, version: 1, eersteLesDatum: "2026-07-02" }))).toBe("CONFLICT");
    const rij = await db().inburgeraar.findUniqueOrThrow({ where: { id } });
    expect(rij).toMatchObject({ leerroute: "B1", version: 2 });
    expect(await db().auditLog.count({ where: { inburgeraarId: id, actie: "inburgering.datums-vastgelegd" } })).toBe(1);
    // Without consent the consulent's row shows the dates but cannot judge the overlap with the opstartfase.
    const v = (await getVoortgang(consulent)).rijen.find((r) => r.id === id)!;
    expect(v.inburgering).toMatchObject({ bredeIntake: "2026-06-20", startLeerroute: "2026-07-01" });
    expect(v.tijdigeStartVolledig).toBe(false);
    // With consent: the opstart ended after the leerroute began, so on time.
    await db().inburgeraar.update({ where: { id }, data: { opstartAfgeslotenOp: new Date("2026-07-15T10:00:00Z") } });
    await geef(id, begeleider.id, "VOORTGANG");
    const met = (await getVoortgang(consulent)).rijen.find((r) => r.id === id)!;
    expect(met.tijdigeStart).toMatchObject({ status: "op-tijd", overlapDagen: 14 });
    const marker = (await tijdigeStartMarkers(consulent)).find((m) => m.gemeenteId === w.a.gemeente.id)!;
    expect(marker).toMatchObject({ opTijd: 1, gat: 0 });
    // A consulent of another organisation cannot write them.
    const andere = await sessionUser((await db().gebruiker.create({ data: { organisatieId: w.b.organisatie.id, rol: "CONSULENT", naam: "Consulent B", email: `c-b-${Date.now()}@test.wegwijs.test`, gemeenten: { create: { gemeenteId: w.b.gemeente.id } } } })).id);
    expect(await fout(legInburgeringDatumsVast(andere, { inburgeraarId: id, version: 2, eersteLesDatum: "2026-07-02" }))).toBe("NIET_GEVONDEN");
  });
});
