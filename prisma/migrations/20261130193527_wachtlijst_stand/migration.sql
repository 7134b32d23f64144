-- AlterTable
ALTER TABLE "Inburgeraar" ADD COLUMN     "openBegeleider" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "openMaatje" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "openOpstart" BOOLEAN NOT NULL DEFAULT false;


-- Whether a person has an assignment without an end per role (docs/decisions/026), kept current by the
-- database in the same transaction as the write to Toewijzing, like the facts of decision 016
-- (lib/caseload/stand.ts recomputes them set-based and tests compare both). No clock involved: an
-- assignment whose end lies in the future is not "open", and the wachtlijst checks those live.
CREATE FUNCTION "wegwijs_stand_toewijzingen"(p_id TEXT) RETURNS VOID LANGUAGE sql AS $$
  UPDATE "Inburgeraar" SET
    "openOpstart" = EXISTS (SELECT 1 FROM "Toewijzing" t WHERE t."inburgeraarId" = p_id AND t."rol" = 'OPSTART' AND t."tot" IS NULL),
    "openBegeleider" = EXISTS (SELECT 1 FROM "Toewijzing" t WHERE t."inburgeraarId" = p_id AND t."rol" = 'BEGELEIDER' AND t."tot" IS NULL),
    "openMaatje" = EXISTS (SELECT 1 FROM "Toewijzing" t WHERE t."inburgeraarId" = p_id AND t."rol" = 'MAATJE' AND t."tot" IS NULL)
  WHERE "id" = p_id;
$$;

CREATE FUNCTION "wegwijs_toewijzing_stand_trigger"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM "wegwijs_stand_toewijzingen"(OLD."inburgeraarId"); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."inburgeraarId" IS DISTINCT FROM OLD."inburgeraarId") THEN
    PERFORM "wegwijs_stand_toewijzingen"(NEW."inburgeraarId");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "toewijzing_stand" AFTER INSERT OR DELETE OR UPDATE OF "rol", "tot", "inburgeraarId" ON "Toewijzing"
  FOR EACH ROW EXECUTE FUNCTION "wegwijs_toewijzing_stand_trigger"();

-- The existing rows, once.
UPDATE "Inburgeraar" i SET
  "openOpstart" = EXISTS (SELECT 1 FROM "Toewijzing" t WHERE t."inburgeraarId" = i."id" AND t."rol" = 'OPSTART' AND t."tot" IS NULL),
  "openBegeleider" = EXISTS (SELECT 1 FROM "Toewijzing" t WHERE t."inburgeraarId" = i."id" AND t."rol" = 'BEGELEIDER' AND t."tot" IS NULL),
  "openMaatje" = EXISTS (SELECT 1 FROM "Toewijzing" t WHERE t."inburgeraarId" = i."id" AND t."rol" = 'MAATJE' AND t."tot" IS NULL);

-- Who may be waiting, per reason of the wachtlijst (lib/wachtlijst/queries.ts writes the same
-- conditions, so PostgreSQL can use these): a few thousand entries instead of every person in a phase,
-- each with what its branch reads (index-only scans).
-- Written by hand: Prisma 6 cannot describe a partial index in schema.prisma.
CREATE INDEX "Inburgeraar_wacht_opstart_idx" ON "Inburgeraar" ("organisatieId") INCLUDE ("id", "gemeenteId", "achternaam", "createdAt")
  WHERE "fase" IN ('AANGEMELD', 'OPSTARTFASE') AND NOT "openOpstart" AND NOT "openBegeleider";
CREATE INDEX "Inburgeraar_wacht_begeleider_idx" ON "Inburgeraar" ("organisatieId") INCLUDE ("id", "gemeenteId", "achternaam", "faseSinds")
  WHERE "fase" IN ('BEGELEIDINGSFASE', 'AFRONDING') AND NOT "openBegeleider";
CREATE INDEX "Inburgeraar_wacht_maatje_idx" ON "Inburgeraar" ("organisatieId") INCLUDE ("id", "gemeenteId", "achternaam", "maatjeGewenstSinds")
  WHERE "fase" <> 'AFGESLOTEN' AND "maatjeGewenstSinds" IS NOT NULL AND NOT "openMaatje";
