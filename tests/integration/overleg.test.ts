import { describe, expect, it } from "vitest";
import { getCaseload } from "@/lib/caseload/queries";
import { db } from "@/lib/db";
import { maakOverleg, rondOverlegActieAf, slaBesluitenOp, voegOverlegActieToe } from "@/lib/overleg/mutations";
import { getOverleg, listOverleggen, MAX_KEUZE_DOSSIERS, overlegKeuzes } from "@/lib/overleg/queries";
import { maakGebruiker, maakInburgeraar, maakOrganisatie, sessionUser, wijsToe } from "../factories";

async function wereld() {
  const a = await maakOrganisatie();
  const org = a.organisatie.id;
  const g = a.gemeente.id;
  const maak = (rol: Parameters<typeof maakGebruiker>[1], gemeenteIds?: string[]) => maakGebruiker(org, rol, { gemeenteIds }).then((u) => sessionUser(u.id));
  const [teamleider, begeleiderX, begeleiderY, buitenstaander, consulent] = await Promise.all([maak("TEAMLEIDER"), maak("BEGELEIDER"), maak("BEGELEIDER"), maak("BEGELEIDER"), maak("CONSULENT", [g])]);
  const x = await maakInburgeraar(org, g, { fase: "BEGELEIDINGSFASE" });
  const y = await maakInburgeraar(org, g, { fase: "BEGELEIDINGSFASE" });
  await wijsToe(x.id, begeleiderX.id, "BEGELEIDER");
  await wijsToe(y.id, begeleiderY.id, "BEGELEIDER");
  // X consented to sharing the plan with the gemeente; Y did not.
  await db().toestemming.create({ data: { inburgeraarId: x.id, onderwerp: "BEGELEIDINGSPLAN", ontvanger: "CONSULENT_GEMEENTE", gegevenOp: new Date("2026-01-01T00:00:00Z"), vastgelegdDoorId: begeleiderX.id } });
  return { teamleider, begeleiderX, begeleiderY, buitenstaander, consulent, x, y };
}

const sleutel = () => `overleg-${Math.random().toString(36).slice(2)}`;
const morgen = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

