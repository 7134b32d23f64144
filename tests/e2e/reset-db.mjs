// Gives the Playwright web server an empty database before it builds and
// starts (webServer starts BEFORE globalSetup, so this runs in its command).
// `npm start` then migrates and seeds the demo data (scripts/prepare-db.ts).
//   PostgreSQL: E2E_ADMIN_DATABASE_URL (the original DATABASE_URL) is used to
//               drop and re-create the database named in DATABASE_URL (`…_e2e`).
//   Embedded:   deletes PGLITE_DIR (must be an e2e directory).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

// The server's log of this run starts empty (LOG_FILE; the leak crawl reads it).
if (process.env.LOG_FILE) {
  mkdirSync(path.dirname(process.env.LOG_FILE), { recursive: true });
  writeFileSync(process.env.LOG_FILE, "");
}

const url = process.env.DATABASE_URL?.trim();
if (url) {
  const admin = process.env.E2E_ADMIN_DATABASE_URL;
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!admin || !name.endsWith("_e2e")) {
    console.error(`reset-db: weiger ${name} te legen (alleen een *_e2e-database, met E2E_ADMIN_DATABASE_URL).`);
    process.exit(1);
  }
  const ident = `"${name.replaceAll('"', '""')}"`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${ident} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${ident}`);
  } finally {
    await client.end();
  }
  console.log(`reset-db: PostgreSQL-database ${name} is leeg aangemaakt`);
} else {
  const dir = process.env.PGLITE_DIR;
  if (!dir || !/e2e/.test(path.basename(path.resolve(dir)))) {
    console.error(`reset-db: weiger PGLITE_DIR=${dir ?? "(leeg)"} te wissen (alleen een e2e-map).`);
    process.exit(1);
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(`reset-db: ${dir} gewist`);
}
