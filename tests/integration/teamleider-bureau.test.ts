import { amsterdamNaarInstant, naarAmsterdamseTijd, naarKalenderdatum, plusDagen, vandaag as vandaagIn } from "@/lib/tijd";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { inburgeraarScope, type SessionUser } from "@/lib/authz";
import { inburgeraarScopeSql } from "@/lib/authz/sql-scope";
import { zinVoorAudit } from "@/lib/audit/zinnen";
import { getBellijst, getNaarBegeleider } from "@/lib/bellijst/queries";
import { logBelpoging } from "@/lib/bellijst/mutations";
import { capaciteitCsv } from "@/lib/capaciteit/export";
import { getCapaciteit, getCapaciteitExport } from "@/lib/capaciteit/queries";
import { getCaseload } from "@/lib/caseload/queries";
import { afwijkendeStanden } from "@/lib/caseload/stand";
import { db, getDatabase } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { GEMEENTE_KEUZE_MAX } from "@/lib/gemeente/rules";
import { listTeamInburgeraars, teamLijstKeuzes } from "@/lib/team/inburgeraars";
import { teamOverzicht } from "@/lib/team/queries";
import { markeerOverdrachtGelezen, wijsToe, zetMaatjeWens } from "@/lib/toewijzing/mutations";
import { getOverdrachtVoorMij, getToewijzingen } from "@/lib/toewijzing/queries";
import { beoordeelVerlenging, vraagVerlengingAan } from "@/lib/verlenging/mutations";
import { listOpenVerlengingen } from "@/lib/verlenging/queries";
import { getWachtlijst } from "@/lib/wachtlijst/queries";
import { wijzigEigenProfiel, wijzigVrijwilligerProfiel } from "@/lib/vrijwilliger/mutations";
import { getEigenProfiel, getVrijwilligerProfiel, listVrijwilligers, vogAandachtStart } from "@/lib/vrijwilliger/queries";
import { maakGebruiker, maakInburgeraar, maakTweeOrganisaties, sessionUser, wijsToe as factoryWijsToe } from "../factories";

const DAG = 86_400_000;
/**
 * The same time of day in Amsterdam, `n` calendar days before `now`: the app counts days in Amsterdam, and
 * `n` steps of 24 hours across the change to winter time land on the next day between 22:00 and 23:00 UTC.
 */
const dagenGeleden = (n: number, now = new Date()) => amsterdamNaarInstant(plusDagen(vandaagIn(now), -n), naarAmsterdamseTijd(now));
// The calendar day in Amsterdam, as the app counts days (UTC differs between 23:00 and 24:00).
const datum = (d: Date) => naarKalenderdatum(d);

async function fout(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error("verwacht een fout");
    },
    (e: unknown) => e,
  );
}
async function code(promise: Promise<unknown>) {
  const e = await fout(promise);
  expect(e).toBeInstanceOf(AppError);
  return (e as AppError).code;
}

describe("inburgeraarScopeSql", () => {
  it("laat voor elke rol precies dezelfde dossiers door als inburgeraarScope", async () => {
    const w = await maakTweeOrganisaties();
    const beeindigd = await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id);
    await factoryWijsToe(beeindigd.id, w.gebruikers.vrijwilliger.id, "MAATJE", { tot: dagenGeleden(1) });
    const now = new Date();
    for (const rol of ["begeleider", "vrijwilliger", "teamleider", "consulent", "beheerder", "begeleiderB"] as const) {
      const user = await sessionUser(w.gebruikers[rol].id);
      const prisma = (await db().inburgeraar.findMany({ where: inburgeraarScope(user, now), select: { id: true } })).map((r) => r.id).sort();
      const sql = (await db().$queryRaw<{ id: string }[]>(Prisma.sql`SELECT i.id FROM "Inburgeraar" i WHERE ${inburgeraarScopeSql(user, now, "i")}`))
        .map((r) => r.id)
        .sort();
      expect(sql, rol).toEqual(prisma);
    }
  });
});

/** A world for matching: a Farsi-speaking inburgeraar and volunteers of every kind. */
async function matchWereld() {
  const w = await maakTweeOrganisaties();
  const org = w.a.organisatie.id;
  const gem = w.a.gemeente.id;
  const teamleider = await sessionUser(w.gebruikers.teamleider.id);
  const nasrin = await maakInburgeraar(org, gem, { fase: "BEGELEIDINGSFASE", talen: ["Farsi"], tolkNodig: true, tolkTaal: "Farsi", brpInschrijvingDatum: "2026-01-05" });
  const jaarGeleden = dagenGeleden(365);
  const v = async (naam: string, profiel: Prisma.VrijwilligerProfielCreateWithoutGebruikerInput | Record<string, unknown>) => {
    const g = await maakGebruiker(org, "VRIJWILLIGER", { gemeenteIds: [gem], profiel: { talen: ["Farsi", "Nederlands"], vogDatum: jaarGeleden, ...profiel } });
    return db().gebruiker.update({ where: { id: g.id }, data: { naam } });
  };
  const parisa = await v("Parisa Farsi-een-plek", { maxMaatjes: 1 });
  const anna = await v("Anna Ruim", { talen: ["Nederlands", "Engels"], maxMaatjes: 3 });
  const gepauzeerd = await v("Gepauzeerde Farsi", { status: "GEPAUZEERD", statusReden: "Op reis" });
  const gestopt = await v("Gestopte Farsi", { status: "GESTOPT", statusReden: "Verhuisd" });
  const vogVerlopen = await v("Verlopen VOG Farsi", { vogDatum: dagenGeleden(365 * 3 + 5) });
  const geenVog = await v("Zonder VOG Farsi", { vogDatum: null });
  return { w, org, gem, teamleider, nasrin, parisa, anna, gepauzeerd, gestopt, vogVerlopen, geenVog };
}

describe("matching die zichzelf uitlegt", () => {
  it("stelt de Farsi-spreker voor boven wie meer plek heeft, met de redenen; gepauzeerd, gestopt en zonder (geldige) VOG nooit", async () => {
    const m = await matchWereld();
    const data = await getToewijzingen(m.teamleider, m.nasrin.id);
    const namen = data.suggesties.map((s) => s.naam);
    expect(namen.slice(0, 2)).toEqual([m.parisa.naam, m.anna.naam]);
    expect(data.suggesties[0]!.redenen).toEqual(["spreekt Farsi (geen tolk nodig)", `werkt in ${m.w.a.gemeente.naam}`, "nog 1 plek", "taal gaat voor ruimte"]);
    for (const x of [m.gepauzeerd, m.gestopt, m.vogVerlopen, m.geenVog]) expect(namen).not.toContain(x.naam);
    expect(Object.fromEntries(data.nietVoorgesteld.map((n) => [n.naam, n.tekst]))).toEqual({
      [m.gepauzeerd.naam]: "gepauzeerd",
      [m.gestopt.naam]: "gestopt",
      [m.vogVerlopen.naam]: "VOG verlopen",
      [m.geenVog.naam]: "geen VOG bekend",
    });
  });

  it("toewijzen van iemand die niet is voorgesteld kan alleen met een reden, die in het auditlog komt", async () => {
    const m = await matchWereld();
    const input = { inburgeraarId: m.nasrin.id, gebruikerId: m.gepauzeerd.id, rol: "MAATJE" };
    const e = await fout(wijsToe(m.teamleider, input));
    expect(e).toBeInstanceOf(ZodError);
    expect((e as ZodError).issues[0]).toMatchObject({ path: ["uitzondering"] });
    expect((e as ZodError).issues[0]!.message).toContain("gepauzeerd");
    expect(await db().toewijzing.count({ where: { inburgeraarId: m.nasrin.id } })).toBe(0);

    await wijsToe(m.teamleider, { ...input, uitzondering: "Komt volgende week terug en kent het gezin al." });
    const t = await db().toewijzing.findFirstOrThrow({ where: { inburgeraarId: m.nasrin.id, rol: "MAATJE" } });
    expect(t).toMatchObject({ gebruikerId: m.gepauzeerd.id, uitzonderingReden: "Komt volgende week terug en kent het gezin al." });
    const a = await db().auditLog.findFirstOrThrow({ where: { inburgeraarId: m.nasrin.id, actie: "toewijzing.gemaakt" } });
    expect(a.details).toMatchObject({ uitzondering: "Komt volgende week terug en kent het gezin al." });
    expect(zinVoorAudit(a)).toContain("Toegewezen hoewel niet voorgesteld");
  });

  it("een vol maatje kan ook met een reden niet", async () => {
    const m = await matchWereld();
    const ander = await maakInburgeraar(m.org, m.gem, { fase: "BEGELEIDINGSFASE" });
    await factoryWijsToe(ander.id, m.parisa.id, "MAATJE");
    await expect(
      wijsToe(m.teamleider, { inburgeraarId: m.nasrin.id, gebruikerId: m.parisa.id, rol: "MAATJE", uitzondering: "Toch graag deze vrijwilliger." }),
    ).rejects.toThrow(/het maximum dat is afgesproken/);
    expect((await getToewijzingen(m.teamleider, m.nasrin.id)).suggesties.map((s) => s.naam)).not.toContain(m.parisa.naam);
  });
});

