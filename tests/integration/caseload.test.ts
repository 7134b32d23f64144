import { describe, expect, it } from "vitest";
import { getCaseload, getCaseloadPagina } from "@/lib/caseload/queries";
import { db } from "@/lib/db";
import { maakInburgeraar, maakTweeOrganisaties, sessionUser, wijsToe } from "../factories";

const now = new Date("2026-11-29T10:00:00Z");
const dagen = (n: number) => new Date(now.getTime() - n * 86_400_000);

describe("Mijn inburgeraars", () => {
  it("toont alleen eigen mensen, met laatste contact, volgende afspraak en aandacht eerst", async () => {
    const w = await maakTweeOrganisaties();
    const begeleider = await sessionUser(w.gebruikers.begeleider.id);
    const tweede = await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id, { fase: "BEGELEIDINGSFASE", brpInschrijvingDatum: "2026-03-01" });
    await wijsToe(tweede.id, begeleider.id, "BEGELEIDER");
    const afspraak = (inburgeraarId: string, start: Date, status: "VOND_PLAATS" | "GEPLAND") =>
      db().afspraak.create({ data: { inburgeraarId, medewerkerId: begeleider.id, start, type: "HUISBEZOEK", status } });
    // inburgeraarA: seen 3 days ago, next afspraak planned. tweede: last seen 40 days ago.
    await afspraak(w.inburgeraarA.id, dagen(3), "VOND_PLAATS");
    await afspraak(w.inburgeraarA.id, dagen(30), "VOND_PLAATS");
    await afspraak(w.inburgeraarA.id, new Date(now.getTime() + 2 * 86_400_000), "GEPLAND");
    await afspraak(tweede.id, dagen(40), "VOND_PLAATS");
    // inburgeraarA's meetmomenten are up to date: a recent nulmeting covers the ones before it.
    await db().begeleidingsplan.create({
      data: { inburgeraarId: w.inburgeraarA.id, meetmomenten: { create: { maandNaStart: 0, geplandOp: new Date("2026-06-01"), afgenomenOp: dagen(9) } } },
    });

    const rows = await getCaseload(begeleider, {}, now);
    expect(rows.map((r) => r.id)).toEqual([tweede.id, w.inburgeraarA.id]);
    expect(rows[0]).toMatchObject({ dagenSindsContact: 40, isContactTeLang: true, volgendeAfspraak: null, mijnRol: "BEGELEIDER" });
    // tweede never had a nulmeting: late, and linked straight to recording it.
    expect(rows[0]?.meetmomentNodig).toMatchObject({ maand: 0, geplandOp: "2026-03-01", status: "TE_LAAT" });
    expect(rows[0]?.aandacht.find((a) => a.soort === "MEETMOMENT")).toMatchObject({ tekst: "Nulmeting is te laat (was 1 maart 2026)", isTeLaat: true });
    expect(rows[1]?.meetmomentNodig).toBeNull();
    expect(rows[1]).toMatchObject({ dagenSindsContact: 3, isContactTeLang: false });
    expect(rows[1]?.volgendeAfspraak?.toISOString()).toBe("2026-12-01T10:00:00.000Z");

    expect((await getCaseload(begeleider, { alleenAandacht: true }, now)).map((r) => r.id)).toEqual([tweede.id]);
    // The page header counts what the filter shows, not the whole caseload.
    expect(await getCaseloadPagina(begeleider, { alleenAandacht: true }, now)).toMatchObject({ totaal: 1, paginas: 1 });
    expect((await getCaseload(begeleider, { zoek: tweede.achternaam.toUpperCase() }, now)).map((r) => r.id)).toEqual([tweede.id]);
    expect((await getCaseload(begeleider, { fase: "OPSTARTFASE" }, now)).map((r) => r.id)).toEqual([w.inburgeraarA.id]);
  });

  it("een maatje krijgt alleen aandachtspunten waar een maatje iets mee kan: geen wettelijke termijnen of meetmomenten", async () => {
    const w = await maakTweeOrganisaties();
    await db().inburgeraar.update({
      where: { id: w.inburgeraarA.id },
      data: { uitkeringStartDatum: new Date("2025-12-01T00:00:00Z"), einddatum: new Date("2026-12-10T00:00:00Z") },
    });
    await db().toeslagAanvraag.create({ data: { inburgeraarId: w.inburgeraarA.id, soort: "zorgtoeslag", aangevraagdOp: new Date("2026-01-01T00:00:00Z") } });
    await db().begeleidingsplan.create({
      data: { inburgeraarId: w.inburgeraarA.id, meetmomenten: { create: { geplandOp: new Date("2026-11-20T00:00:00Z"), maandNaStart: 3 } } },
    });
    const soorten = async (gebruikerId: string) =>
      (await getCaseload(await sessionUser(gebruikerId), {}, now)).find((r) => r.id === w.inburgeraarA.id)!.aandacht.map((a) => a.soort);
    const voorBegeleider = await soorten(w.gebruikers.begeleider.id);
    expect(voorBegeleider).toEqual(expect.arrayContaining(["MEETMOMENT"]));
    expect(voorBegeleider.some((s) => s.startsWith("KLOK_"))).toBe(true);
    const voorMaatje = await soorten(w.gebruikers.vrijwilliger.id);
    expect(voorMaatje.filter((s) => s === "MEETMOMENT" || s.startsWith("KLOK_"))).toEqual([]);
    expect(voorMaatje).toEqual(expect.arrayContaining(["NOOIT_GEZIEN"]));
  });

  it("een vrijwilliger ziet alleen de eigen maatjes", async () => {
    const w = await maakTweeOrganisaties();
    const vrijwilliger = await sessionUser(w.gebruikers.vrijwilliger.id);
    const rows = await getCaseload(vrijwilliger, {}, now);
    expect(rows.map((r) => r.id)).toEqual([w.inburgeraarA.id]);
    expect(rows[0]?.mijnRol).toBe("MAATJE");
    // Volunteers do not record meetmomenten: no reminder for them.
    expect(rows[0]?.meetmomentNodig).toBeNull();
  });
});
