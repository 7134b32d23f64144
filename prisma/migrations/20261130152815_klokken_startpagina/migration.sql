-- AlterTable
ALTER TABLE "Inburgeraar" ADD COLUMN     "laatsteBelOp" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Inburgeraar_klokken_idx" ON "Inburgeraar"("organisatieId", "fase", "gemeenteId", "laatsteContactOp", "laatsteBelOp", "brpInschrijvingDatum", "createdAt", "faseSinds", "achternaam", "id");

-- CreateIndex
CREATE INDEX "Inburgeraar_organisatieId_maatjeGewenstSinds_idx" ON "Inburgeraar"("organisatieId", "maatjeGewenstSinds");

-- CreateIndex
CREATE INDEX "Overdracht_status_verstuurdOp_idx" ON "Overdracht"("status", "verstuurdOp");

-- CreateIndex
CREATE INDEX "Toewijzing_rol_tot_inburgeraarId_idx" ON "Toewijzing"("rol", "tot", "inburgeraarId");


-- The bellijst's clock (docs/decisions/024): the latest call, kept current by the database in the
-- same transaction as the write to Belpoging, like the attention facts of decision 016
-- (lib/caseload/stand.ts recomputes it set-based and tests compare both).
CREATE FUNCTION "wegwijs_stand_belpogingen"(p_id TEXT) RETURNS VOID LANGUAGE sql AS $$
  UPDATE "Inburgeraar" SET "laatsteBelOp" = (SELECT max(b."op") FROM "Belpoging" b WHERE b."inburgeraarId" = p_id)
  WHERE "id" = p_id;
$$;

CREATE FUNCTION "wegwijs_belpoging_stand_trigger"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM "wegwijs_stand_belpogingen"(OLD."inburgeraarId"); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."inburgeraarId" IS DISTINCT FROM OLD."inburgeraarId") THEN
    PERFORM "wegwijs_stand_belpogingen"(NEW."inburgeraarId");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "belpoging_stand" AFTER INSERT OR DELETE OR UPDATE OF "op", "inburgeraarId" ON "Belpoging"
  FOR EACH ROW EXECUTE FUNCTION "wegwijs_belpoging_stand_trigger"();

-- The existing rows, once.
UPDATE "Inburgeraar" i SET "laatsteBelOp" = b.laatste
FROM (SELECT "inburgeraarId" AS id, max("op") AS laatste FROM "Belpoging" GROUP BY "inburgeraarId") b
WHERE b.id = i."id";