describe("overname met een interne overdracht", () => {
  it("vraagt een notitie, bewaart de historie en toont de notitie eerst aan de nieuwe persoon", async () => {
    const m = await matchWereld();
    await wijsToe(m.teamleider, { inburgeraarId: m.nasrin.id, gebruikerId: m.parisa.id, rol: "MAATJE" });
    const zonderNotitie = await fout(wijsToe(m.teamleider, { inburgeraarId: m.nasrin.id, gebruikerId: m.anna.id, rol: "MAATJE" }));
    expect(zonderNotitie).toBeInstanceOf(ZodError);
    expect((zonderNotitie as ZodError).issues[0]).toMatchObject({ path: ["overdrachtNotitie"] });
    // Nothing changed: Parisa is still the maatje.
    expect((await getToewijzingen(m.teamleider, m.nasrin.id)).actief.map((t) => t.gebruiker.id)).toEqual([m.parisa.id]);

    const notitie = "Nasrin belt liever dan dat ze appt; de brief over de huurtoeslag ligt nog open.";
    await wijsToe(m.teamleider, { inburgeraarId: m.nasrin.id, gebruikerId: m.anna.id, rol: "MAATJE", overdrachtNotitie: notitie });
    const data = await getToewijzingen(m.teamleider, m.nasrin.id);
    expect(data.actief.map((t) => [t.gebruiker.id, t.overdrachtNotitie])).toEqual([[m.anna.id, notitie]]);
    expect(data.historie.map((t) => t.gebruiker.id)).toEqual([m.parisa.id]);
    expect(data.historie[0]!.tot).not.toBeNull();

    const anna = await sessionUser(m.anna.id);
    const voorAnna = await getOverdrachtVoorMij(anna, m.nasrin.id);
    expect(voorAnna).toMatchObject({ notitie, vorige: m.parisa.naam, isGelezen: false, door: m.w.gebruikers.teamleider.naam });
    // Parisa no longer holds the assignment and sees nothing; nobody else can mark Anna's note.
    expect(await getOverdrachtVoorMij(await sessionUser(m.parisa.id), m.nasrin.id)).toBeNull();
    expect(await code(markeerOverdrachtGelezen(await sessionUser(m.parisa.id), { toewijzingId: voorAnna!.toewijzingId }))).toBe("NIET_GEVONDEN");
    await markeerOverdrachtGelezen(anna, { toewijzingId: voorAnna!.toewijzingId });
    expect(await getOverdrachtVoorMij(anna, m.nasrin.id)).toMatchObject({ notitie, isGelezen: true });
    const a = await db().auditLog.findFirstOrThrow({ where: { inburgeraarId: m.nasrin.id, actie: "toewijzing.gemaakt", details: { path: ["naam"], equals: m.anna.naam } } });
    expect(zinVoorAudit(a)).toBe(`${m.anna.naam} is nu maatje (in plaats van ${m.parisa.naam}). Met een notitie voor de overdracht.`);
  });
});

