/**
 * The BSN is masked everywhere and revealed on request only to roles that
 * need it; every reveal is in the audit trail, and the trail holds no BSN.
 */
import { describe, expect, it } from "vitest";
import { encryptBsn, hashBsn } from "@/lib/crypto/bsn";
import { db } from "@/lib/db";
import { toonBsn } from "@/lib/inburgeraar/bsn-tonen";
import { maakGebruiker, maakInburgeraar, maakOrganisatie, sessionUser, wijsToe } from "../factories";

const BSN = "999990020";

describe("BSN tonen", () => {
  it("toont het aan de begeleider en legt dat vast, zonder het BSN in het auditlog; een vrijwilliger of beheerder krijgt het niet", async () => {
    const { organisatie, gemeente } = await maakOrganisatie();
    const x = await maakInburgeraar(organisatie.id, gemeente.id);
    await db().inburgeraar.update({ where: { id: x.id }, data: { bsnVersleuteld: encryptBsn(BSN), bsnHash: hashBsn(BSN) } });
    const begeleider = await maakGebruiker(organisatie.id, "BEGELEIDER");
    const vrijwilliger = await maakGebruiker(organisatie.id, "VRIJWILLIGER");
    const beheerder = await maakGebruiker(organisatie.id, "BEHEERDER");
    await wijsToe(x.id, begeleider.id, "BEGELEIDER");
    await wijsToe(x.id, vrijwilliger.id, "MAATJE");

    await expect(toonBsn(await sessionUser(begeleider.id), { inburgeraarId: x.id })).resolves.toEqual({ bsn: BSN });
    const rijen = await db().auditLog.findMany({ where: { inburgeraarId: x.id, actie: "inburgeraar.bekeken" } });
    expect(rijen).toHaveLength(1);
    expect(rijen[0]).toMatchObject({ gebruikerId: begeleider.id, details: { onderdeel: "bsn", bsnGetoond: true } });

    for (const wie of [vrijwilliger, beheerder]) {
      await expect(toonBsn(await sessionUser(wie.id), { inburgeraarId: x.id })).rejects.toMatchObject({ code: "GEEN_TOEGANG" });
    }
    const alles = JSON.stringify(await db().auditLog.findMany({ where: { OR: [{ inburgeraarId: x.id }, { entiteitId: x.id }] }, select: { actie: true, details: true, entiteitId: true } }));
    expect(alles).not.toContain(BSN);
  });
});
