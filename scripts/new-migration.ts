/**
 * npm run db:migration -- <name>
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that
 * takes the database from the existing migrations to prisma/schema.prisma.
 * Uses `prisma migrate diff` offline (a PGlite shadow database in memory).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "").trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("Geef een naam: npm run db:migration -- <naam>");
  process.exit(1);
}
const dir = path.join("prisma", "migrations");
mkdirSync(dir, { recursive: true });
const hasMigrations = readdirSync(dir).some((d) => existsSync(path.join(dir, d, "migration.sql")));
const from = hasMigrations ? ["--from-migrations", dir] : ["--from-empty"];
const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", path.join("prisma", "schema.prisma"), "--script"],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("Geen verschil tussen de migraties en schema.prisma: niets gemaakt.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const target = path.join(dir, `${stamp}_${name}`);
mkdirSync(target);
writeFileSync(path.join(target, "migration.sql"), sql);
writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
console.log(`Gemaakt: ${path.join(target, "migration.sql")}. Lees de SQL na voordat je commit.`);
