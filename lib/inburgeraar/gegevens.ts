import "server-only";
import { audit } from "@/lib/audit";
import { assertCan, can, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { encryptBsn, hashBsn } from "@/lib/crypto/bsn";
import { db } from "@/lib/db";
import { conflict, forbidden, notFound } from "@/lib/errors";
import { DATUM_GEGEVENS_VELDEN } from "@/lib/audit/acties";
import { dateKolomNaarKalenderdatum, kalenderdatumNaarDate, type Kalenderdatum } from "@/lib/tijd";
import { weigerDubbelDossier } from "./duplicates";
import { persoonsKolommen } from "./persoon-kolommen";
import { berekenEinddatum, bepaalRechtOpBegeleiding } from "./rules";
import { GEGEVENS_VELD_NAMEN, type GegevensWaarden } from "./samenvattingen";
import { gegevensSchema } from "./schema";

const GEGEVENS_CONFLICT =
  "Iemand anders heeft de gegevens van dit dossier intussen gewijzigd. Er is niets opgeslagen. Laad de pagina opnieuw en voer je wijziging nog een keer in.";

const VELD_NAMEN = GEGEVENS_VELD_NAMEN;
type GegevensVeld = keyof typeof VELD_NAMEN;

const DATUM_VELDEN = DATUM_GEGEVENS_VELDEN;

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
      await weigerDubbelDossier(
        tx,
        user,
        {
          bsnHash: bsnWijziging === "toegevoegd" || bsnWijziging === "gewijzigd" ? nieuwBsnHash : null,
          vNummer: velden.includes("vNummer") ? d.vNummer : null,
          geboortedatum: naamOfDatum ? kalenderdatumNaarDate(d.geboortedatum) : null,
          voornaam: d.voornaam,
          achternaam: d.achternaam,
        },
        inburgeraarId,
      );
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

    // The new values the timeline sentence names (dates, permit, doelgroepen, tolk); never the BSN.
    const waarden: GegevensWaarden = {};
    for (const k of velden) {
      if ((DATUM_GEGEVENS_VELDEN as readonly string[]).includes(k)) {
        const v = nieuw[k] as Date | null;
        (waarden as Record<string, Kalenderdatum | null>)[k] = v ? dateKolomNaarKalenderdatum(v) : null;
      }
    }
    if (velden.includes("verblijfsvergunning")) waarden.verblijfsvergunning = d.verblijfsvergunning;
    if (velden.includes("doelgroepen")) waarden.doelgroepen = [...new Set(d.doelgroepen)];
    if (velden.includes("tolkNodig")) waarden.tolkNodig = d.tolkNodig;
    const gewijzigd = [...velden, ...(bsnWijziging ? (["bsn"] as const) : [])];
    await audit(
      {
        actie: "inburgeraar.gegevens-gewijzigd",
        gebruiker: user,
        entiteit: "Inburgeraar",
        entiteitId: inburgeraarId,
        inburgeraarId,
        details: {
          velden: gewijzigd,
          waarden,
          ...(bsnWijziging ? { bsn: bsnWijziging } : {}),
          ...(einddatum !== undefined ? { einddatum } : {}),
        },
      },
      tx,
    );
    return { gewijzigd };
  });
}
