import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * Small helpers for creating and dropping throwaway databases on a real
 * PostgreSQL server. The role in DATABASE_URL needs CREATEDB.
 */

export function databaseNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error(`DATABASE_URL noemt geen database: ${redact(url)}`);
  return name;
}

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `<base>_<tag>_<8 hex>`, within PostgreSQL's 63-byte identifier limit. */
export function randomDatabaseName(baseName: string, tag: string): string {
  return `${baseName.slice(0, 40)}_${tag}_${randomBytes(4).toString("hex")}`;
}

export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "<ongeldige url>";
  }
}

/** Run statements (CREATE/DROP DATABASE cannot run in a transaction) on the admin connection. */
export async function adminExec(adminUrl: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "42501") {
      throw new Error(
        `De rol in DATABASE_URL (${redact(adminUrl)}) mag geen databases maken of verwijderen; ` +
          `integratietests hebben CREATEDB nodig (ALTER ROLE … CREATEDB).`,
        { cause: error },
      );
    }
    throw error;
  } finally {
    await client.end();
  }
}

export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  const from = template ? ` TEMPLATE ${quoteIdent(template)}` : "";
  await adminExec(adminUrl, `CREATE DATABASE ${quoteIdent(name)}${from}`);
}

/**
 * Drops a test database, ending its connections. An autovacuum worker in it
 * (a process of no role) cannot be ended by our role: PostgreSQL then refuses
 * with 42501 from TerminateOtherDBBackends. It finishes within moments, so
 * try again a few times. (The throwaway server runs without autovacuum.)
 */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  for (let poging = 1; ; poging++) {
    try {
      await adminExec(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      return;
    } catch (error) {
      const oorzaak = (error as { cause?: { routine?: string } }).cause;
      if (poging >= 20 || oorzaak?.routine !== "TerminateOtherDBBackends") throw error;
      await new Promise((klaar) => setTimeout(klaar, 250));
    }
  }
}
