import { describe, expect, it } from "vitest";
import { audit } from "@/lib/audit";
import { auditFilterSchema, listAudit } from "@/lib/audit/queries";
import { AppError } from "@/lib/errors";
import { getInburgeraar } from "@/lib/inburgeraar/queries";
import { maakTweeOrganisaties, sessionUser } from "../factories";

describe("auditlog bekijken", () => {
  it("een beheerder ziet alleen de eigen organisatie, nieuwste eerst, en kan filteren", async () => {
    const w = await maakTweeOrganisaties();
    const begeleider = await sessionUser(w.gebruikers.begeleider.id);
    const begeleiderB = await sessionUser(w.gebruikers.begeleiderB.id);
    await getInburgeraar(begeleider, w.inburgeraarA.id);
    await getInburgeraar(begeleiderB, w.inburgeraarB.id);
    await audit({ actie: "test.wijziging", gebruiker: begeleider, inburgeraarId: w.inburgeraarA.id, details: { samenvatting: "Iets gewijzigd" } });

    const beheerder = await sessionUser(w.gebruikers.beheerder.id);
    const alles = await listAudit(beheerder, auditFilterSchema.parse({}));
    expect(alles.rijen.map((r) => r.actie)).toEqual(["test.wijziging", "inburgeraar.bekeken"]);
    expect(alles.rijen[0]).toMatchObject({ wie: begeleider.naam, samenvatting: "Iets gewijzigd" });
    expect(alles.rijen.some((r) => r.inburgeraarId === w.inburgeraarB.id)).toBe(false);

    const bekeken = await listAudit(beheerder, auditFilterSchema.parse({ actie: "inburgeraar.bekeken" }));
    expect(bekeken.rijen).toHaveLength(1);
    const morgen = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect((await listAudit(beheerder, auditFilterSchema.parse({ van: morgen }))).rijen).toEqual([]);
    // A malformed filter is ignored, not an error.
    expect((await listAudit(beheerder, auditFilterSchema.parse({ van: "gisteren", voor: "abc" }))).rijen).toHaveLength(2);
  });

  it("andere rollen mogen het auditlog niet zien", async () => {
    const w = await maakTweeOrganisaties();
    for (const rol of ["begeleider", "vrijwilliger", "teamleider", "consulent"] as const) {
      const error = await listAudit(await sessionUser(w.gebruikers[rol].id), {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("GEEN_TOEGANG");
    }
  });
});