describe("wachtlijst", () => {
  it("langst wachtend eerst, met dagen gewacht en een telling per gemeente; alleen de eigen organisatie", async () => {
    const now = new Date();
    const w = await maakTweeOrganisaties();
    const org = w.a.organisatie.id;
    const gem = w.a.gemeente.id;
    const tweede = await db().gemeente.create({ data: { organisatieId: org, naam: `Tweede ${Math.random().toString(36).slice(2, 7)}` } });
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    // nietToegewezenA: OPSTARTFASE without anyone, created now.
    const farid = await maakInburgeraar(org, gem, { fase: "AANGEMELD", createdAt: dagenGeleden(6, now) });
    const yonas = await maakInburgeraar(org, tweede.id, { fase: "AANGEMELD", createdAt: dagenGeleden(20, now) });
    const zonderBegeleider = await maakInburgeraar(org, gem, { fase: "BEGELEIDINGSFASE", faseSinds: dagenGeleden(40, now), createdAt: dagenGeleden(200, now) });
    const wilMaatje = await maakInburgeraar(org, gem, { fase: "BEGELEIDINGSFASE", maatjeGewenstSinds: dagenGeleden(90, now) });
    await factoryWijsToe(wilMaatje.id, w.gebruikers.begeleider.id, "BEGELEIDER");
    // A maatje who stopped 10 days ago: waiting since then, not since the wish.
    const maatjeGestopt = await maakInburgeraar(org, gem, { fase: "BEGELEIDINGSFASE", maatjeGewenstSinds: dagenGeleden(300, now) });
    await factoryWijsToe(maatjeGestopt.id, w.gebruikers.begeleider.id, "BEGELEIDER");
    await factoryWijsToe(maatjeGestopt.id, w.gebruikers.vrijwilliger.id, "MAATJE", { vanaf: dagenGeleden(250, now), tot: dagenGeleden(10, now) });
    // Not waiting: has an opstart person; or afgesloten.
    const metOpstart = await maakInburgeraar(org, gem, { fase: "OPSTARTFASE", createdAt: dagenGeleden(400, now) });
    await factoryWijsToe(metOpstart.id, w.gebruikers.begeleider.id, "OPSTART");
    await maakInburgeraar(org, gem, { fase: "AFGESLOTEN", maatjeGewenstSinds: dagenGeleden(100, now) });

    const lijst = await getWachtlijst(teamleider, {}, now);
    const ids = lijst.rijen.map((r) => r.id);
    expect(ids).toEqual([wilMaatje.id, zonderBegeleider.id, yonas.id, maatjeGestopt.id, farid.id, w.nietToegewezenA.id]);
    const per = Object.fromEntries(lijst.rijen.map((r) => [r.id, [r.redenen, r.dagenGewacht]]));
    expect(per[wilMaatje.id]).toEqual([["MAATJE"], 90]);
    expect(per[zonderBegeleider.id]).toEqual([["BEGELEIDER"], 40]);
    expect(per[yonas.id]).toEqual([["OPSTART"], 20]);
    expect(per[maatjeGestopt.id]).toEqual([["MAATJE"], 10]);
    expect(per[farid.id]).toEqual([["OPSTART"], 6]);
    expect(ids).not.toContain(w.inburgeraarB.id);
    expect(lijst.totaal).toBe(6);
    expect(lijst.perGemeente.map((g) => [g.naam, g.aantal])).toEqual(
      [
        [w.a.gemeente.naam, 5],
        [tweede.naam, 1],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    // Filters and paging run in SQL.
    expect((await getWachtlijst(teamleider, { reden: "MAATJE" }, now)).rijen.map((r) => r.id)).toEqual([wilMaatje.id, maatjeGestopt.id]);
    expect((await getWachtlijst(teamleider, { gemeenteId: tweede.id }, now)).rijen.map((r) => r.id)).toEqual([yonas.id]);
    expect((await getWachtlijst(teamleider, { pagina: 2 }, now)).rijen).toEqual([]);
    // The start page asks for fewer rows: the first of the same list, with the same totals.
    const kort = await getWachtlijst(teamleider, {}, now, 2);
    expect(kort.rijen).toEqual(lijst.rijen.slice(0, 2));
    expect([kort.totaal, kort.paginas, kort.perGemeente]).toEqual([6, 3, lijst.perGemeente]);

    // Recording the wish puts someone on the list; a maatje takes them off.
    const teamleiderZetWens = await zetMaatjeWens(teamleider, { inburgeraarId: metOpstart.id, gewenst: "ja" }, now);
    expect(teamleiderZetWens.gewenst).toBe(true);
    expect((await getWachtlijst(teamleider, { reden: "MAATJE" }, now)).totaal).toBe(3);
    for (const rol of ["begeleider", "vrijwilliger", "consulent", "beheerder"] as const) {
      expect(await code(getWachtlijst(await sessionUser(w.gebruikers[rol].id)))).toBe("GEEN_TOEGANG");
    }
  });

  // When the wait began is stored per role (the latest end of an assignment, decision 029): the wait
  // begins at the latest of the registration / phase change / wish and the end of the last assignment.
  it("begint het wachten bij het einde van de laatste toewijzing in die rol, ook als iemand weer in de opstart zit", async () => {
    const now = new Date();
    const w = await maakTweeOrganisaties();
    const org = w.a.organisatie.id;
    const gem = (await db().gemeente.create({ data: { organisatieId: org, naam: `Einde ${Math.random().toString(36).slice(2, 7)}` } })).id;
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const begeleider = w.gebruikers.begeleider.id;
    // In the opstart again after a begeleider stopped 12 days ago; and one whose opstart person stopped 8 days ago.
    const terugInOpstart = await maakInburgeraar(org, gem, { fase: "OPSTARTFASE", createdAt: dagenGeleden(100, now) });
    await factoryWijsToe(terugInOpstart.id, begeleider, "BEGELEIDER", { vanaf: dagenGeleden(90, now), tot: dagenGeleden(12, now) });
    const opstartGestopt = await maakInburgeraar(org, gem, { fase: "OPSTARTFASE", createdAt: dagenGeleden(100, now) });
    await factoryWijsToe(opstartGestopt.id, begeleider, "OPSTART", { vanaf: dagenGeleden(90, now), tot: dagenGeleden(30, now) });
    await factoryWijsToe(opstartGestopt.id, begeleider, "OPSTART", { vanaf: dagenGeleden(29, now), tot: dagenGeleden(8, now) });
    // In begeleiding since 50 days, the begeleider stopped 15 days ago.
    const begeleiderGestopt = await maakInburgeraar(org, gem, { fase: "BEGELEIDINGSFASE", faseSinds: dagenGeleden(50, now), createdAt: dagenGeleden(200, now) });
    await factoryWijsToe(begeleiderGestopt.id, begeleider, "BEGELEIDER", { vanaf: dagenGeleden(50, now), tot: dagenGeleden(15, now) });
    const lijst = await getWachtlijst(teamleider, { gemeenteId: gem }, now);
    expect(lijst.rijen.map((r) => [r.id, r.redenen, r.dagenGewacht])).toEqual([
      [begeleiderGestopt.id, ["BEGELEIDER"], 15],
      [terugInOpstart.id, ["OPSTART"], 12],
      [opstartGestopt.id, ["OPSTART"], 8],
    ]);
    // The stored facts equal a full recomputation.
    expect(await afwijkendeStanden(getDatabase().sql, org)).toEqual([]);
  });

  // The list reads who has no assignment without an end (a stored fact, decision 026) and checks the
  // active ones of those few with the clock: an end in the future counts until it passes, without a write.
  it("een toewijzing die in de toekomst eindigt telt tot dat moment; daarna wacht iemand weer, zonder dat er iets geschreven wordt", async () => {
    const now = new Date();
    const w = await maakTweeOrganisaties();
    const org = w.a.organisatie.id;
    const gem = w.a.gemeente.id;
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const persoon = await maakInburgeraar(org, gem, { fase: "BEGELEIDINGSFASE", maatjeGewenstSinds: dagenGeleden(40, now) });
    await factoryWijsToe(persoon.id, w.gebruikers.begeleider.id, "BEGELEIDER");
    const maatje = await db().toewijzing.create({
      data: { inburgeraarId: persoon.id, gebruikerId: w.gebruikers.vrijwilliger.id, rol: "MAATJE", tot: new Date(now.getTime() + 5 * DAG) },
    });
    const wacht = async (op: Date) => (await getWachtlijst(teamleider, { reden: "MAATJE" }, op)).rijen.map((r) => r.id);
    expect(await wacht(now)).not.toContain(persoon.id);
    const later = new Date(now.getTime() + 6 * DAG);
    expect(await wacht(later)).toContain(persoon.id);
    // The wait began when the maatje stopped.
    const rij = (await getWachtlijst(teamleider, { reden: "MAATJE" }, later)).rijen.find((r) => r.id === persoon.id)!;
    expect(rij.sinds.toISOString()).toBe(maatje.tot!.toISOString());
    // A new maatje without an end takes them off again; removing that assignment puts them back.
    const nieuw = await db().toewijzing.create({ data: { inburgeraarId: persoon.id, gebruikerId: w.gebruikers.vrijwilliger.id, rol: "MAATJE" } });
    expect(await wacht(later)).not.toContain(persoon.id);
    await db().toewijzing.delete({ where: { id: nieuw.id } });
    expect(await wacht(later)).toContain(persoon.id);
  });
});

describe("bellijst", () => {
  // The list compares stored instants with the Amsterdam midnight after each gemeente's grens, not the
  // dates of every person: a minute either side of that midnight decides, for every clock.
  it("rekent de grens op de Amsterdamse middernacht: voor een belletje, een contact, de aanmelding en de BRP-datum", async () => {
    const now = new Date();
    const w = await maakTweeOrganisaties();
    const org = w.a.organisatie.id;
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const gem = (await db().gemeente.create({ data: { organisatieId: org, naam: `Grens ${Math.random().toString(36).slice(2, 7)}`, bellijstIntervalDagen: 28 } })).id;
    const grens = plusDagen(vandaagIn(now), -28);
    const laatsteMinuut = amsterdamNaarInstant(grens, "23:59");
    const middernacht = amsterdamNaarInstant(plusDagen(grens, 1), "00:00");
    const oud = plusDagen(grens, -300);
    const persoon = (opties: { brpInschrijvingDatum?: string; createdAt?: Date } = { brpInschrijvingDatum: oud }) =>
      maakInburgeraar(org, gem, { fase: "BEGELEIDINGSFASE", ...opties });
    const bel = async (op: Date) => {
      const p = await persoon();
      await db().belpoging.create({ data: { inburgeraarId: p.id, gebruikerId: teamleider.id, op, uitkomst: "BEREIKT" } });
      return p.id;
    };
    const contactMetMaatje = async (start: Date) => {
      const p = await persoon();
      await factoryWijsToe(p.id, w.gebruikers.vrijwilliger.id, "MAATJE");
      await db().afspraak.create({ data: { inburgeraarId: p.id, medewerkerId: w.gebruikers.vrijwilliger.id, start, type: "HUISBEZOEK", status: "VOND_PLAATS", duurMinuten: 60 } });
      return p.id;
    };
    const aangemeld = async (createdAt: Date) => (await persoon({ createdAt })).id;
    const brp = async (datum: string) => (await persoon({ brpInschrijvingDatum: datum })).id;
    const welOpLijst = [await bel(laatsteMinuut), await contactMetMaatje(laatsteMinuut), await aangemeld(laatsteMinuut), await brp(grens)];
    const nietOpLijst = [await bel(middernacht), await contactMetMaatje(middernacht), await aangemeld(middernacht), await brp(plusDagen(grens, 1))];
    const lijst = await getBellijst(teamleider, { gemeenteId: gem }, now);
    expect(lijst.rijen.map((r) => r.id).sort()).toEqual([...welOpLijst].sort());
    expect(lijst.rijen.map((r) => [r.belDatum, r.dagenTeLaat])).toEqual(welOpLijst.map(() => [plusDagen(grens, 28), 0]));
    expect(lijst.totaal).toBe(4);
    for (const id of nietOpLijst) expect(lijst.rijen.map((r) => r.id)).not.toContain(id);
  });

  // The index holds the clock as far as the row can tell (decision 029): an open maatje assignment
  // counts, one that ends in the future does not. The real clock is later, so the list must still leave
  // such a person off while they had recent contact, and put them on once the maatje has stopped.
  it("een maatje dat in de toekomst stopt telt tot dat moment: recent contact houdt iemand van de lijst, daarna telt alleen het belletje", async () => {
    const now = new Date();
    const w = await maakTweeOrganisaties();
    const org = w.a.organisatie.id;
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const gem = (await db().gemeente.create({ data: { organisatieId: org, naam: `Maatje ${Math.random().toString(36).slice(2, 7)}`, bellijstIntervalDagen: 30 } })).id;
    const persoon = await maakInburgeraar(org, gem, { fase: "BEGELEIDINGSFASE", brpInschrijvingDatum: datum(dagenGeleden(200, now)) });
    await db().toewijzing.create({
      data: { inburgeraarId: persoon.id, gebruikerId: w.gebruikers.vrijwilliger.id, rol: "MAATJE", tot: new Date(now.getTime() + 5 * DAG) },
    });
    await db().afspraak.create({
      data: { inburgeraarId: persoon.id, medewerkerId: w.gebruikers.vrijwilliger.id, start: dagenGeleden(10, now), type: "HUISBEZOEK", status: "VOND_PLAATS", duurMinuten: 60 },
    });
    // Without a maatje from the row's point of view (no open assignment), so the index range holds them.
    expect((await db().inburgeraar.findUniqueOrThrow({ where: { id: persoon.id } })).openMaatje).toBe(false);
    const ids = async (op: Date) => (await getBellijst(teamleider, { gemeenteId: gem }, op)).rijen;
    // The maatje is still active and had contact ten days ago: not due.
    expect(await ids(now)).toEqual([]);
    // Six days later the maatje has stopped: only the start counts (200 days ago), so they are due.
    const later = new Date(now.getTime() + 6 * DAG);
    const rijen = await ids(later);
    expect(rijen.map((r) => [r.id, r.reden, r.heeftMaatje])).toEqual([[persoon.id, "GEEN_MAATJE", false]]);
  });

  it("zonder maatje of te lang geen contact op de lijst; een gelogd belletje haalt iemand eraf; drie keer niet bereikt gaat naar de begeleider", async () => {
    const now = new Date();
    const w = await maakTweeOrganisaties();
    const org = w.a.organisatie.id;
    const gem = w.a.gemeente.id;
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const honderdDagen = datum(dagenGeleden(100, now));
    const zonderMaatje = await maakInburgeraar(org, gem, { fase: "BEGELEIDINGSFASE", brpInschrijvingDatum: honderdDagen });
    await factoryWijsToe(zonderMaatje.id, w.gebruikers.begeleider.id, "BEGELEIDER");
    const metMaatjeStil = await maakInburgeraar(org, gem, { fase: "BEGELEIDINGSFASE", brpInschrijvingDatum: honderdDagen });
    await factoryWijsToe(metMaatjeStil.id, w.gebruikers.vrijwilliger.id, "MAATJE");
    const metMaatjeContact = await maakInburgeraar(org, gem, { fase: "BEGELEIDINGSFASE", brpInschrijvingDatum: honderdDagen });
    await factoryWijsToe(metMaatjeContact.id, w.gebruikers.vrijwilliger.id, "MAATJE");
    await db().afspraak.create({
      data: { inburgeraarId: metMaatjeContact.id, medewerkerId: w.gebruikers.vrijwilliger.id, start: dagenGeleden(5, now), type: "HUISBEZOEK", status: "VOND_PLAATS", duurMinuten: 60 },
    });
    const nogTeVroeg = await maakInburgeraar(org, gem, { fase: "BEGELEIDINGSFASE", brpInschrijvingDatum: datum(dagenGeleden(30, now)) });
    // The gemeente's interval: null means 90 days.
    const lijst = await getBellijst(teamleider, {}, now);
    const ids = lijst.rijen.map((r) => r.id);
    expect(ids).toContain(zonderMaatje.id);
    expect(ids).toContain(metMaatjeStil.id);
    expect(ids).not.toContain(metMaatjeContact.id);
    expect(ids).not.toContain(nogTeVroeg.id);
    expect(ids).not.toContain(w.inburgeraarB.id);
    expect(lijst.rijen.find((r) => r.id === zonderMaatje.id)).toMatchObject({ reden: "GEEN_MAATJE", intervalDagen: 90, dagenTeLaat: 10 });
    expect(lijst.rijen.find((r) => r.id === metMaatjeStil.id)).toMatchObject({ reden: "GEEN_CONTACT" });
    // The total counts the whole list (computed with the page); a page past the end still knows it.
    expect(lijst.totaal).toBe(lijst.rijen.length);
    expect(await getBellijst(teamleider, { pagina: 2 }, now)).toMatchObject({ pagina: 2, rijen: [], totaal: lijst.totaal, paginas: 1 });
    // The start page asks for fewer rows: the first of the same list, with the same total.
    expect(await getBellijst(teamleider, {}, now, 1)).toEqual({ ...lijst, rijen: lijst.rijen.slice(0, 1), paginas: lijst.totaal });

    // A shorter interval set by the beheerder brings the 30-day person on.
    await db().gemeente.update({ where: { id: gem }, data: { bellijstIntervalDagen: 28 } });
    expect((await getBellijst(teamleider, {}, now)).rijen.map((r) => r.id)).toContain(nogTeVroeg.id);
    await db().gemeente.update({ where: { id: gem }, data: { bellijstIntervalDagen: null } });

    const r1 = await logBelpoging(teamleider, { inburgeraarId: zonderMaatje.id, uitkomst: "NIET_BEREIKT", notitie: "" }, now);
    expect(r1.naarBegeleider).toBe(false);
    expect((await getBellijst(teamleider, {}, now)).rijen.map((r) => r.id)).not.toContain(zonderMaatje.id);
    // Back on the list after the interval.
    const later = new Date(now.getTime() + 90 * DAG);
    expect((await getBellijst(teamleider, {}, later)).rijen.map((r) => r.id)).toContain(zonderMaatje.id);
    await logBelpoging(teamleider, { inburgeraarId: zonderMaatje.id, uitkomst: "NIET_BEREIKT" }, later);
    const nogLater = new Date(later.getTime() + 90 * DAG);
    const r3 = await logBelpoging(teamleider, { inburgeraarId: zonderMaatje.id, uitkomst: "NIET_BEREIKT" }, nogLater);
    expect(r3).toMatchObject({ naarBegeleider: true, begeleider: w.gebruikers.begeleider.naam });
    expect((await getNaarBegeleider(teamleider, nogLater)).map((r) => [r.id, r.begeleider])).toEqual([[zonderMaatje.id, w.gebruikers.begeleider.naam]]);
    // The begeleider sees it among their own people.
    const begeleider = await sessionUser(w.gebruikers.begeleider.id);
    const rij = (await getCaseload(begeleider, {}, nogLater)).find((r) => r.id === zonderMaatje.id)!;
    expect(rij.aandacht.map((x) => x.tekst)).toContain("Drie keer niet bereikt via de bellijst");
    const a = await db().auditLog.findFirstOrThrow({ where: { inburgeraarId: zonderMaatje.id, actie: "bellijst.gebeld" }, orderBy: { id: "desc" } });
    expect(zinVoorAudit(a)).toContain("doorgezet naar de begeleider");
    // Reached after all: no longer raised.
    await logBelpoging(teamleider, { inburgeraarId: zonderMaatje.id, uitkomst: "BEREIKT" }, nogLater);
    expect(await getNaarBegeleider(teamleider, nogLater)).toEqual([]);
    expect((await getCaseload(begeleider, {}, nogLater)).find((r) => r.id === zonderMaatje.id)!.aandacht.map((x) => x.soort)).not.toContain("BELLIJST_NIET_BEREIKT");

    // Bad input changes nothing; a volunteer and another organisation cannot log.
    const voor = await db().belpoging.count();
    expect(await fout(logBelpoging(teamleider, { inburgeraarId: zonderMaatje.id, uitkomst: "MISSCHIEN" }))).toBeInstanceOf(ZodError);
    expect(await code(logBelpoging(await sessionUser(w.gebruikers.vrijwilliger.id), { inburgeraarId: metMaatjeStil.id, uitkomst: "BEREIKT" }))).toBe("GEEN_TOEGANG");
    const teamleiderB = await sessionUser((await maakGebruiker(w.b.organisatie.id, "TEAMLEIDER")).id);
    expect(await code(logBelpoging(teamleiderB, { inburgeraarId: zonderMaatje.id, uitkomst: "BEREIKT" }))).toBe("NIET_GEVONDEN");
    expect(await db().belpoging.count()).toBe(voor);
  });
});

describe("capaciteit en verhoudingen", () => {
  it("telt actieve inburgeraars, uren van de laatste vier weken en te laat contact; per fte en per vrijwilliger; als CSV", async () => {
    const now = new Date();
    const w = await maakTweeOrganisaties();
    const org = w.a.organisatie.id;
    const gem = w.a.gemeente.id;
    await db().gebruiker.update({ where: { id: w.gebruikers.begeleider.id }, data: { fte: 0.5 } });
    await db().gebruikerGemeente.create({ data: { gebruikerId: w.gebruikers.begeleider.id, gemeenteId: gem } });
    await db().gebruikerGemeente.create({ data: { gebruikerId: w.gebruikers.vrijwilliger.id, gemeenteId: gem } });
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    // inburgeraarA (begeleider + maatje) plus one more for the begeleider, one afgesloten (does not count).
    const tweede = await maakInburgeraar(org, gem, { fase: "BEGELEIDINGSFASE", brpInschrijvingDatum: datum(dagenGeleden(200, now)) });
    await factoryWijsToe(tweede.id, w.gebruikers.begeleider.id, "BEGELEIDER");
    const dicht = await maakInburgeraar(org, gem, { fase: "AFGESLOTEN" });
    await factoryWijsToe(dicht.id, w.gebruikers.begeleider.id, "BEGELEIDER");
    const afspraak = (medewerkerId: string, inburgeraarId: string, dagen: number, duurMinuten: number, status: "VOND_PLAATS" | "NIET_VERSCHENEN" = "VOND_PLAATS") =>
      db().afspraak.create({ data: { inburgeraarId, medewerkerId, start: dagenGeleden(dagen, now), type: "KANTOOR", status, duurMinuten } });
    await afspraak(w.gebruikers.begeleider.id, w.inburgeraarA.id, 3, 60);
    await afspraak(w.gebruikers.begeleider.id, w.inburgeraarA.id, 20, 30);
    await afspraak(w.gebruikers.begeleider.id, w.inburgeraarA.id, 40, 90); // outside four weeks
    await afspraak(w.gebruikers.begeleider.id, tweede.id, 2, 45, "NIET_VERSCHENEN"); // no contact, no hours
    await afspraak(w.gebruikers.vrijwilliger.id, w.inburgeraarA.id, 1, 120);

    const cap = await getCapaciteit(teamleider, {}, now);
    const per = Object.fromEntries(cap.personen.map((p) => [p.id, p]));
    // tweede: BRP 200 days ago and never seen: overdue. inburgeraarA had contact yesterday.
    expect(per[w.gebruikers.begeleider.id]).toMatchObject({ actieveInburgeraars: 2, uren: 1.5, achterstalligeContacten: 1 });
    expect(per[w.gebruikers.vrijwilliger.id]).toMatchObject({ actieveInburgeraars: 1, uren: 2, achterstalligeContacten: 0 });
    // Organisation A: inburgeraarA, nietToegewezenA, tweede = 3 active; 0.5 fte; 1 active volunteer.
    expect(cap.organisatie).toMatchObject({ inburgeraars: 3, fte: 0.5, perFte: 6, actieveVrijwilligers: 1, perVrijwilliger: 3 });
    expect(cap.gemeenten.find((g) => g.id === gem)).toMatchObject({ inburgeraars: 3, fte: 0.5, perFte: 6 });
    // Paused volunteers do not count as active.
    await db().vrijwilligerProfiel.update({ where: { gebruikerId: w.gebruikers.vrijwilliger.id }, data: { status: "GEPAUZEERD" } });
    expect((await getCapaciteit(teamleider, {}, now)).organisatie).toMatchObject({ actieveVrijwilligers: 0, perVrijwilliger: null });

    const csv = capaciteitCsv(await getCapaciteitExport(teamleider, now));
    const regels = csv.trimEnd().split("\r\n");
    expect(regels[0]).toBe(
      "soort,naam,team,actieve inburgeraars,fte begeleiders,inburgeraars per fte,actieve vrijwilligers,inburgeraars per vrijwilliger,begeleiders zonder fte,uren laatste 4 weken,te lang geen contact,fte,status",
    );
    expect(regels).toContain(`Organisatie,${w.a.organisatie.naam},,3,0.5,6,0,,0,,,,`);
    expect(regels).toContain(`Begeleider,${w.gebruikers.begeleider.naam},,2,,,,,,1.5,1,0.5,actief`);
    expect(csv).not.toContain(w.inburgeraarB.achternaam);
    for (const rol of ["begeleider", "vrijwilliger", "consulent", "beheerder"] as const) {
      expect(await code(getCapaciteit(await sessionUser(w.gebruikers[rol].id)))).toBe("GEEN_TOEGANG");
    }
  });
});

describe("capaciteit bij honderden gemeenten", () => {
  it("toont de drukste gemeenten (zonder fte eerst, dan de meeste inburgeraars per fte); alle op verzoek en in de CSV", async () => {
    const now = new Date();
    const w = await maakTweeOrganisaties();
    const org = w.a.organisatie.id;
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    await db().gemeente.createMany({
      data: Array.from({ length: GEMEENTE_KEUZE_MAX + 5 }, (_, n) => ({ organisatieId: org, naam: `Verzonnen ${String(n).padStart(2, "0")}` })),
    });
    const gemeente = async (naam: string) => (await db().gemeente.findFirstOrThrow({ where: { organisatieId: org, naam } })).id;
    // Zonder fte: three people, no begeleider there (more than the two of the first gemeente, which has no
    // fte either). Krap: four people on 0.5 fte.
    const [zonderFte, krap] = [await gemeente("Verzonnen 07"), await gemeente("Verzonnen 12")];
    for (const [gemeenteId, aantal] of [[zonderFte, 3], [krap, 4]] as const) {
      for (let n = 0; n < aantal; n++) await maakInburgeraar(org, gemeenteId, { fase: "BEGELEIDINGSFASE" });
    }
    await db().gebruiker.update({ where: { id: w.gebruikers.begeleider.id }, data: { fte: 0.5 } });
    await db().gebruikerGemeente.create({ data: { gebruikerId: w.gebruikers.begeleider.id, gemeenteId: krap } });
    const kort = await getCapaciteit(teamleider, {}, now);
    expect([kort.gemeentenIngekort, kort.gemeentenAantal, kort.gemeenten.length]).toEqual([true, GEMEENTE_KEUZE_MAX + 6, GEMEENTE_KEUZE_MAX]);
    expect(kort.gemeenten.slice(0, 3).map((g) => [g.id, g.perFte])).toEqual([
      [zonderFte, null],
      [w.a.gemeente.id, null],
      [krap, 8],
    ]);
    const alle = await getCapaciteit(teamleider, { alleGemeenten: true }, now);
    expect(alle.gemeentenIngekort).toBe(false);
    expect(alle.gemeenten).toHaveLength(GEMEENTE_KEUZE_MAX + 6);
    expect(alle.gemeenten.map((g) => g.naam).filter((naam) => naam.startsWith("Verzonnen"))).toEqual(
      Array.from({ length: GEMEENTE_KEUZE_MAX + 5 }, (_, n) => `Verzonnen ${String(n).padStart(2, "0")}`),
    );
    // The page reads the staff for its totals apart from the per-person rows the CSV totals; both say the same.
    const uitvoer = await getCapaciteitExport(teamleider, now);
    expect(uitvoer.gemeenten).toHaveLength(GEMEENTE_KEUZE_MAX + 6);
    expect([alle.organisatie, alle.teams, alle.gemeenten]).toEqual([uitvoer.organisatie, uitvoer.teams, uitvoer.gemeenten]);
  });
});

describe("vier ogen bij verlenging", () => {
  it("niemand beslist over de eigen aanvraag; zonder BRP-datum geen verlenging", async () => {
    const w = await maakTweeOrganisaties();
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const collega = await sessionUser((await maakGebruiker(w.a.organisatie.id, "TEAMLEIDER")).id);
    const v = await vraagVerlengingAan(teamleider, w.inburgeraarA.id, { reden: "Leerroute loopt uit", maanden: 6 });
    const eigen = await fout(beoordeelVerlenging(teamleider, v.id, { besluit: "GOEDGEKEURD", version: 1 }));
    expect(eigen).toMatchObject({ code: "GEEN_TOEGANG", message: expect.stringContaining("vier ogen") });
    expect(await db().verlenging.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({ status: "AANGEVRAAGD", beoordeeldDoorId: null });
    expect((await listOpenVerlengingen(teamleider)).rijen.find((x) => x.id === v.id)).toMatchObject({ isEigenAanvraag: true });
    expect((await listOpenVerlengingen(collega)).rijen.find((x) => x.id === v.id)).toMatchObject({ isEigenAanvraag: false });
    await beoordeelVerlenging(collega, v.id, { besluit: "GOEDGEKEURD", version: 1 });
    expect((await db().verlenging.findUniqueOrThrow({ where: { id: v.id } })).beoordeeldDoorId).toBe(collega.id);

    // nietToegewezenA has no BRP date: no request, and no approval of an old one.
    await expect(vraagVerlengingAan(teamleider, w.nietToegewezenA.id, { reden: "x", maanden: 6 })).rejects.toThrow(/geen datum van inschrijving in de BRP/);
    const oud = await db().verlenging.create({ data: { inburgeraarId: w.nietToegewezenA.id, reden: "ouder verzoek", aangevraagdDoorId: w.gebruikers.begeleider.id } });
    await expect(beoordeelVerlenging(collega, oud.id, { besluit: "GOEDGEKEURD", version: 1 })).rejects.toThrow(/geen datum van inschrijving in de BRP/);
    await beoordeelVerlenging(collega, oud.id, { besluit: "AFGEWEZEN", version: 1 });
  });
});

describe("vrijwilligers en wat zij zien", () => {
  it("een vrijwilliger ziet geen maatjes van anderen, geen teampagina's en geen andere profielen; het eigen profiel alleen voor talen en beschikbaarheid", async () => {
    const w = await maakTweeOrganisaties();
    const karim = await sessionUser(w.gebruikers.vrijwilliger.id);
    const ander = await maakGebruiker(w.a.organisatie.id, "VRIJWILLIGER");
    const vanAnder = await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id, { fase: "BEGELEIDINGSFASE" });
    await factoryWijsToe(vanAnder.id, ander.id, "MAATJE");

    const mijn = (await getCaseload(karim)).map((r) => r.id);
    expect(mijn).toEqual([w.inburgeraarA.id]);
    expect(mijn).not.toContain(vanAnder.id);
    for (const poging of [
      getVrijwilligerProfiel(karim, ander.id),
      getVrijwilligerProfiel(karim, karim.id),
      listVrijwilligers(karim),
      teamOverzicht(karim),
      listTeamInburgeraars(karim),
      getWachtlijst(karim),
      getBellijst(karim),
      getCapaciteit(karim),
      getToewijzingen(karim, vanAnder.id),
      wijzigVrijwilligerProfiel(karim, { gebruikerId: karim.id, version: 1, status: "ACTIEF", maxMaatjes: 9, taken: ["MAATJE"] }),
    ]) {
      expect(await code(poging)).toBe("GEEN_TOEGANG");
    }

    const voor = await getEigenProfiel(karim);
    await wijzigEigenProfiel(karim, {
      version: voor.profiel.version,
      talen: "dari, Farsi",
      urenPerWeek: "6",
      beschikbaarheid: "Dinsdagavond",
      // Not part of the own profile: ignored.
      maxMaatjes: "9",
      status: "GESTOPT",
      vogDatum: "2026-01-01",
      rol: "TEAMLEIDER",
      organisatieId: w.b.organisatie.id,
    });
    const na = await db().vrijwilligerProfiel.findUniqueOrThrow({ where: { gebruikerId: karim.id }, include: { gebruiker: true } });
    expect(na).toMatchObject({ talen: ["Dari", "Farsi"], urenPerWeek: 6, beschikbaarheid: "Dinsdagavond", maxMaatjes: 2, status: "ACTIEF", version: voor.profiel.version + 1 });
    expect(na.gebruiker).toMatchObject({ rol: "VRIJWILLIGER", organisatieId: w.a.organisatie.id });
    // A stale form is a conflict, not an overwrite.
    expect(await code(wijzigEigenProfiel(karim, { version: voor.profiel.version, talen: "Engels" }))).toBe("CONFLICT");
  });

  it("de teamleider beheert het profiel: status, VOG, gemeenten; de lijst toont wie aandacht nodig heeft", async () => {
    const w = await maakTweeOrganisaties();
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const id = w.gebruikers.vrijwilliger.id;
    const p = await getVrijwilligerProfiel(teamleider, id);
    expect(p.maatjes.map((m) => m.id)).toEqual([w.inburgeraarA.id]);
    const basis = {
      gebruikerId: id,
      version: p.profiel.version,
      talen: "Arabisch, Tigrinya",
      taken: ["MAATJE", "TOLK"],
      maxMaatjes: "3",
      gemeenteIds: [w.a.gemeente.id],
      voorkeurDoelgroepen: ["JONGERE"],
      vogDatum: "",
      status: "GEPAUZEERD",
      statusReden: "",
    };
    const e = await fout(wijzigVrijwilligerProfiel(teamleider, basis));
    expect((e as ZodError).issues.map((i) => i.path.join("."))).toEqual(["statusReden"]);
    await wijzigVrijwilligerProfiel(teamleider, { ...basis, statusReden: "Tot 1 maart op reis" });
    const na = await db().vrijwilligerProfiel.findUniqueOrThrow({ where: { gebruikerId: id } });
    expect(na).toMatchObject({ talen: ["Arabisch", "Tigrinya"], taken: ["MAATJE", "TOLK"], maxMaatjes: 3, status: "GEPAUZEERD", vogDatum: null, voorkeurDoelgroepen: ["JONGERE"] });
    expect(na.statusSinds).not.toBeNull();
    expect(await db().gebruikerGemeente.count({ where: { gebruikerId: id } })).toBe(1);
    const lijst = await listVrijwilligers(teamleider, { vogAandacht: true });
    expect(lijst.rijen.map((r) => r.id)).toContain(id);
    expect(lijst.vogAandacht).toBeGreaterThanOrEqual(1);
    // Searching by name takes "%" and "_" as characters (lib/tekst letterlijk), not as "anything".
    const naam = (await db().gebruiker.findUniqueOrThrow({ where: { id } })).naam;
    expect((await listVrijwilligers(teamleider, { zoek: naam.slice(0, 4) })).rijen.map((r) => r.id)).toContain(id);
    expect((await listVrijwilligers(teamleider, { zoek: "%" })).rijen).toEqual([]);
    expect((await listVrijwilligers(teamleider, { zoek: `${naam.slice(0, 2)}_` })).rijen).toEqual([]);
    const a = await db().auditLog.findFirstOrThrow({ where: { actie: "vrijwilliger.profiel-gewijzigd", entiteitId: id } });
    expect(zinVoorAudit(a)).toContain("status: gepauzeerd");
    // A beheerder manages profiles too, but does not see whose maatje someone is.
    const beheerder = await sessionUser(w.gebruikers.beheerder.id);
    const voorBeheerder = await getVrijwilligerProfiel(beheerder, id);
    expect(voorBeheerder.aantalMaatjes).toBe(1);
    expect(voorBeheerder.maatjes).toEqual([]);
    // Another organisation's teamleider finds nothing.
    const teamleiderB = await sessionUser((await maakGebruiker(w.b.organisatie.id, "TEAMLEIDER")).id);
    expect(await code(getVrijwilligerProfiel(teamleiderB, id))).toBe("NIET_GEVONDEN");
  });
});

describe("de startpagina van de teamleider", () => {
  it("toont dezelfde vrijwilligers met VOG-aandacht als de lijst, in dezelfde volgorde, met het aantal", async () => {
    const w = await maakTweeOrganisaties();
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const dagen = (n: number) => new Date(Date.now() - n * 86_400_000);
    const org = w.a.organisatie.id;
    // Expired, none, expiring within the warning period, paused, an inactive account: attention.
    // Valid for long, or stopped: no attention. Another organisation's volunteer never.
    for (const profiel of [
      { vogDatum: dagen(4 * 365) },
      { vogDatum: null },
      { vogDatum: dagen(3 * 365 - 20) },
      { vogDatum: dagen(4 * 365), status: "GEPAUZEERD" as const },
      { vogDatum: dagen(30) },
      { vogDatum: null, status: "GESTOPT" as const },
    ]) {
      await maakGebruiker(org, "VRIJWILLIGER", { profiel });
    }
    await maakGebruiker(org, "VRIJWILLIGER", { actief: false, profiel: { vogDatum: null } });
    await maakGebruiker(w.b.organisatie.id, "VRIJWILLIGER", { profiel: { vogDatum: null } });
    const lijst = await listVrijwilligers(teamleider, { vogAandacht: true });
    for (const aantal of [2, 5, 50]) {
      const start = await vogAandachtStart(teamleider, aantal);
      expect(start.totaal).toBe(lijst.totaal);
      expect(start.rijen).toEqual(lijst.rijen.slice(0, aantal).map((r) => ({ id: r.id, naam: r.naam, vog: r.vog })));
    }
    expect(lijst.totaal).toBeGreaterThanOrEqual(5);
    expect(lijst.rijen.map((r) => r.status)).not.toContain("GESTOPT");
    // A volunteer cannot ask for it.
    const vrijwilliger = await sessionUser(w.gebruikers.vrijwilliger.id);
    await expect(vogAandachtStart(vrijwilliger, 5)).rejects.toBeInstanceOf(AppError);
  });
});

describe("de teamleider's lijst van inburgeraars", () => {
  it("geeft in elke sortering hetzelfde totaal en elke persoon op precies één pagina, ook voorbij het eind", async () => {
    const now = new Date();
    const w = await maakTweeOrganisaties();
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    for (let n = 0; n < 4; n++) {
      await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id, { fase: "BEGELEIDINGSFASE", brpInschrijvingDatum: datum(dagenGeleden(30 + 40 * n, now)) });
    }
    const verwacht = (await listTeamInburgeraars(teamleider, {}, now, 100)).rijen.map((r) => r.id).sort();
    expect(verwacht.length).toBeGreaterThanOrEqual(6);
    for (const sortering of ["aandacht", "naam", "contact"] as const) {
      for (const filters of [{ sortering }, { sortering, teLangGeenContact: true }]) {
        const alle = await listTeamInburgeraars(teamleider, filters, now, 100);
        expect(alle.totaal).toBe(alle.rijen.length);
        const paginas = await Promise.all([1, 2, 3, 4, 5].map((pagina) => listTeamInburgeraars(teamleider, { ...filters, pagina }, now, 2)));
        expect(paginas.map((p) => p.totaal)).toEqual(paginas.map(() => alle.totaal));
        expect(paginas.flatMap((p) => p.rijen.map((r) => r.id))).toEqual(alle.rijen.map((r) => r.id));
        if (!filters.teLangGeenContact) expect(alle.rijen.map((r) => r.id).sort()).toEqual(verwacht);
      }
    }
    // Far past the end: no rows, the right total.
    const ver = await listTeamInburgeraars(teamleider, { sortering: "contact", pagina: 40 }, now, 2);
    expect([ver.rijen, ver.totaal]).toEqual([[], verwacht.length]);
  });

  it("'te lang geen contact' volgt de norm van de eigen gemeente, precies op de grens, ook naast een gemeente met een kleinere norm", async () => {
    const now = new Date();
    const w = await maakTweeOrganisaties();
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const org = w.a.organisatie.id;
    // The list reads one index range per gemeente, past that gemeente's own norm (decision 029): a
    // gemeente with a much larger norm next to a strict one must each be judged by their own.
    await db().gemeente.update({ where: { id: w.a.gemeente.id }, data: { contactNormDagen: 60 } });
    const streng = await db().gemeente.create({ data: { organisatieId: org, naam: `Streng ${Math.random().toString(36).slice(2, 7)}`, contactNormDagen: 7 } });
    const brp = (dagen: number) => plusDagen(vandaagIn(now), -dagen);
    const persoon = (gemeenteId: string, dagen: number, fase: "BEGELEIDINGSFASE" | "AFGESLOTEN" = "BEGELEIDINGSFASE") =>
      maakInburgeraar(org, gemeenteId, { fase, brpInschrijvingDatum: brp(dagen) });
    const ruim61 = await persoon(w.a.gemeente.id, 61);
    const ruim60 = await persoon(w.a.gemeente.id, 60);
    const ruim30 = await persoon(w.a.gemeente.id, 30);
    const streng8 = await persoon(streng.id, 8);
    const streng7 = await persoon(streng.id, 7);
    const dicht = await persoon(w.a.gemeente.id, 400, "AFGESLOTEN");
    const anders = await maakInburgeraar(w.b.organisatie.id, w.b.gemeente.id, { fase: "BEGELEIDINGSFASE", brpInschrijvingDatum: brp(400) });
    // The last contact counts before the BRP date.
    const contactLang = await persoon(w.a.gemeente.id, 300);
    const contactKort = await persoon(w.a.gemeente.id, 300);
    for (const [p, dagen] of [[contactLang, 70], [contactKort, 10]] as const) {
      await db().afspraak.create({
        data: { inburgeraarId: p.id, medewerkerId: w.gebruikers.begeleider.id, start: dagenGeleden(dagen, now), type: "HUISBEZOEK", status: "VOND_PLAATS", duurMinuten: 60 },
      });
    }
    const lijst = await listTeamInburgeraars(teamleider, { teLangGeenContact: true, sortering: "contact" }, now, 100);
    const ids = lijst.rijen.map((r) => r.id);
    const mijn = [ruim61, ruim60, ruim30, streng8, streng7, dicht, anders, contactLang, contactKort].map((p) => p.id);
    // Oldest clock first: contact 300 days ago is replaced by the contact 70 days ago.
    expect(ids.filter((id) => mijn.includes(id))).toEqual([contactLang.id, ruim61.id, streng8.id]);
    expect(lijst.totaal).toBe(ids.length);
    // The start page's five come from the same list.
    const start = await listTeamInburgeraars(teamleider, { teLangGeenContact: true, sortering: "contact" }, now, 5);
    expect([start.totaal, start.rijen.map((r) => r.id)]).toEqual([lijst.totaal, ids.slice(0, 5)]);
  });

  it("zoekt, filtert en pagineert in SQL, met de aandachtskolom", async () => {
    const now = new Date();
    const w = await maakTweeOrganisaties();
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const lang = await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id, { fase: "BEGELEIDINGSFASE", brpInschrijvingDatum: datum(dagenGeleden(120, now)) });
    await db().inburgeraar.update({ where: { id: lang.id }, data: { voornaam: "Zoekbaar" } });
    const alles = await listTeamInburgeraars(teamleider, {}, now);
    expect(alles.totaal).toBe(3);
    expect(alles.rijen.map((r) => r.id)).not.toContain(w.inburgeraarB.id);
    expect((await listTeamInburgeraars(teamleider, { zoek: "zoekb" }, now)).rijen.map((r) => r.id)).toEqual([lang.id]);
    expect((await listTeamInburgeraars(teamleider, { zoek: "%" }, now)).rijen).toEqual([]);
    const teLang = await listTeamInburgeraars(teamleider, { teLangGeenContact: true, sortering: "contact" }, now);
    expect(teLang.rijen.map((r) => r.id)).toContain(lang.id);
    expect(teLang.rijen.find((r) => r.id === lang.id)!.aandacht.map((a) => a.soort)).toContain("NOOIT_GEZIEN");
    expect((await listTeamInburgeraars(teamleider, { zonder: "maatje" }, now)).rijen.map((r) => r.id)).not.toContain(w.inburgeraarA.id);
    // "Begeleid door" searches the names of who guides someone now: begeleider, opstart person or maatje.
    const deel = (naam: string) => naam.split(" ").at(-1)!.slice(0, 6).toLowerCase();
    expect((await listTeamInburgeraars(teamleider, { door: deel(w.gebruikers.begeleider.naam) }, now)).rijen.map((r) => r.id)).toEqual([w.inburgeraarA.id]);
    expect((await listTeamInburgeraars(teamleider, { door: deel(w.gebruikers.vrijwilliger.naam) }, now)).rijen.map((r) => r.id)).toEqual([w.inburgeraarA.id]);
    expect((await listTeamInburgeraars(teamleider, { door: "%" }, now)).rijen).toEqual([]);
    // Someone of the other organisation guides only the other organisation's people: nothing here.
    expect((await listTeamInburgeraars(teamleider, { door: w.gebruikers.begeleiderB.naam }, now)).rijen).toEqual([]);
    const a = (await listTeamInburgeraars(teamleider, {}, now)).rijen.find((r) => r.id === w.inburgeraarA.id)!;
    expect(a).toMatchObject({ begeleider: w.gebruikers.begeleider.naam, maatje: w.gebruikers.vrijwilliger.naam });
    // The filter choices are the gemeenten of the own organisation only; people are searched by name.
    const keuzes = await teamLijstKeuzes(teamleider);
    expect(keuzes.gemeenten?.map((g) => g.id)).toContain(w.a.gemeente.id);
    expect(keuzes.gemeenten?.map((g) => g.id)).not.toContain(w.b.gemeente.id);
    // By part of the gemeente's name: the own organisation's gemeenten only, % is a character.
    const gemeenteA = await db().gemeente.findUniqueOrThrow({ where: { id: w.a.gemeente.id } });
    const gemeenteB = await db().gemeente.findUniqueOrThrow({ where: { id: w.b.gemeente.id } });
    const opNaam = async (gemeenteNaam: string) => (await listTeamInburgeraars(teamleider, { gemeenteNaam }, now)).rijen.map((r) => r.id).sort();
    expect(await opNaam(gemeenteA.naam.slice(-6).toUpperCase())).toEqual(alles.rijen.map((r) => r.id).sort());
    expect(await opNaam(gemeenteB.naam)).toEqual([]);
    expect(await opNaam("%")).toEqual([]);
    // More gemeenten than a list can sensibly hold: no list, the form asks for part of the name.
    await db().gemeente.createMany({
      data: Array.from({ length: GEMEENTE_KEUZE_MAX }, (_, n) => ({ organisatieId: w.a.organisatie.id, naam: `Verzonnen gemeente ${n}`, looptijdMaanden: 12, contactNormDagen: 21 })),
    });
    expect((await teamLijstKeuzes(teamleider)).gemeenten).toBeNull();
  });

  it("toont het meetmoment dat nu moet met dezelfde planregels als de caseload", async () => {
    const now = new Date();
    const w = await maakTweeOrganisaties();
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const brp = datum(dagenGeleden(120, now));
    const p = await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id, { fase: "BEGELEIDINGSFASE", brpInschrijvingDatum: brp });
    const meetmoment = async () =>
      (await listTeamInburgeraars(teamleider, {}, now)).rijen.find((r) => r.id === p.id)!.aandacht.find((x) => x.soort === "MEETMOMENT");
    // No nulmeting yet: the schedule is computed from the BRP date (no unrecorded rows needed).
    expect(await meetmoment()).toMatchObject({ isTeLaat: true });
    expect((await meetmoment())!.tekst).toMatch(/^Nulmeting is te laat/);
    // A recent nulmeting covers the ones before it.
    await db().begeleidingsplan.create({
      data: { inburgeraarId: p.id, meetmomenten: { create: { maandNaStart: 0, geplandOp: new Date(`${brp}T00:00:00Z`), afgenomenOp: dagenGeleden(9, now) } } },
    });
    expect(await meetmoment()).toBeUndefined();
  });
});

