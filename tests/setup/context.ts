/**
 * What the integration globalSetup (tests/setup/global-db.ts) hands to every
 * test file through vitest's provide/inject.
 */
export type TestDbInfo =
  | {
      engine: "pglite";
      /** Uncompressed tar of a migrated PGlite data directory. */
      dumpFile: string;
    }
  | {
      engine: "postgresql";
      /** DATABASE_URL as given: used to CREATE/DROP per-file databases. */
      adminUrl: string;
      /** Migrated database every per-file database is copied from. */
      templateName: string;
    };

declare module "vitest" {
  export interface ProvidedContext {
    testDb: TestDbInfo;
  }
}
