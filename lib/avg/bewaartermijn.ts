import "server-only";
import { assertCan, type SessionUser } from "@/lib/authz";
import { audit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { dateKolomNaarKalenderdatum, kalenderdatumNaarDate, naarKalenderdatum, plusDagen, plusMaanden, type Kalenderdatum } from "@/lib/tijd";
import { verzamelDossier } from "./inzage";
import { anonimiserenVanaf, moetGeanonimiseerd } from "./rules";
import { bewaartermijnSchema } from "./schema";

/**
 * The bewaartermijn (AVG art. 5 lid 1 e): a closed dossier is anonymised once
 * its organisation's term has passed (docs/avg.md). First a dry run says which
 * dossiers that would be; the scheduled job then does it, one dossier per
 * transaction, each with an audit row.
 *
 * What anonymising does, generically over every table of the dossier (the
 * same walk as the inzage, so a table added later is covered too):
 * - the person's name, birth date (kept: the year), BSN, contact details and
 *   address are removed;
 * - free text (verslagen, notes, signal texts, reasons) is removed: NULL where
 *   allowed, "geanonimiseerd" where a text is required;
 * - snapshots and files (rapportages, plan versions, consent scans) and the
 *   household members are deleted;
 * - dates, phases, types, statuses and codes stay, for the figures.
 */

export interface TeAnonimiseren {
  id: string;
  /** Short reference; no name (the dry run is for the beheerder, who sees no dossiers). */
  kenmerk: string;
  gemeente: string;
  afgeslotenOp: Kalenderdatum;
  vanaf: Kalenderdatum;
}

export interface BewaarRapport {
  bewaartermijnMaanden: number;
  /** Due now: the job will anonymise these. */
  nu: TeAnonimiseren[];
  /** Due within the next 90 days. */
  binnenkort: TeAnonimiseren[];
  alGeanonimiseerd: number;
}

/** Text columns that carry no personal data and are kept for the figures. */
const BEWAREN = new Set(["code", "titel", "soort", "categorieen", "leefgebieden", "mimeType", "tolkTaal", "type", "aanvraagSleutel"]);
/** Tables whose rows are deleted whole: other people's data, files and snapshots. */
const VERWIJDEREN = new Set(["Huishoudlid", "ToestemmingScan", "Voortgangsrapportage", "PlanVersie"]);

const q = (naam: string) => `"${naam.replaceAll('"', '""')}"`;

/** Closed, not anonymised, and due by `uiterlijk` (a few days' margin; the rules decide exactly). */
async function kandidaten(tx: Tx, organisatieId: string, bewaartermijnMaanden: number, uiterlijk: Kalenderdatum) {
  const grens = kalenderdatumNaarDate(plusDagen(plusMaanden(uiterlijk, -bewaartermijnMaanden), 3));
  return tx.inburgeraar.findMany({
    where: { organisatieId, fase: "AFGESLOTEN", afgeslotenOp: { not: null, lt: grens }, geanonimiseerdOp: null },
    select: { id: true, afgeslotenOp: true, geanonimiseerdOp: true, gemeente: { select: { naam: true } } },
    orderBy: { afgeslotenOp: "asc" },
  });
}

/** The dry run for one organisation: nothing changes. */
export async function bewaarRapport(organisatieId: string, now = new Date(), tx: Tx = db()): Promise<BewaarRapport> {
  const org = await tx.organisatie.findUniqueOrThrow({ where: { id: organisatieId }, select: { bewaartermijnMaanden: true } });
  const vandaag = naarKalenderdatum(now);
  const over90 = plusDagen(vandaag, 90);
  const rapport: BewaarRapport = { bewaartermijnMaanden: org.bewaartermijnMaanden, nu: [], binnenkort: [], alGeanonimiseerd: 0 };
  for (const d of await kandidaten(tx, organisatieId, org.bewaartermijnMaanden, over90)) {
    const afgeslotenOp = naarKalenderdatum(d.afgeslotenOp!);
    const rij = { id: d.id, kenmerk: d.id.slice(-8).toUpperCase(), gemeente: d.gemeente.naam, afgeslotenOp, vanaf: anonimiserenVanaf(afgeslotenOp, org.bewaartermijnMaanden) };
    if (moetGeanonimiseerd({ afgeslotenOp, geanonimiseerdOp: d.geanonimiseerdOp }, org.bewaartermijnMaanden, vandaag)) rapport.nu.push(rij);
    else if (rij.vanaf <= over90) rapport.binnenkort.push(rij);
  }
  rapport.alGeanonimiseerd = await tx.inburgeraar.count({ where: { organisatieId, geanonimiseerdOp: { not: null } } });
  return rapport;
}

/** The beheerder's view of the dry run. */
export async function bewaarRapportVoor(user: SessionUser, now = new Date()): Promise<BewaarRapport> {
  assertCan(user, "avg:bewaartermijn");
  return bewaarRapport(user.organisatieId, now);
}

interface Kolom {
  tabel: string;
  kolom: string;
  type: string;
  nullable: boolean;
}

async function tekstKolommen(tx: Tx): Promise<Kolom[]> {
  const rijen = await tx.$queryRawUnsafe<{ tabel: string; kolom: string; type: string; nullable: string }[]>(
    `SELECT table_name::text AS tabel, column_name::text AS kolom, data_type::text AS type, is_nullable::text AS nullable
       FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'ARRAY', 'jsonb', 'json')`,
  );
  return rijen.map((r) => ({ ...r, nullable: r.nullable === "YES" }));
}

/** Anonymises one dossier in the given transaction. */
async function anonimiseerDossier(tx: Tx, inburgeraarId: string, bewaartermijnMaanden: number, now: Date): Promise<void> {
  const gegevens = await verzamelDossier(tx, inburgeraarId);
  const kolommen = await tekstKolommen(tx);
  for (const tabel of Object.keys(gegevens)) {
    if (tabel === "Inburgeraar") continue;
    const ids = (gegevens[tabel] ?? []).map((r) => r.id).filter((id): id is string => typeof id === "string");
    if (ids.length === 0) continue;
    if (VERWIJDEREN.has(tabel)) {
      await tx.$executeRawUnsafe(`DELETE FROM ${q(tabel)} WHERE id = ANY($1::text[])`, ids);
      continue;
    }
    const zet = kolommen
      .filter((k) => k.tabel === tabel && k.kolom !== "id" && !k.kolom.endsWith("Id") && !BEWAREN.has(k.kolom))
      .map((k) =>
        k.type === "ARRAY"
          ? `${q(k.kolom)} = ${k.nullable ? "NULL" : "'{}'"}`
          : k.type === "jsonb" || k.type === "json"
            ? `${q(k.kolom)} = ${k.nullable ? "NULL" : `'{}'::${k.type}`}`
            : `${q(k.kolom)} = ${k.nullable ? "NULL" : "'geanonimiseerd'"}`,
      );
    if (zet.length) await tx.$executeRawUnsafe(`UPDATE ${q(tabel)} SET ${zet.join(", ")} WHERE id = ANY($1::text[])`, ids);
  }
  const persoon = await tx.inburgeraar.findUniqueOrThrow({ where: { id: inburgeraarId }, select: { geboortedatum: true, organisatieId: true } });
  await tx.inburgeraar.update({
    where: { id: inburgeraarId },
    data: {
      voornaam: "Geanonimiseerd",
      achternaam: inburgeraarId.slice(-8).toUpperCase(),
      geboortedatum: new Date(`${dateKolomNaarKalenderdatum(persoon.geboortedatum).slice(0, 4)}-01-01T00:00:00Z`),
      bsnVersleuteld: null,
      bsnHash: null,
      vNummer: null,
      telefoon: null,
      email: null,
      straat: null,
      huisnummer: null,
      postcode: null,
      woonplaats: null,
      redenZonderWettelijkRecht: null,
      opstartAfsluitReden: null,
      geanonimiseerdOp: now,
      version: { increment: 1 },
    },
  });
  await audit(
    { actie: "avg.geanonimiseerd", organisatieId: persoon.organisatieId, entiteit: "Inburgeraar", entiteitId: inburgeraarId, inburgeraarId, details: { bewaartermijnMaanden } },
    tx,
  );
}

/**
 * The job: anonymises every due dossier of every organisation (or one), each
 * in its own transaction so one failure stops nothing else. Returns the count.
 */
export async function anonimiseerVervallen(opties: { organisatieId?: string; now?: Date } = {}): Promise<{ geanonimiseerd: number; mislukt: number }> {
  const now = opties.now ?? new Date();
  const organisaties = await db().organisatie.findMany({ where: opties.organisatieId ? { id: opties.organisatieId } : {}, select: { id: true, bewaartermijnMaanden: true } });
  let geanonimiseerd = 0;
  let mislukt = 0;
  for (const org of organisaties) {
    const rapport = await bewaarRapport(org.id, now);
    for (const d of rapport.nu) {
      try {
        await db().$transaction(async (tx) => {
          // Checked again inside the transaction: a dossier reopened meanwhile is left alone.
          const nog = await tx.inburgeraar.findFirst({ where: { id: d.id, fase: "AFGESLOTEN", geanonimiseerdOp: null }, select: { id: true } });
          if (nog) await anonimiseerDossier(tx, d.id, org.bewaartermijnMaanden, now);
        });
        geanonimiseerd++;
      } catch (err) {
        mislukt++;
        logger.error({ err, inburgeraarId: d.id }, "anonimiseren mislukt");
      }
    }
  }
  if (geanonimiseerd || mislukt) logger.info({ geanonimiseerd, mislukt }, "bewaartermijn: dossiers geanonimiseerd");
  return { geanonimiseerd, mislukt };
}

/** The beheerder sets the organisation's bewaartermijn; a stale form is a conflict, nothing is overwritten. */
export async function wijzigBewaartermijn(user: SessionUser, input: unknown): Promise<{ bewaartermijnMaanden: number }> {
  assertCan(user, "avg:bewaartermijn");
  const data = bewaartermijnSchema.parse(input);
  return db().$transaction(async (tx) => {
    const { count } = await tx.organisatie.updateMany({
      where: { id: user.organisatieId, bewaartermijnMaanden: data.vorige },
      data: { bewaartermijnMaanden: data.bewaartermijnMaanden },
    });
    if (count === 0) throw conflict("Iemand anders heeft de bewaartermijn net gewijzigd. Laad de pagina opnieuw en kijk of je wijziging nog nodig is.");
    await audit({ actie: "avg.bewaartermijn-gewijzigd", gebruiker: user, entiteit: "Organisatie", entiteitId: user.organisatieId, details: { bewaartermijnMaanden: data.bewaartermijnMaanden } }, tx);
    return { bewaartermijnMaanden: data.bewaartermijnMaanden };
  });
}
