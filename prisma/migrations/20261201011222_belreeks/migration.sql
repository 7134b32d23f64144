-- AlterTable
ALTER TABLE "Inburgeraar" ADD COLUMN     "belReeks" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Inburgeraar_organisatieId_belReeks_idx" ON "Inburgeraar"("organisatieId", "belReeks");


-- The streak of unanswered calls (decision 029), kept by the trigger that keeps "laatsteBelOp"
-- (decision 024), in the same transaction as the write to Belpoging: the calls "niet bereikt" after
-- the last call with another outcome. A call that reached the person at the same moment as an
-- unanswered one ends the streak. lib/caseload/stand.ts recomputes it set-based; tests compare both.
CREATE OR REPLACE FUNCTION "wegwijs_stand_belpogingen"(p_id TEXT) RETURNS VOID LANGUAGE sql AS $$
  UPDATE "Inburgeraar" SET
    "laatsteBelOp" = (SELECT max(b."op") FROM "Belpoging" b WHERE b."inburgeraarId" = p_id),
    "belReeks" = (SELECT count(*)::int FROM "Belpoging" b
                   WHERE b."inburgeraarId" = p_id AND b."uitkomst" = 'NIET_BEREIKT'
                     AND b."op" > COALESCE((SELECT max(r."op") FROM "Belpoging" r
                                             WHERE r."inburgeraarId" = p_id AND r."uitkomst" <> 'NIET_BEREIKT'), '-infinity'::timestamp))
  WHERE "id" = p_id;
$$;

-- The outcome of a call now matters too.
DROP TRIGGER "belpoging_stand" ON "Belpoging";
CREATE TRIGGER "belpoging_stand" AFTER INSERT OR DELETE OR UPDATE OF "op", "inburgeraarId", "uitkomst" ON "Belpoging"
  FOR EACH ROW EXECUTE FUNCTION "wegwijs_belpoging_stand_trigger"();

-- The existing rows, once.
UPDATE "Inburgeraar" i SET "belReeks" = b.reeks
FROM (SELECT p."inburgeraarId" AS id,
             count(*) FILTER (WHERE p."uitkomst" = 'NIET_BEREIKT' AND p."op" > COALESCE(r.bereikt, '-infinity'::timestamp))::int AS reeks
        FROM "Belpoging" p
        LEFT JOIN (SELECT "inburgeraarId", max("op") AS bereikt FROM "Belpoging" WHERE "uitkomst" <> 'NIET_BEREIKT' GROUP BY 1) r
          ON r."inburgeraarId" = p."inburgeraarId"
       GROUP BY p."inburgeraarId") b
WHERE b.id = i."id" AND b.reeks <> 0;
