import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getScan, getToestemmingen, toestemmingOverzicht } from "@/lib/toestemming/queries";
import { legToestemmingVast, trekToestemmingIn } from "@/lib/toestemming/mutations";
import { plusDagen, vandaag } from "@/lib/tijd";
import { maakTweeOrganisaties, sessionUser } from "../factories";

const VANDAAG = vandaag();

async function fout(p: Promise<unknown>): Promise<{ code?: string; velden?: string[] }> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  if (e instanceof AppError) return { code: e.code };
  if (e instanceof z.ZodError) return { velden: e.issues.map((i) => i.path.join(".")) };
  throw new Error(`verwachtte een fout, kreeg ${String(e)}`);
}

async function wereld() {
  const w = await maakTweeOrganisaties();
  const begeleider = await sessionUser(w.gebruikers.begeleider.id);
  const basis = {
    inburgeraarId: w.inburgeraarA.id,
    ontvanger: "CONSULENT_GEMEENTE",
    onderwerpen: ["VOORTGANG", "CHECKLIST"],
    wijze: "MONDELING_MET_TOLK",
    tolkTaal: "Arabisch",
    gegevenOp: VANDAAG,
  };
  return { w, begeleider, basis };
}

const pdf = (grootte = 200) => new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, ...new Array(grootte).fill(0x20)])], "formulier.pdf", { type: "application/pdf" });

