import path from "node:path";
import { defineConfig } from "prisma/config";

type PGliteLike = {
  exec(sql: string, options?: { rowMode?: "array" }): Promise<Array<{ rows: unknown[]; fields: unknown[]; affectedRows?: number }>>;
  close(): Promise<void>;
};

// The Prisma CLI is used offline only: `generate` and schema-to-schema
// `migrate diff`. The schema's `url = env("DATABASE_URL")` must resolve or the
// CLI tries to download a native engine, so give it a harmless default.
// Migrations are applied by our own runner (lib/db/migrate.ts), not by the CLI.
process.env.DATABASE_URL ??= "postgresql://wegwijs@localhost:5432/wegwijs";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true },
  // An in-memory PGlite: the CLI never touches a real database.
  async adapter() {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const factory = new PrismaPGlite(new PGlite());
    // pglite-prisma-adapter 0.6 sends every statement as one prepared query, so
    // replaying a multi-statement migration on the shadow database fails
    // ("cannot insert multiple commands into a prepared statement"). In this CLI
    // process only, run parameterless SQL through PGlite's simple-query exec().
    const shadow = await factory.connectToShadowDb();
    const queryable = Object.getPrototypeOf(Object.getPrototypeOf(shadow)) as {
      performIO(this: { client: PGliteLike }, query: { sql: string; args: unknown[] }): Promise<unknown>;
    };
    const performIO = queryable.performIO;
    queryable.performIO = async function (query) {
      if (query.args.length > 0 || !query.sql.includes(";")) return performIO.call(this, query);
      const results = await this.client.exec(query.sql, { rowMode: "array" });
      const last = results.at(-1) ?? { rows: [], fields: [] };
      return { ...last, affectedRows: results.reduce((n, r) => n + (r.affectedRows ?? 0), 0) };
    };
    await (shadow as unknown as { client: PGliteLike }).client.close();
    return factory as unknown as import("@prisma/adapter-pg").PrismaPg;
  },
});
