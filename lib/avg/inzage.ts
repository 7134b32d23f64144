import "server-only";
import { assertCan, type SessionUser } from "@/lib/authz";
import { audit } from "@/lib/audit";
import { zinVoorAudit } from "@/lib/audit/zinnen";
import { decryptBsn } from "@/lib/crypto/bsn";
import { db, type Tx } from "@/lib/db";
import { loadInburgeraar } from "@/lib/inburgeraar/laad";
import { TABEL_NAMEN, VERBORGEN_KOLOMMEN } from "./rules";

/**
 * The AVG inzage (art. 15): one inburgeraar's complete dossier, as data.
 *
 * "Complete" is found in the database, not listed by hand: every table whose
 * foreign key points at the inburgeraar, then every table pointing at those
 * rows, and so on (a new table is in the export the day it is migrated). The
 * walk only follows keys towards rows already in the dossier, so another
 * person's records are never reached. Plus the audit trail about this person:
 * who looked at the dossier and who changed what, by name and role.
 *
 * Internal columns (hashes, versions) are left out; the BSN is decrypted, since
 * the person has the right to see it; a scan's bytes come as base64.
 */
export interface Inzage {
  gemaaktOp: string;
  gemaaktDoor: { naam: string; rol: string };
  inburgeraarId: string;
  /** Table → its rows of this person, in a stable order. */
  gegevens: Record<string, Record<string, unknown>[]>;
  /** Staff and volunteers named in the rows (by id), so "medewerkerId" can be read. */
  personen: Record<string, { naam: string; rol: string }>;
  /** Who saw or changed the dossier, oldest first. */
  inzagen: { op: string; wie: string | null; rol: string | null; wat: string }[];
}

interface Verwijzing {
  tabel: string;
  kolom: string;
  naarTabel: string;
  naarKolom: string;
}

/** Every foreign key in the public schema (PostgreSQL and PGlite alike). */
async function verwijzingen(tx: Tx): Promise<Verwijzing[]> {
  return tx.$queryRawUnsafe<Verwijzing[]>(
    `SELECT kcu.table_name::text AS tabel, kcu.column_name::text AS kolom,
            ccu.table_name::text AS "naarTabel", ccu.column_name::text AS "naarKolom"
       FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
       JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
      WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'
      ORDER BY 1, 2`,
  );
}

const q = (naam: string) => `"${naam.replaceAll('"', '""')}"`;

/** A value as JSON can hold it: dates as ISO text, bytes as base64, big numbers as text. */
function alsJson(waarde: unknown): unknown {
  if (waarde instanceof Date) return waarde.toISOString();
  if (waarde instanceof Uint8Array) return Buffer.from(waarde).toString("base64");
  if (typeof waarde === "bigint") return waarde.toString();
  if (Array.isArray(waarde)) return waarde.map(alsJson);
  return waarde;
}

function schoon(tabel: string, rij: Record<string, unknown>): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const [kolom, waarde] of Object.entries(rij)) {
    if (VERBORGEN_KOLOMMEN.has(kolom)) continue;
    if (tabel === "Inburgeraar" && kolom === "bsnVersleuteld") {
      uit.bsn = typeof waarde === "string" ? decryptBsn(waarde) : null;
      continue;
    }
    uit[kolom] = alsJson(waarde);
  }
  return uit;
}

/**
 * The rows of one person: a breadth-first walk over the foreign keys, from the
 * Inburgeraar row down to every table that hangs under it.
 */
