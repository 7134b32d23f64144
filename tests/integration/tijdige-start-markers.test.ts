/**
 * The tijdige-start markers per gemeente are one SQL aggregate
 * (lib/voortgang/queries.ts). They must say exactly what the rules say
 * (beoordeelTijdigeStart + tijdigeStartPerGemeente in lib/tijdige-start/rules.ts)
 * for every combination of dates and consent.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Fase } from "@/lib/db/generated/enums";
import { beoordeelTijdigeStart, tijdigeStartPerGemeente } from "@/lib/tijdige-start/rules";
import { plusDagen, vandaag as vandaagIn, type Kalenderdatum } from "@/lib/tijd";
import { tijdigeStartMarkers } from "@/lib/voortgang/queries";
import { maakGebruiker, maakInburgeraar, maakOrganisatie, sessionUser } from "../factories";

const datum = (k: Kalenderdatum) => new Date(`${k}T00:00:00Z`);

describe("tijdige-start markers in SQL", () => {
  it("tellen per gemeente hetzelfde als de regels, met en zonder toestemming, en alleen lopende trajecten", async () => {
    const now = new Date();
    const vandaag = vandaagIn(now);
    const { organisatie, gemeente } = await maakOrganisatie();
    const tweede = await db().gemeente.create({ data: { organisatieId: organisatie.id, naam: `Tweede gemeente ${Date.now()}` } });
    const leeg = await db().gemeente.create({ data: { organisatieId: organisatie.id, naam: `Lege gemeente ${Date.now()}` } });
    const begeleider = await maakGebruiker(organisatie.id, "BEGELEIDER");
    const consulent = await sessionUser((await maakGebruiker(organisatie.id, "CONSULENT", { gemeenteIds: [gemeente.id, tweede.id, leeg.id] })).id);

    const brps: (number | null)[] = [null, -200, -30];
    const intakes: (number | null)[] = [null, 10, 60];
    const starts: ([number | null, number | null])[] = [[null, null], [120, null], [null, 90], [150, 140], [400, null]];
    const eindes: (number | null)[] = [null, 100, 160];
    const fases: Fase[] = ["OPSTARTFASE", "BEGELEIDINGSFASE", "AFRONDING", "AANGEMELD", "AFGESLOTEN"];
    const verwacht = new Map<string, (ReturnType<typeof beoordeelTijdigeStart> | null)[]>([
      [gemeente.id, []],
      [tweede.id, []],
    ]);
    let n = 0;
    for (const brp of brps)
      for (const intake of intakes)
        for (const [leerroute, les] of starts)
          for (const einde of eindes) {
            n++;
            const fase = fases[n % fases.length]!;
            const metToestemming = n % 3 !== 0;
            const gemeenteId = n % 2 ? gemeente.id : tweede.id;
            // Offsets in days from the BRP date (or from 200 days ago when there is none).
            const basis = plusDagen(vandaag, brp ?? -200);
            const k = (d: number | null) => (d === null ? null : plusDagen(basis, d));
            const p = await maakInburgeraar(organisatie.id, gemeenteId, { fase, ...(brp !== null ? { brpInschrijvingDatum: basis } : {}) });
            const velden = { bredeIntake: k(intake), leerroute: k(leerroute), les: k(les), einde: k(einde) };
            await db().inburgeraar.update({
              where: { id: p.id },
              data: {
                bredeIntakeDatum: velden.bredeIntake ? datum(velden.bredeIntake) : null,
                startLeerrouteDatum: velden.leerroute ? datum(velden.leerroute) : null,
                eersteLesDatum: velden.les ? datum(velden.les) : null,
                // Closed in the afternoon, Amsterdam time: the calendar day is the one meant.
                opstartAfgeslotenOp: velden.einde ? new Date(`${velden.einde}T13:00:00Z`) : null,
              },
            });
            if (metToestemming) {
              await db().toestemming.create({
                data: { inburgeraarId: p.id, onderwerp: "VOORTGANG", ontvanger: "CONSULENT_GEMEENTE", vastgelegdDoorId: begeleider.id, wijze: "MONDELING", gegevenOp: datum(plusDagen(vandaag, -5)) },
              });
            }
            if (fase === "AANGEMELD" || fase === "AFGESLOTEN") continue;
            const oordeel = beoordeelTijdigeStart(
              {
                brpInschrijvingDatum: brp !== null ? basis : null,
                bredeIntakeDatum: velden.bredeIntake,
                startLeerrouteDatum: velden.leerroute,
                eersteLesDatum: velden.les,
                opstartEinde: metToestemming ? velden.einde : null,
                opstartBegonnen: true,
              },
              vandaag,
            );
            verwacht.get(gemeenteId)!.push(metToestemming ? oordeel : { ...oordeel, status: "onbekend" });
          }

    const markers = await tijdigeStartMarkers(consulent, now);
    expect(markers.map((m) => m.gemeenteId).sort()).toEqual([gemeente.id, tweede.id, leeg.id].sort());
    for (const [gemeenteId, oordelen] of verwacht) {
      const m = markers.find((x) => x.gemeenteId === gemeenteId)!;
      expect(m).toMatchObject({ lopend: oordelen.length, ...tijdigeStartPerGemeente(oordelen) });
    }
    // Every kind of outcome occurred, so the comparison covered them all.
    const alle = [...verwacht.values()].flat();
    expect(new Set(alle.map((o) => o?.status))).toEqual(new Set(["op-tijd", "gat", "gat-lopend", "nog-open", "onbekend"]));
    expect(alle.some((o) => o?.bredeIntakeTeLaat)).toBe(true);
    expect(markers.find((x) => x.gemeenteId === leeg.id)).toMatchObject({ lopend: 0, beoordeeld: 0, mediaanGatDagen: null, onbekend: 0 });
  });
});
