import "server-only";
import { audit } from "@/lib/audit";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, gemeenteScope, socialeKaartScope, type SessionUser } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { gooiVeldFouten } from "@/lib/plan/veld-fouten";
import { controleerCsv, MAX_IMPORT_BYTES, naamSleutel, type RijFout } from "./rules";
import { importSchema, organisatieMakenSchema, organisatieWijzigenSchema } from "./schema";

/** The gemeente an entry is for must be one of the organisation's; null = every gemeente. */
async function controleerGemeente(tx: Tx, user: SessionUser, gemeenteId: string | null, input: unknown): Promise<string> {
  if (gemeenteId === null) return "alle gemeenten";
  const g = await tx.gemeente.findFirst({ where: { id: gemeenteId, ...gemeenteScope(user) }, select: { naam: true } });
  if (!g) gooiVeldFouten({ gemeenteId: "Kies een gemeente uit de lijst." }, input);
  return g!.naam;
}

export async function maakKaartOrganisatie(user: SessionUser, input: unknown) {
  assertCan(user, "sociale-kaart:beheren");
  const data = organisatieMakenSchema.parse(input);
  return db().$transaction(async (tx) => {
    await controleerGemeente(tx, user, data.gemeenteId, input);
    const org = await tx.socialeKaartOrganisatie.create({
      data: { ...data, organisatieId: user.organisatieId, omschrijving: data.omschrijving ?? null },
      select: { id: true, naam: true },
    });
    await audit({ actie: "sociale-kaart.toegevoegd", gebruiker: user, entiteit: "SocialeKaartOrganisatie", entiteitId: org.id, details: { naam: org.naam } }, tx);
    return { id: org.id };
  });
}

/** Saves an entry; a stale version is a conflict, never an overwrite. */
export async function wijzigKaartOrganisatie(user: SessionUser, input: unknown) {
  assertCan(user, "sociale-kaart:beheren");
  const { id, version, ...data } = organisatieWijzigenSchema.parse(input);
  return db().$transaction(async (tx) => {
    const bestaat = await tx.socialeKaartOrganisatie.findFirst({ where: { id, ...socialeKaartScope(user) }, select: { id: true } });
    if (!bestaat) throw notFound();
    await controleerGemeente(tx, user, data.gemeenteId, input);
    const velden = {
      ...data,
      omschrijving: data.omschrijving ?? null,
      adres: data.adres ?? null,
      telefoon: data.telefoon ?? null,
      email: data.email ?? null,
      website: data.website ?? null,
      openingstijden: data.openingstijden ?? null,
      notities: data.notities ?? null,
    };
    const { count } = await tx.socialeKaartOrganisatie.updateMany({ where: { id, version }, data: { ...velden, version: { increment: 1 } } });
    if (count === 0) throw conflict();
    await audit({ actie: "sociale-kaart.gewijzigd", gebruiker: user, entiteit: "SocialeKaartOrganisatie", entiteitId: id, details: { naam: data.naam, actief: data.actief } }, tx);
    return { id };
  });
}

/** A refused import: nothing was written; the report names every row and what is wrong with it. */
export class ImportAfgekeurd extends AppError {
  constructor(readonly rapport: RijFout[]) {
    const rijen = rapport.filter((r) => r.rij > 1).length;
    super(
      "ONGELDIG",
      rijen > 0
        ? `Er is niets geïmporteerd: ${rijen} ${rijen === 1 ? "rij klopt" : "rijen kloppen"} niet. Pas ${rijen === 1 ? "die rij" : "die rijen"} aan in het bestand en probeer het opnieuw.`
        : "Er is niets geïmporteerd: het bestand klopt niet.",
    );
  }
}

export interface ImportVoorstel {
  rij: number;
  naam: string;
  wordt: "nieuw" | "bijgewerkt";
}

export interface ImportUitkomst {
  stap: "controleren" | "importeren";
  gemeente: string;
  nieuw: number;
  bijgewerkt: number;
  voorstel: ImportVoorstel[];
  /** The checked text, sent back with the confirmation so the file need not be chosen again. */
  csv: string;
}