export async function verzamelDossier(tx: Tx, inburgeraarId: string): Promise<Record<string, Record<string, unknown>[]>> {
  const fks = await verwijzingen(tx);
  const ids = new Map<string, Set<string>>([["Inburgeraar", new Set([inburgeraarId])]]);
  const rijen = new Map<string, Map<string, Record<string, unknown>>>();
  rijen.set("Inburgeraar", new Map((await tx.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "Inburgeraar" WHERE id = $1`, inburgeraarId)).map((r) => [String(r.id), r])));

  let nieuw = new Set(["Inburgeraar"]);
  while (nieuw.size > 0) {
    const volgende = new Set<string>();
    for (const fk of fks) {
      if (!nieuw.has(fk.naarTabel) || fk.tabel === "Inburgeraar") continue;
      const ouders = [...(ids.get(fk.naarTabel) ?? [])];
      if (ouders.length === 0 || fk.naarKolom !== "id") continue;
      const gevonden = await tx.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM ${q(fk.tabel)} WHERE ${q(fk.kolom)} = ANY($1::text[])`, ouders);
      const bekend = rijen.get(fk.tabel) ?? new Map<string, Record<string, unknown>>();
      for (const r of gevonden) {
        // Tables without an id (join tables) are keyed by their whole row.
        const sleutel = "id" in r ? String(r.id) : JSON.stringify(r, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
        if (bekend.has(sleutel)) continue;
        bekend.set(sleutel, r);
        if ("id" in r) {
          const set = ids.get(fk.tabel) ?? new Set<string>();
          if (!set.has(String(r.id))) volgende.add(fk.tabel);
          set.add(String(r.id));
          ids.set(fk.tabel, set);
        }
      }
      rijen.set(fk.tabel, bekend);
    }
    nieuw = volgende;
  }

  const uit: Record<string, Record<string, unknown>[]> = {};
  for (const tabel of [...rijen.keys()].sort((a, b) => (a === "Inburgeraar" ? -1 : b === "Inburgeraar" ? 1 : a.localeCompare(b)))) {
    const lijst = [...rijen.get(tabel)!.values()].map((r) => schoon(tabel, r));
    lijst.sort((a, b) => String(a.createdAt ?? a.id ?? "").localeCompare(String(b.createdAt ?? b.id ?? "")));
    uit[tabel] = lijst;
  }
  return uit;
}

/** The ids of Gebruiker rows named in the dossier's rows (medewerkerId, gemeldDoorId, …). */
async function genoemdePersonen(tx: Tx, gegevens: Inzage["gegevens"], extra: (string | null)[]): Promise<Inzage["personen"]> {
  const fks = await verwijzingen(tx);
  const kolommen = new Map<string, string[]>();
  for (const fk of fks) if (fk.naarTabel === "Gebruiker") kolommen.set(fk.tabel, [...(kolommen.get(fk.tabel) ?? []), fk.kolom]);
  const ids = new Set<string>(extra.filter((id): id is string => !!id));
  for (const [tabel, rijen] of Object.entries(gegevens)) {
    for (const kolom of kolommen.get(tabel) ?? []) for (const r of rijen) if (typeof r[kolom] === "string") ids.add(r[kolom] as string);
  }
  const mensen = await tx.gebruiker.findMany({ where: { id: { in: [...ids] } }, select: { id: true, naam: true, rol: true } });
  return Object.fromEntries(mensen.map((m) => [m.id, { naam: m.naam, rol: m.rol.toLowerCase() }]));
}

/**
 * Makes the inzage for a teamleider of the person's organisation (the policy:
 * "avg:inzage"), and records that it was made. Out of reach = not found.
 */
export async function maakInzage(user: SessionUser, inburgeraarId: string, formaat: "json" | "pdf", now = new Date()): Promise<Inzage> {
  assertCan(user, "avg:inzage");
  return db().$transaction(async (tx) => {
    const persoon = await loadInburgeraar(tx, { user, id: inburgeraarId, need: ["basis"], select: { id: true }, now });
    const gegevens = await verzamelDossier(tx, persoon.id);
    const trail = await tx.auditLog.findMany({
      where: { inburgeraarId: persoon.id, organisatieId: user.organisatieId },
      orderBy: { id: "asc" },
      select: { createdAt: true, gebruikerId: true, actie: true, details: true },
    });
    const personen = await genoemdePersonen(tx, gegevens, trail.map((t) => t.gebruikerId));
    await audit({ actie: "avg.inzage-gemaakt", gebruiker: user, entiteit: "Inburgeraar", entiteitId: persoon.id, inburgeraarId: persoon.id, details: { formaat } }, tx);
    return {
      gemaaktOp: now.toISOString(),
      gemaaktDoor: { naam: user.naam, rol: user.rol.toLowerCase() },
      inburgeraarId: persoon.id,
      gegevens,
      personen,
      inzagen: trail.map((t) => ({
        op: t.createdAt.toISOString(),
        wie: t.gebruikerId ? (personen[t.gebruikerId]?.naam ?? null) : null,
        rol: t.gebruikerId ? (personen[t.gebruikerId]?.rol ?? null) : null,
        wat: zinVoorAudit(t),
      })),
    };
  });
}

export { TABEL_NAMEN };