describe("toestemming vastleggen", () => {
  it("legt per onderwerp een rij vast, met wie, hoe en wanneer, en schrijft één auditregel", async () => {
    const { w, begeleider, basis } = await wereld();
    const r = await legToestemmingVast(begeleider, { ...basis, geldigTot: plusDagen(VANDAAG, 365), aanvraagSleutel: "sleutel-0001" });
    expect(r.isNieuw).toBe(true);
    const rijen = await db().toestemming.findMany({ where: { inburgeraarId: w.inburgeraarA.id }, orderBy: { onderwerp: "asc" } });
    expect(rijen.map((x) => x.onderwerp).sort()).toEqual(["CHECKLIST", "VOORTGANG"]);
    expect(rijen[0]).toMatchObject({ ontvanger: "CONSULENT_GEMEENTE", wijze: "MONDELING_MET_TOLK", tolkTaal: "Arabisch", vastgelegdDoorId: begeleider.id });
    const audit = await db().auditLog.findMany({ where: { inburgeraarId: w.inburgeraarA.id, actie: "toestemming.vastgelegd" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ onderwerpen: ["VOORTGANG", "CHECKLIST"], ontvanger: "CONSULENT_GEMEENTE", scan: false });
    // The consulent now sees the parts these subjects open.
    const t = await getToestemmingen(begeleider, w.inburgeraarA.id);
    expect(t.consulentZietNu.traject).toBe("ja");
    expect(t.consulentZietNu.checklist).toBe("ja");
    expect(t.consulentZietNu.plan).toBe("nee");
    expect(t.consulentZietNu.bsn).toBe("nooit");
  });

  it("twee keer hetzelfde formulier (dubbelklik, ook tegelijk) maakt één set toestemmingen", async () => {
    const { w, begeleider, basis } = await wereld();
    const input = { ...basis, aanvraagSleutel: "sleutel-dubbel-1" };
    const [a, b] = await Promise.all([legToestemmingVast(begeleider, input), legToestemmingVast(begeleider, input)]);
    const c = await legToestemmingVast(begeleider, input);
    expect([a.isNieuw, b.isNieuw].filter(Boolean)).toHaveLength(1);
    expect(c.isNieuw).toBe(false);
    expect(await db().toestemming.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(2);
    expect(await db().auditLog.count({ where: { inburgeraarId: w.inburgeraarA.id, actie: "toestemming.vastgelegd" } })).toBe(1);
  });

  it("weigert een tweede toestemming voor hetzelfde onderwerp en dezelfde ontvanger, en schrijft dan niets", async () => {
    const { w, begeleider, basis } = await wereld();
    await legToestemmingVast(begeleider, { ...basis, aanvraagSleutel: "sleutel-eerst-1" });
    expect(await fout(legToestemmingVast(begeleider, { ...basis, onderwerpen: ["CHECKLIST", "AFSPRAKEN"], aanvraagSleutel: "sleutel-tweede-1" }))).toEqual({ velden: ["onderwerpen"] });
    expect(await db().toestemming.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(2);
  });

  it("foute invoer geeft een melding bij het veld en verandert niets", async () => {
    const { w, begeleider, basis } = await wereld();
    const gevallen: [Record<string, unknown>, string][] = [
      [{ onderwerpen: [] }, "onderwerpen"],
      [{ onderwerpen: ["GEHEIM"] }, "onderwerpen.0"],
      [{ gegevenOp: plusDagen(VANDAAG, 1) }, "gegevenOp"],
      [{ gegevenOp: "2026-02-30" }, "gegevenOp"],
      [{ geldigTot: plusDagen(VANDAAG, -1) }, "geldigTot"],
      [{ tolkTaal: "" }, "tolkTaal"],
      [{ ontvanger: "SOCIAAL_DOMEIN" }, "socialeKaartId"],
      [{ ontvanger: "NIEUWE_GEMEENTE" }, "ontvangerNaam"],
      [{ ontvanger: "SOCIAAL_DOMEIN", socialeKaartId: "bestaat-niet" }, "socialeKaartId"],
      [{ wijze: "FORMULIER_GETEKEND", scan: new File([new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])], "x.exe") }, "scan"],
      [{ wijze: "FORMULIER_GETEKEND", scan: pdf(4 * 1024 * 1024) }, "scan"],
      [{ aanvraagSleutel: "" }, "aanvraagSleutel"],
    ];
    for (const [extra, veld] of gevallen) {
      const uitkomst = await fout(legToestemmingVast(begeleider, { ...basis, aanvraagSleutel: `sleutel-fout-${veld}`, ...extra }));
      expect(uitkomst.velden, JSON.stringify(extra).slice(0, 80)).toContain(veld);
    }
    expect(await db().toestemming.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(0);
    expect(await db().toestemmingScan.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(0);
  });

  it("bewaart de scan in de database; alleen wie de toestemmingen mag zien kan hem openen", async () => {
    const { w, begeleider, basis } = await wereld();
    await legToestemmingVast(begeleider, { ...basis, wijze: "FORMULIER_GETEKEND", tolkTaal: undefined, scan: pdf(), aanvraagSleutel: "sleutel-scan-1" });
    const rij = await db().toestemming.findFirstOrThrow({ where: { inburgeraarId: w.inburgeraarA.id }, select: { scanId: true } });
    const scan = await getScan(begeleider, rij.scanId!);
    expect(scan.mimeType).toBe("application/pdf");
    expect(Buffer.from(scan.inhoud).subarray(0, 5).toString()).toBe("%PDF-");
    expect(await db().auditLog.count({ where: { actie: "toestemming.scan-bekeken", entiteitId: rij.scanId! } })).toBe(1);
    for (const rol of ["consulent", "vrijwilliger", "beheerder"] as const) {
      expect((await fout(getScan(await sessionUser(w.gebruikers[rol].id), rij.scanId!))).code).toBe("GEEN_TOEGANG");
    }
    expect((await fout(getScan(await sessionUser(w.gebruikers.begeleiderB.id), rij.scanId!))).code).toBe("NIET_GEVONDEN");
  });

  it("rollen zonder recht en begeleiders buiten het dossier kunnen niets vastleggen", async () => {
    const { w, basis } = await wereld();
    for (const rol of ["vrijwilliger", "consulent", "beheerder"] as const) {
      expect((await fout(legToestemmingVast(await sessionUser(w.gebruikers[rol].id), { ...basis, aanvraagSleutel: `sleutel-rol-${rol}` }))).code).toBe("GEEN_TOEGANG");
    }
    expect((await fout(legToestemmingVast(await sessionUser(w.gebruikers.begeleiderB.id), { ...basis, aanvraagSleutel: "sleutel-org-b" }))).code).toBe("NIET_GEVONDEN");
    expect(await db().toestemming.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(0);
  });
});

describe("toestemming intrekken", () => {
  it("trekt in vanaf een dag, schrijft de intrekking in het auditlog en een tweede keer geeft een melding", async () => {
    const { w, begeleider, basis } = await wereld();
    const r = await legToestemmingVast(begeleider, { ...basis, gegevenOp: plusDagen(VANDAAG, -30), aanvraagSleutel: "sleutel-intrek-1" });
    const later = plusDagen(VANDAAG, 7);
    await trekToestemmingIn(begeleider, { inburgeraarId: w.inburgeraarA.id, toestemmingIds: r.ids, ingetrokkenOp: later, reden: "Wil het zelf doen" });
    const t = await getToestemmingen(begeleider, w.inburgeraarA.id);
    expect(t.rijen.map((x) => x.staat)).toEqual(["intrekking-gepland", "intrekking-gepland"]);
    // Still in force until that day, so the consulent still sees the voortgang.
    expect(t.consulentZietNu.traject).toBe("ja");
    // Moving the date earlier is allowed; the same date again is not a change.
    expect((await fout(trekToestemmingIn(begeleider, { inburgeraarId: w.inburgeraarA.id, toestemmingIds: r.ids, ingetrokkenOp: later }))).code).toBe("CONFLICT");
    await trekToestemmingIn(begeleider, { inburgeraarId: w.inburgeraarA.id, toestemmingIds: r.ids, ingetrokkenOp: VANDAAG });
    expect((await getToestemmingen(begeleider, w.inburgeraarA.id)).consulentZietNu.traject).toBe("nee");
    expect(await db().auditLog.count({ where: { inburgeraarId: w.inburgeraarA.id, actie: "toestemming.ingetrokken" } })).toBe(2);
    // Before the consent was given: refused.
    const s = await legToestemmingVast(begeleider, { ...basis, onderwerpen: ["AFSPRAKEN"], aanvraagSleutel: "sleutel-intrek-2" });
    expect(await fout(trekToestemmingIn(begeleider, { inburgeraarId: w.inburgeraarA.id, toestemmingIds: s.ids, ingetrokkenOp: plusDagen(VANDAAG, -1) }))).toEqual({ velden: ["ingetrokkenOp"] });
  });

  it("het overzicht laat per persoon zien wat met wie gedeeld wordt, gepagineerd", async () => {
    const { w, begeleider, basis } = await wereld();
    await legToestemmingVast(begeleider, { ...basis, aanvraagSleutel: "sleutel-overzicht" });
    const o = await toestemmingOverzicht(begeleider);
    const rij = o.rijen.find((r) => r.id === w.inburgeraarA.id)!;
    expect(rij.gedeeld).toEqual([{ ontvanger: "CONSULENT_GEMEENTE", naam: null, onderwerpen: ["VOORTGANG", "CHECKLIST"], geldigTot: null, eindigtOp: null }]);
    expect((await toestemmingOverzicht(begeleider, { alleenZonder: true })).rijen.map((r) => r.id)).not.toContain(w.inburgeraarA.id);
  });
});