async function leesBestand(input: Record<string, unknown>): Promise<string> {
  const bestand = input.bestand;
  if (bestand instanceof Blob && bestand.size > 0) {
    if (bestand.size > MAX_IMPORT_BYTES) gooiVeldFouten({ bestand: "Het bestand is te groot. Kies een CSV-bestand tot 1 MB." }, input);
    return bestand.text();
  }
  if (typeof input.csv === "string" && input.csv.trim() !== "") {
    if (input.csv.length > MAX_IMPORT_BYTES) gooiVeldFouten({ bestand: "Het bestand is te groot. Kies een CSV-bestand tot 1 MB." }, input);
    return input.csv;
  }
  gooiVeldFouten({ bestand: "Kies een CSV-bestand." }, input);
  return "";
}

/**
 * Loads a gemeente's list. Every row is checked first; one bad row and nothing
 * is written (ImportAfgekeurd with a report per row). An organisation whose
 * name is already on the kaart for that gemeente is updated, the rest is added
 * — all in one transaction. With stap "controleren" it only says what would
 * happen.
 */
export async function importeerSocialeKaart(user: SessionUser, rawInput: unknown): Promise<ImportUitkomst> {
  assertCan(user, "sociale-kaart:beheren");
  const input = (rawInput ?? {}) as Record<string, unknown>;
  const { gemeenteId, stap } = importSchema.parse(input);
  const tekst = await leesBestand(input);
  const { rijen, fouten } = controleerCsv(tekst);
  if (fouten.length > 0) throw new ImportAfgekeurd(fouten);

  return db().$transaction(async (tx) => {
    const gemeente = await controleerGemeente(tx, user, gemeenteId, input);
    const bestaand = await tx.socialeKaartOrganisatie.findMany({ where: { ...socialeKaartScope(user), gemeenteId }, select: { id: true, naam: true } });
    const perNaam = new Map(bestaand.map((b) => [naamSleutel(b.naam), b.id]));
    const voorstel: ImportVoorstel[] = rijen.map((r) => ({ rij: r.rij, naam: r.naam, wordt: perNaam.has(naamSleutel(r.naam)) ? "bijgewerkt" : "nieuw" }));
    const nieuw = voorstel.filter((v) => v.wordt === "nieuw").length;
    const uitkomst: ImportUitkomst = { stap, gemeente, nieuw, bijgewerkt: voorstel.length - nieuw, voorstel, csv: tekst };
    if (stap === "controleren") return uitkomst;

    const nieuweRijen: Prisma.SocialeKaartOrganisatieCreateManyInput[] = [];
    for (const { rij: _rij, ...r } of rijen) {
      const velden = {
        naam: r.naam,
        leefgebieden: r.leefgebieden,
        omschrijving: r.omschrijving ?? null,
        adres: r.adres ?? null,
        telefoon: r.telefoon ?? null,
        email: r.email ?? null,
        website: r.website ?? null,
        talen: r.talen,
        openingstijden: r.openingstijden ?? null,
        notities: r.notities ?? null,
      };
      const id = perNaam.get(naamSleutel(r.naam));
      if (id) await tx.socialeKaartOrganisatie.update({ where: { id }, data: { ...velden, actief: true, version: { increment: 1 } } });
      else nieuweRijen.push({ ...velden, organisatieId: user.organisatieId, gemeenteId });
    }
    if (nieuweRijen.length > 0) await tx.socialeKaartOrganisatie.createMany({ data: nieuweRijen });
    await audit(
      {
        actie: "sociale-kaart.geimporteerd",
        gebruiker: user,
        entiteit: "Gemeente",
        entiteitId: gemeenteId ?? user.organisatieId,
        details: { nieuw: uitkomst.nieuw, bijgewerkt: uitkomst.bijgewerkt, gemeente },
      },
      tx,
    );
    return uitkomst;
  // A list of a few thousand rows takes longer than the default five seconds on the embedded database.
  }, { timeout: 60_000 });
}