describe("een beheerder wijzigt accounts", () => {
  it("naam, rol, team, gemeenten en fte; de eigen rol niet; organisatie en e-mail worden genegeerd; alleen beheerders", async () => {
    const { wijzigGebruiker } = await import("@/lib/gebruiker/wijzigen");
    const w = await maakTweeOrganisaties();
    const beheerder = await sessionUser(w.gebruikers.beheerder.id);
    const team = await db().team.create({ data: { organisatieId: w.a.organisatie.id, naam: "Team Test" } });
    const doel = await db().gebruiker.findUniqueOrThrow({ where: { id: w.gebruikers.begeleider.id } });
    await wijzigGebruiker(beheerder, {
      id: doel.id,
      version: doel.version,
      naam: "Nieuwe Naam",
      rol: "TEAMLEIDER",
      teamId: team.id,
      gemeenteIds: [w.a.gemeente.id],
      fte: "0,8",
      organisatieId: w.b.organisatie.id,
      email: "overgenomen@example.org",
    });
    const na = await db().gebruiker.findUniqueOrThrow({ where: { id: doel.id }, include: { gemeenten: true } });
    expect(na).toMatchObject({ naam: "Nieuwe Naam", rol: "TEAMLEIDER", teamId: team.id, fte: 0.8, organisatieId: w.a.organisatie.id, email: doel.email });
    expect(na.gemeenten.map((g) => g.gemeenteId)).toEqual([w.a.gemeente.id]);
    const a = await db().auditLog.findFirstOrThrow({ where: { actie: "gebruiker.gewijzigd", entiteitId: doel.id } });
    expect(zinVoorAudit(a)).toBe("Account gewijzigd: naam, rol, team, gemeenten, fte; rol van begeleider naar teamleider");

    // Not their own role (so the organisation always keeps a beheerder).
    const zelf = await db().gebruiker.findUniqueOrThrow({ where: { id: beheerder.id } });
    await expect(wijzigGebruiker(beheerder, { id: zelf.id, version: zelf.version, naam: zelf.naam, rol: "BEGELEIDER" })).rejects.toThrow(/eigen rol/);
    await wijzigGebruiker(beheerder, { id: zelf.id, version: zelf.version, naam: "Beheerder Hernoemd", rol: "BEHEERDER" });

    // A volunteer who is someone's maatje cannot become a consulent until that is handed over.
    const karim = await db().gebruiker.findUniqueOrThrow({ where: { id: w.gebruikers.vrijwilliger.id } });
    await expect(
      wijzigGebruiker(beheerder, { id: karim.id, version: karim.version, naam: karim.naam, rol: "CONSULENT", gemeenteIds: [w.a.gemeente.id] }),
    ).rejects.toThrow(/Laat de teamleider eerst iemand anders toewijzen/);

    // Only beheerders; never across organisations; a team of another organisation is refused.
    const v = await db().gebruiker.findUniqueOrThrow({ where: { id: w.gebruikers.consulent.id } });
    const input = { id: v.id, version: v.version, naam: v.naam, rol: "BEHEERDER", gemeenteIds: [] };
    for (const rol of ["teamleider", "begeleider", "vrijwilliger", "consulent"] as const) {
      expect(await code(wijzigGebruiker(await sessionUser(w.gebruikers[rol].id), input))).toBe("GEEN_TOEGANG");
    }
    const beheerderB = await sessionUser((await maakGebruiker(w.b.organisatie.id, "BEHEERDER")).id);
    expect(await code(wijzigGebruiker(beheerderB, input))).toBe("NIET_GEVONDEN");
    const teamB = await db().team.create({ data: { organisatieId: w.b.organisatie.id, naam: "Team B" } });
    expect(await code(wijzigGebruiker(beheerder, { ...input, rol: "CONSULENT", gemeenteIds: [w.a.gemeente.id], teamId: teamB.id }))).toBe("NIET_GEVONDEN");
    expect((await db().gebruiker.findUniqueOrThrow({ where: { id: v.id } })).rol).toBe("CONSULENT");
  });

  it("twee beheerders die elkaar tegelijk degraderen: één lukt, de ander niet meer", async () => {
    const { wijzigGebruiker } = await import("@/lib/gebruiker/wijzigen");
    const w = await maakTweeOrganisaties();
    const b1 = await sessionUser(w.gebruikers.beheerder.id);
    const b2 = await sessionUser((await maakGebruiker(w.a.organisatie.id, "BEHEERDER")).id);
    const [g1, g2] = await Promise.all([b1.id, b2.id].map((id) => db().gebruiker.findUniqueOrThrow({ where: { id } })));
    const uitkomsten = await Promise.allSettled([
      wijzigGebruiker(b1, { id: g2!.id, version: g2!.version, naam: g2!.naam, rol: "BEGELEIDER" }),
      wijzigGebruiker(b2, { id: g1!.id, version: g1!.version, naam: g1!.naam, rol: "BEGELEIDER" }),
    ]);
    expect(uitkomsten.filter((u) => u.status === "fulfilled")).toHaveLength(1);
    expect(await db().gebruiker.count({ where: { organisatieId: w.a.organisatie.id, rol: "BEHEERDER", actief: true } })).toBe(1);
  });
});
