import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { assertCan, can, gebruikerScope, gemeenteScope, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { encryptBsn, hashBsn } from "@/lib/crypto/bsn";
import { db } from "@/lib/db";
import { AppError, conflict, forbidden, notFound } from "@/lib/errors";
import { maakChecklist } from "@/lib/opstart/mutations";
import { dateKolomNaarKalenderdatum, formatKalenderdatum, kalenderdatumNaarDate, type Kalenderdatum } from "@/lib/tijd";
import { zoekMogelijkDubbel, type DubbelReden } from "./duplicates";
import { beoordeelFaseWijziging, FASE_ACTIE_LIJST, type FaseActie } from "./fase-rules";
import { DOELGROEP_LABELS, VERBLIJFSVERGUNNING_LABELS } from "./labels";
import { berekenEinddatum, bepaalRechtOpBegeleiding } from "./rules";
import { GEGEVENS_VELD_NAMEN, gewijzigdeDatum, samenvattingAangemeld, samenvattingFaseWijziging, samenvattingGegevensGewijzigd } from "./samenvattingen";
import { aanmeldSchema, gegevensSchema, type DossierBasis } from "./schema";

const DUBBEL_UITLEG: Record<DubbelReden, string> = {
  BSN: "hetzelfde BSN",
  V_NUMMER: "hetzelfde V-nummer",
  NAAM_GEBOORTEDATUM: "dezelfde geboortedatum en een naam die erop lijkt",
};

/**
 * A likely duplicate was found. `dossier` is set only when the user may open
 * the existing dossier; otherwise nothing about it (not even the name) is told.
 */
export class DubbelDossierError extends AppError {
  constructor(
    readonly dossier: { id: string; naam: string } | null,
    reden: DubbelReden,
  ) {
    super(
      "CONFLICT",
      dossier
        ? `Deze persoon heeft waarschijnlijk al een dossier: ${dossier.naam} (${DUBBEL_UITLEG[reden]}). Open dat dossier in plaats van een nieuw te maken.`
        : `Er bestaat al een dossier met ${DUBBEL_UITLEG[reden]}. Je hebt daar geen toegang toe. Neem contact op met je teamleider.`,
    );
  }
}

function veldFout(path: (string | number)[], message: string): z.ZodError {
  return new z.ZodError([{ code: "custom", path, message, input: undefined }]);
}

/** Registers an inburgeraar with household, toewijzing and einddatum, after a duplicate check; one transaction. */
/**
 * The person's own columns from a parsed aanmeld or gegevens form, with the
 * rules that hold for both: no tolk language without a tolk, no reason for
 * guidance without a legal right when there is one, each doelgroep once.
 */
function persoonsKolommen(d: DossierBasis, wettelijkRecht: boolean) {
  return {
    voornaam: d.voornaam,
    achternaam: d.achternaam,
    geboortedatum: kalenderdatumNaarDate(d.geboortedatum),
    vNummer: d.vNummer,
    landVanHerkomst: d.landVanHerkomst,
    talen: d.talen,
    tolkNodig: d.tolkNodig,
    tolkTaal: d.tolkNodig ? d.tolkTaal : null,
    telefoon: d.telefoon,
    email: d.email,
    straat: d.straat,
    huisnummer: d.huisnummer,
    postcode: d.postcode,
    woonplaats: d.woonplaats,
    verblijfsvergunning: d.verblijfsvergunning,
    redenZonderWettelijkRecht: wettelijkRecht ? null : d.redenZonderWettelijkRecht,
    doelgroepen: [...new Set(d.doelgroepen)],
  };
}

export async function aanmeldInburgeraar(user: SessionUser, input: unknown): Promise<{ id: string }> {
  assertCan(user, "inburgeraar:aanmelden");
  const d = aanmeldSchema.parse(input);
  const recht = bepaalRechtOpBegeleiding(d.verblijfsvergunning);

  return db().$transaction(async (tx) => {
    // Serialise registrations per organisation so two people cannot register the same person at once.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`aanmelden:${user.organisatieId}`}))`;

    const gemeente = await tx.gemeente.findFirst({
      where: { id: d.gemeenteId, ...gemeenteScope(user) },
      select: { id: true, naam: true, looptijdMaanden: true },
    });
    if (!gemeente) throw veldFout(["gemeenteId"], "Kies een gemeente uit de lijst.");

    let begeleiderId: string | null = null;
    if (user.rol === "BEGELEIDER") begeleiderId = user.id;
    else if (d.begeleiderId) {
      const b = await tx.gebruiker.findFirst({
        where: { id: d.begeleiderId, ...gebruikerScope(user), rol: { in: ["BEGELEIDER", "TEAMLEIDER"] }, actief: true },
        select: { id: true },
      });
      if (!b) throw veldFout(["begeleiderId"], "Kies een begeleider uit de lijst.");
      begeleiderId = b.id;
    }

    const geboortedatum = kalenderdatumNaarDate(d.geboortedatum);
    const bsnHash = d.bsn ? hashBsn(d.bsn) : null;
    const dubbel = await zoekMogelijkDubbel(tx, user.organisatieId, {
      bsnHash,
      vNummer: d.vNummer,
      geboortedatum,
      voornaam: d.voornaam,
      achternaam: d.achternaam,
    });
    if (dubbel) {
      const zichtbaar = await tx.inburgeraar.findFirst({
        where: { id: dubbel.id, ...inburgeraarScope(user) },
        select: { id: true, voornaam: true, achternaam: true },
      });
      throw new DubbelDossierError(zichtbaar ? { id: zichtbaar.id, naam: `${zichtbaar.voornaam} ${zichtbaar.achternaam}` } : null, dubbel.reden);
    }

    const einddatum = berekenEinddatum({ brpInschrijvingDatum: d.brpInschrijvingDatum, looptijdMaanden: gemeente.looptijdMaanden });
    const datumOfNull = (v: string | null) => (v ? kalenderdatumNaarDate(v) : null);
    const rij = await tx.inburgeraar.create({
      data: {
        organisatieId: user.organisatieId,
        gemeenteId: gemeente.id,
        ...persoonsKolommen(d, recht.wettelijkRecht),
        bsnVersleuteld: d.bsn ? encryptBsn(d.bsn) : null,
        bsnHash,
        koppelingDatum: datumOfNull(d.koppelingDatum),
        woningtoewijzingDatum: datumOfNull(d.woningtoewijzingDatum),
        brpInschrijvingDatum: datumOfNull(d.brpInschrijvingDatum),
        uitkeringStartDatum: datumOfNull(d.uitkeringStartDatum),
        einddatum: datumOfNull(einddatum),
        aangemaaktDoorId: user.id,
        huishouden: {
          create: d.huishouden.map((lid) => ({
            voornaam: lid.voornaam,
            geboortedatum: datumOfNull(lid.geboortedatum),
            relatie: lid.relatie,
            isNareiziger: lid.isNareiziger,
          })),
        },
        ...(begeleiderId
          ? { toewijzingen: { create: { gebruikerId: begeleiderId, rol: "BEGELEIDER", toegewezenDoorId: user.id } } }
          : {}),
      },
      select: { id: true },
    });
    await audit(
      {
        actie: "inburgeraar.aangemeld",
        gebruiker: user,
        entiteit: "Inburgeraar",
        entiteitId: rij.id,
        inburgeraarId: rij.id,
        details: {
          samenvatting: samenvattingAangemeld(gemeente.naam, einddatum),
          wettelijkRecht: recht.wettelijkRecht,
          huishoudleden: d.huishouden.length,
          begeleiderId,
        },
      },
      tx,
    );
    return rij;
  });
}

// ─────────────────────────── gegevens wijzigen ───────────────────────────

const GEGEVENS_CONFLICT =
  "Iemand anders heeft de gegevens van dit dossier intussen gewijzigd. Er is niets opgeslagen. Laad de pagina opnieuw en voer je wijziging nog een keer in.";

const VELD_NAMEN = GEGEVENS_VELD_NAMEN;
type GegevensVeld = keyof typeof VELD_NAMEN;

const DATUM_VELDEN = [
  "koppelingDatum",
  "woningtoewijzingDatum",
  "verhuisDatum",
  "brpInschrijvingDatum",
  "uitkeringStartDatum",
  "bredeIntakeDatum",
  "pipVastgesteldDatum",
  "startLeerrouteDatum",
  "eersteLesDatum",
] as const satisfies readonly GegevensVeld[];

/**
 * Corrects and completes a dossier: person, contact, address, permit,
 * doelgroepen and all trajectory dates. Version-checked (a stale page changes
 * nothing), duplicate-checked against the organisation's other dossiers for
 * what changed, einddatum recomputed when the BRP date changes; one audit row
 * naming the changed fields (never the BSN itself). Returns the changed fields.
 */
export async function wijzigGegevens(user: SessionUser, inburgeraarId: string, input: unknown): Promise<{ gewijzigd: string[] }> {
  assertCan(user, "inburgeraar:bewerken");
  const d = gegevensSchema.parse(input);
  const magBsn = can(user, "inburgeraar:bsn-zien");
  if (!magBsn && (d.bsn || d.bsnVerwijderen)) throw forbidden("Je mag het BSN niet wijzigen.");
  const recht = bepaalRechtOpBegeleiding(d.verblijfsvergunning);

  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`aanmelden:${user.organisatieId}`}))`;
    const oud = await tx.inburgeraar.findFirst({
      where: { id: inburgeraarId, ...inburgeraarScope(user) },
      select: {
        id: true,
        version: true,
        organisatieId: true,
        bsnHash: true,
        gemeente: { select: { looptijdMaanden: true } },
        verlengingen: { where: { status: "GOEDGEKEURD" }, select: { maanden: true } },
        ...Object.fromEntries(Object.keys(VELD_NAMEN).map((k) => [k, true])),
      } as const,
    });
    if (!oud) throw notFound();
    if (oud.version !== d.version) throw conflict(GEGEVENS_CONFLICT);
    const oudRij = oud as unknown as Record<GegevensVeld, unknown>;

    const datumOfNull = (v: Kalenderdatum | null) => (v ? kalenderdatumNaarDate(v) : null);
    const nieuw: Record<GegevensVeld, unknown> = {
      ...persoonsKolommen(d, recht.wettelijkRecht),
      ...Object.fromEntries(DATUM_VELDEN.map((k) => [k, datumOfNull(d[k])])),
    } as Record<GegevensVeld, unknown>;

    const gelijk = (a: unknown, b: unknown) =>
      a instanceof Date || b instanceof Date
        ? (a as Date | null)?.getTime() === (b as Date | null)?.getTime()
        : Array.isArray(a) && Array.isArray(b)
          ? a.length === b.length && a.every((x, i) => x === b[i])
          : a === b;
    const velden = (Object.keys(VELD_NAMEN) as GegevensVeld[]).filter((k) => !gelijk(oudRij[k], nieuw[k]));
    // Doelgroepen compared as a set: order of ticking is no change.
    if (velden.includes("doelgroepen")) {
      const a = new Set(oudRij.doelgroepen as string[]);
      const b = nieuw.doelgroepen as string[];
      if (a.size === b.length && b.every((x) => a.has(x))) velden.splice(velden.indexOf("doelgroepen"), 1);
    }
    const nieuwBsnHash = d.bsn ? hashBsn(d.bsn) : null;
    const bsnWijziging: "toegevoegd" | "gewijzigd" | "verwijderd" | null =
      d.bsnVerwijderen && oud.bsnHash
        ? "verwijderd"
        : nieuwBsnHash && nieuwBsnHash !== oud.bsnHash
          ? oud.bsnHash
            ? "gewijzigd"
            : "toegevoegd"
          : null;
    if (velden.length === 0 && !bsnWijziging) return { gewijzigd: [] };

    // Duplicates: only what changes is checked, so an old near-match never blocks an unrelated correction.
    const naamOfDatum = velden.some((k) => k === "voornaam" || k === "achternaam" || k === "geboortedatum");
    if (naamOfDatum || velden.includes("vNummer") || (bsnWijziging && bsnWijziging !== "verwijderd")) {
      const dubbel = await zoekMogelijkDubbel(
        tx,
        user.organisatieId,
        {
          bsnHash: bsnWijziging === "toegevoegd" || bsnWijziging === "gewijzigd" ? nieuwBsnHash : null,
          vNummer: velden.includes("vNummer") ? d.vNummer : null,
          geboortedatum: naamOfDatum ? kalenderdatumNaarDate(d.geboortedatum) : null,
          voornaam: d.voornaam,
          achternaam: d.achternaam,
        },
        inburgeraarId,
      );
      if (dubbel) {
        const zichtbaar = await tx.inburgeraar.findFirst({
          where: { id: dubbel.id, ...inburgeraarScope(user) },
          select: { id: true, voornaam: true, achternaam: true },
        });
        throw new DubbelDossierError(zichtbaar ? { id: zichtbaar.id, naam: `${zichtbaar.voornaam} ${zichtbaar.achternaam}` } : null, dubbel.reden);
      }
    }

    let einddatum: Kalenderdatum | null | undefined;
    if (velden.includes("brpInschrijvingDatum")) {
      einddatum = berekenEinddatum({
        brpInschrijvingDatum: d.brpInschrijvingDatum,
        looptijdMaanden: oud.gemeente.looptijdMaanden,
        verlengingenMaanden: oud.verlengingen.map((v) => v.maanden),
      });
    }

    const { count } = await tx.inburgeraar.updateMany({
      where: { id: inburgeraarId, version: d.version },
      data: {
        ...Object.fromEntries(velden.map((k) => [k, nieuw[k]])),
        ...(bsnWijziging === "verwijderd" ? { bsnVersleuteld: null, bsnHash: null } : {}),
        ...(bsnWijziging === "toegevoegd" || bsnWijziging === "gewijzigd" ? { bsnVersleuteld: encryptBsn(d.bsn!), bsnHash: nieuwBsnHash } : {}),
        ...(einddatum !== undefined ? { einddatum: datumOfNull(einddatum) } : {}),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict(GEGEVENS_CONFLICT);

    const omschrijf = (k: GegevensVeld): string => {
      const v = nieuw[k];
      if ((DATUM_VELDEN as readonly string[]).includes(k)) return gewijzigdeDatum(VELD_NAMEN[k], v ? dateKolomNaarKalenderdatum(v as Date) : null);
      if (k === "verblijfsvergunning") return `verblijfsvergunning (${VERBLIJFSVERGUNNING_LABELS[d.verblijfsvergunning].toLowerCase()})`;
      if (k === "doelgroepen") return `doelgroepen (${d.doelgroepen.length ? d.doelgroepen.map((x) => DOELGROEP_LABELS[x].toLowerCase()).join(", ") : "geen"})`;
      if (k === "tolkNodig") return d.tolkNodig ? "tolk nodig" : "geen tolk meer nodig";
      return VELD_NAMEN[k];
    };
    const delen = velden.map(omschrijf);
    if (bsnWijziging) delen.push(`BSN ${bsnWijziging}`);
    const samenvatting = samenvattingGegevensGewijzigd(delen, einddatum);
    const gewijzigd = [...velden, ...(bsnWijziging ? ["bsn"] : [])];
    await audit(
      {
        actie: "inburgeraar.gegevens-gewijzigd",
        gebruiker: user,
        entiteit: "Inburgeraar",
        entiteitId: inburgeraarId,
        inburgeraarId,
        details: { samenvatting, velden: gewijzigd, ...(einddatum !== undefined ? { einddatum } : {}) },
      },
      tx,
    );
    return { gewijzigd };
  });
}

// ─────────────────────────── fase ───────────────────────────

export const faseWijzigingSchema = z.object({
  actie: z.enum(FASE_ACTIE_LIJST as [FaseActie, ...FaseActie[]], { error: "Onbekende stap." }),
  version: z.coerce.number().int().min(1),
  reden: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : (v ?? null)),
    z.string().trim().max(1000, "Hoogstens 1000 tekens.").nullable(),
  ),
});

/** An explicit phase change with its conditions (lib/inburgeraar/fase-rules.ts); stale pages get a conflict. */
export async function wijzigFase(user: SessionUser, inburgeraarId: string, input: unknown): Promise<void> {
  assertCan(user, "inburgeraar:fase-wijzigen");
  const { actie, version, reden } = faseWijzigingSchema.parse(input);
  await db().$transaction(async (tx) => {
    const rij = await tx.inburgeraar.findFirst({
      where: { id: inburgeraarId, ...inburgeraarScope(user) },
      select: { id: true, fase: true, version: true },
    });
    if (!rij) throw notFound();
    if (rij.version !== version) throw conflict();
    const [checklist, eindgesprek] = await Promise.all([
      actie === "SLUIT_OPSTARTFASE"
        ? tx.checklistItem.findMany({ where: { inburgeraarId }, select: { verplicht: true, status: true } })
        : Promise.resolve([]),
      actie === "AFSLUITEN"
        ? tx.afspraak.findFirst({ where: { inburgeraarId, isEindgesprek: true, status: "VOND_PLAATS" }, select: { id: true } })
        : Promise.resolve(null),
    ]);
    const oordeel = beoordeelFaseWijziging(actie, { fase: rij.fase, checklist, reden, heeftEindgesprek: Boolean(eindgesprek) });
    if (!oordeel.mag) {
      if (oordeel.veld) throw veldFout([oordeel.veld], oordeel.reden);
      throw new AppError("ONGELDIG", oordeel.reden);
    }
    const nu = new Date();
    const { count } = await tx.inburgeraar.updateMany({
      where: { id: inburgeraarId, version },
      data: {
        fase: oordeel.naar,
        faseSinds: nu,
        version: { increment: 1 },
        ...(actie === "SLUIT_OPSTARTFASE" ? { opstartAfgeslotenOp: nu, opstartAfsluitReden: oordeel.metReden ? reden : null } : {}),
        ...(actie === "AFSLUITEN" ? { afgeslotenOp: nu } : {}),
      },
    });
    if (count === 0) throw conflict();
    const checklistPunten = actie === "START_OPSTARTFASE" ? await maakChecklist(tx, inburgeraarId) : undefined;
    await audit(
      {
        actie: "inburgeraar.fase-gewijzigd",
        gebruiker: user,
        entiteit: "Inburgeraar",
        entiteitId: inburgeraarId,
        inburgeraarId,
        details: {
          samenvatting: samenvattingFaseWijziging(actie, rij.fase, oordeel.naar, { checklistPunten, redenOpenPunten: oordeel.metReden ? reden : null }),
          van: rij.fase,
          naar: oordeel.naar,
          ...(oordeel.metReden ? { reden } : {}),
        },
      },
      tx,
    );
  });
}