describe("casuïstiekoverleg", () => {
  it("het verslag toont elke deelnemer alleen de dossiers die hij of zij mag zien", async () => {
    const w = await wereld();
    const { id } = await maakOverleg(w.teamleider, {
      titel: "Casuïstiekoverleg november",
      datum: "2026-11-20",
      deelnemerIds: [w.begeleiderX.id, w.begeleiderY.id, w.consulent.id],
      externeDeelnemers: "Marieke de Boer, Wmo\n",
      inburgeraarIds: [w.x.id, w.y.id],
      aanvraagSleutel: sleutel(),
    });
    const o = await getOverleg(w.teamleider, id);
    const puntX = o.agendapunten.find((p) => p.inburgeraar.id === w.x.id)!;
    const puntY = o.agendapunten.find((p) => p.inburgeraar.id === w.y.id)!;
    await slaBesluitenOp(w.teamleider, { agendapuntId: puntX.id, version: "1", besluiten: "Wijkteam inschakelen." });
    await slaBesluitenOp(w.teamleider, { agendapuntId: puntY.id, version: "1", besluiten: "Schuldhulp starten." });
    await voegOverlegActieToe(w.teamleider, { agendapuntId: puntY.id, omschrijving: "Aanmelden schuldhulp", eigenaarId: w.begeleiderY.id, deadline: morgen });

    const zicht = async (u: typeof w.teamleider) => (await getOverleg(u, id)).agendapunten.map((p) => ({ id: p.inburgeraar.id, besluiten: p.besluiten, acties: p.acties.length }));
    expect(await zicht(w.begeleiderX)).toEqual([{ id: w.x.id, besluiten: "Wijkteam inschakelen.", acties: 0 }]);
    expect(await zicht(w.begeleiderY)).toEqual([{ id: w.y.id, besluiten: "Schuldhulp starten.", acties: 1 }]);
    expect(await zicht(w.consulent)).toEqual([{ id: w.x.id, besluiten: "Wijkteam inschakelen.", acties: 0 }]);
    expect(await zicht(w.teamleider)).toHaveLength(2);
    // The overview counts only what each one may see; outsiders do not find the overleg at all.
    expect((await listOverleggen(w.begeleiderX)).map((r) => r.dossiers)).toEqual([1]);
    expect(await listOverleggen(w.buitenstaander)).toEqual([]);
    await expect(getOverleg(w.buitenstaander, id)).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    // Nor can a participant write the minutes of a dossier they may not see.
    await expect(slaBesluitenOp(w.begeleiderX, { agendapuntId: puntY.id, version: "2", besluiten: "Overschreven" })).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    // Two people writing the same minutes: the stale one gets a conflict.
    await expect(slaBesluitenOp(w.teamleider, { agendapuntId: puntX.id, version: "1", besluiten: "Oud" })).rejects.toMatchObject({ code: "CONFLICT" });
    // Minutes stay out of the audit trail.
    const log = await db().auditLog.findMany({ where: { actie: { startsWith: "overleg." }, gebruikerId: w.teamleider.id } });
    expect(JSON.stringify(log.map((l) => l.details))).not.toMatch(/Wijkteam|Schuldhulp/);
  });

  it("acties staan in de caseload van wie ze doet, tot ze zijn afgevinkt", async () => {
    const w = await wereld();
    const { id } = await maakOverleg(w.teamleider, { titel: "Overleg", datum: "2026-11-20", deelnemerIds: [w.begeleiderX.id, w.begeleiderY.id], externeDeelnemers: "", inburgeraarIds: [w.x.id, w.y.id], aanvraagSleutel: sleutel() });
    const o = await getOverleg(w.teamleider, id);
    const puntX = o.agendapunten.find((p) => p.inburgeraar.id === w.x.id)!;
    // The owner must be able to see the dossier: begeleider Y may not see X.
    await expect(voegOverlegActieToe(w.teamleider, { agendapuntId: puntX.id, omschrijving: "Huisbezoek met wijkteam", eigenaarId: w.begeleiderY.id, deadline: morgen })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["eigenaarId"] })],
    });
    await voegOverlegActieToe(w.teamleider, { agendapuntId: puntX.id, omschrijving: "Huisbezoek met wijkteam", eigenaarId: w.begeleiderX.id, deadline: morgen });
    const punten = async (u: typeof w.teamleider) =>
      (await getCaseload(u)).flatMap((r) => r.aandacht.filter((a) => a.soort === "OVERLEG_ACTIE").map((a) => ({ id: r.id, tekst: a.tekst })));
    expect(await punten(w.begeleiderX)).toEqual([{ id: w.x.id, tekst: expect.stringContaining("Actie uit casuïstiekoverleg: Huisbezoek met wijkteam") }]);
    expect(await punten(w.begeleiderY)).toEqual([]);
    expect(await punten(w.teamleider)).toEqual([]);
    // Only the owner ticks it off; then it leaves the caseload.
    const actie = await db().overlegActie.findFirstOrThrow({ where: { agendapuntId: puntX.id } });
    await expect(rondOverlegActieAf(w.teamleider, { actieId: actie.id, afgerond: "true" })).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    await rondOverlegActieAf(w.begeleiderX, { actieId: actie.id, afgerond: "true" });
    expect(await punten(w.begeleiderX)).toEqual([]);
  });

  it("op de agenda alleen dossiers die de organisator mag zien; een dubbel verstuurd formulier geeft één overleg", async () => {
    const w = await wereld();
    await expect(
      maakOverleg(w.begeleiderX, { titel: "Overleg", datum: "2026-11-20", deelnemerIds: [], externeDeelnemers: "", inburgeraarIds: [w.x.id, w.y.id], aanvraagSleutel: sleutel() }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["inburgeraarIds"] })] });
    await expect(maakOverleg(w.consulent, { titel: "Overleg", datum: "2026-11-20", inburgeraarIds: [w.x.id], aanvraagSleutel: sleutel() })).rejects.toMatchObject({ code: "GEEN_TOEGANG" });
    expect(await db().overleg.count({ where: { organisatorId: { in: [w.begeleiderX.id, w.consulent.id] } } })).toBe(0);
    const invoer = { titel: "Overleg", datum: "2026-11-20", deelnemerIds: [], externeDeelnemers: "", inburgeraarIds: [w.x.id], aanvraagSleutel: sleutel() };
    const [een, twee] = await Promise.all([maakOverleg(w.begeleiderX, invoer), maakOverleg(w.begeleiderX, invoer)]);
    expect(een.id).toBe(twee.id);
    expect(await db().overleg.count({ where: { organisatorId: w.begeleiderX.id } })).toBe(1);
  });

  it("de dossierkeuze is begrensd en doorzoekbaar op naam, binnen wat de organisator mag zien", async () => {
    const w = await wereld();
    // The begeleider sees only their own dossier; the teamleider all of the organisation's.
    const eigen = await overlegKeuzes(w.begeleiderX);
    expect(eigen.dossiers.map((d) => d.id)).toEqual([w.x.id]);
    expect(eigen.meer).toBe(false);
    expect((await overlegKeuzes(w.begeleiderX, { zoek: w.y.achternaam })).dossiers).toEqual([]);

    const org = (await db().inburgeraar.findUniqueOrThrow({ where: { id: w.x.id }, select: { organisatieId: true, gemeenteId: true } }));
    for (let i = 0; i < MAX_KEUZE_DOSSIERS; i++) await maakInburgeraar(org.organisatieId, org.gemeenteId, { fase: "BEGELEIDINGSFASE" });
    const alles = await overlegKeuzes(w.teamleider);
    expect(alles.dossiers).toHaveLength(MAX_KEUZE_DOSSIERS);
    expect(alles.meer).toBe(true);
    // Part of the surname, any case, and the first name with it: exactly Y.
    const gezocht = await overlegKeuzes(w.teamleider, { zoek: `testpersoon ${w.y.achternaam.slice(-6).toUpperCase()}` });
    expect(gezocht.dossiers.map((d) => d.id)).toEqual([w.y.id]);
    expect(gezocht.meer).toBe(false);
  });
});
