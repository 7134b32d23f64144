import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { OPEN_OVERDRACHTEN_MAX, openOverdrachten } from "@/lib/overdracht/queries";
import { maakInburgeraar, maakTweeOrganisaties, sessionUser, wijsToe } from "../factories";

describe("open overdrachten", () => {
  it("elke lijst is begrensd, de oudste eerst, en zegt dat er meer wachten", async () => {
    const w = await maakTweeOrganisaties();
    const begeleider = await sessionUser(w.gebruikers.begeleider.id);
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const n = OPEN_OVERDRACHTEN_MAX.teOntvangen + 1;
    const t0 = Date.now() - 10 * 86_400_000;
    const personen = [];
    for (let i = 0; i < n; i++) {
      const p = await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id, { fase: "BEGELEIDINGSFASE" });
      await wijsToe(p.id, begeleider.id, "BEGELEIDER");
      personen.push(p.id);
    }
    await db().overdracht.createMany({
      data: personen.map((inburgeraarId, i) => ({
        inburgeraarId,
        type: "INTERN" as const,
        status: "VERSTUURD" as const,
        vanId: w.gebruikers.vrijwilliger.id,
        naarGebruikerId: begeleider.id,
        samenvatting: "Verzonnen overdracht",
        // The last one made is the oldest: it must be first.
        verstuurdOp: new Date(t0 + (n - i) * 60_000),
      })),
    });
    const open = await openOverdrachten(begeleider);
    expect(open.teOntvangen).toHaveLength(OPEN_OVERDRACHTEN_MAX.teOntvangen);
    expect(open.teOntvangen[0]?.inburgeraarId).toBe(personen.at(-1));
    expect(open.meer).toMatchObject({ teOntvangen: true, verstuurd: false });

    // One fewer: everything fits, and nothing more is said to wait.
    await db().overdracht.updateMany({ where: { inburgeraarId: personen[0]! }, data: { status: "ONTVANGEN", ontvangenOp: new Date() } });
    const minder = await openOverdrachten(begeleider);
    expect(minder.teOntvangen).toHaveLength(OPEN_OVERDRACHTEN_MAX.teOntvangen);
    expect(minder.meer.teOntvangen).toBe(false);
    expect((await openOverdrachten(teamleider)).meer.alle).toBe(false);
  });
});
