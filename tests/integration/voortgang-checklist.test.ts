/**
 * The consulent's Voortgang counts each person's checklist in SQL (how many
 * required items, how many done, the open ones by name) instead of loading
 * every item. It must give what the rules give for the items themselves
 * (lib/voortgang/rules: opstartVoortgang, openChecklistPunten), which the
 * dossier's parts use.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ChecklistStatus } from "@/lib/db/generated/enums";
import { getVoortgang } from "@/lib/voortgang/queries";
import { MAX_OPEN_PUNTEN, openChecklistPunten, opstartVoortgang } from "@/lib/voortgang/rules";
import { maakGebruiker, maakInburgeraar, maakOrganisatie, sessionUser } from "../factories";

const STATUSSEN: ChecklistStatus[] = ["OPEN", "BEZIG", "GEREGELD", "NVT"];

describe("de checklist in de Voortgang", () => {
  it("telt en noemt de verplichte punten zoals de regels, ook met meer open punten dan er genoemd worden", async () => {
    const { organisatie, gemeente } = await maakOrganisatie();
    const begeleider = await maakGebruiker(organisatie.id, "BEGELEIDER");
    const consulent = await sessionUser((await maakGebruiker(organisatie.id, "CONSULENT", { gemeenteIds: [gemeente.id] })).id);
    const [veel, weinig, geen] = await Promise.all([0, 1, 2].map(() => maakInburgeraar(organisatie.id, gemeente.id, { fase: "OPSTARTFASE" })));
    // Consent for the checklist for all three.
    await db().toestemming.createMany({
      data: [veel, weinig, geen].map((p) => ({
        inburgeraarId: p!.id,
        onderwerp: "CHECKLIST" as const,
        ontvanger: "CONSULENT_GEMEENTE" as const,
        vastgelegdDoorId: begeleider.id,
        gegevenOp: new Date("2026-01-05T00:00:00Z"),
      })),
    });
    // 30 items for `veel`: every status, required or not, with and without a deadline (some the same day,
    // so the order falls back on volgorde); more than MAX_OPEN_PUNTEN required ones open.
    await db().checklistItem.createMany({
      data: Array.from({ length: 30 }, (_, n) => ({
        inburgeraarId: veel!.id,
        code: `punt-${n}`,
        titel: `Verzonnen punt ${n}`,
        verplicht: n % 5 !== 0,
        status: STATUSSEN[n % 4]!,
        deadline: n % 3 === 0 ? null : new Date(Date.UTC(2026, 2, 1 + (n % 7))),
        volgorde: 30 - n,
      })),
    });
    // Two items for `weinig`, neither required; `geen` has no checklist yet.
    await db().checklistItem.createMany({
      data: [0, 1].map((n) => ({ inburgeraarId: weinig!.id, code: `los-${n}`, titel: `Los punt ${n}`, verplicht: false, status: STATUSSEN[n]! })),
    });

    const lijst = await getVoortgang(consulent, { pagina: 1 });
    for (const p of [veel!, weinig!]) {
      const items = await db().checklistItem.findMany({
        where: { inburgeraarId: p.id },
        orderBy: [{ deadline: { sort: "asc", nulls: "last" } }, { volgorde: "asc" }],
        select: { status: true, verplicht: true, titel: true },
      });
      const rij = lijst.rijen.find((r) => r.id === p.id)!;
      expect(rij.checklist).toEqual({ zichtbaar: true, data: { ...opstartVoortgang(items), openPunten: openChecklistPunten(items) } });
    }
    // Not an empty comparison: `veel` has more open required points than are named, and some done.
    const data = (id: string) => {
      const deel = lijst.rijen.find((r) => r.id === id)!.checklist;
      return deel.zichtbaar ? deel.data : undefined;
    };
    expect(data(veel!.id)?.openPunten).toHaveLength(MAX_OPEN_PUNTEN);
    expect(data(veel!.id)?.klaar).toBeGreaterThan(0);
    expect(data(weinig!.id)).toEqual({ klaar: 0, totaal: 0, procent: 0, openPunten: [] });
    // No checklist yet: visible, without data.
    expect(lijst.rijen.find((r) => r.id === geen!.id)!.checklist).toEqual({ zichtbaar: true, data: null });
  });
});
