-- AlterTable
ALTER TABLE "Inburgeraar" ADD COLUMN     "checklistAantal" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "checklistGeregeld" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "checklistNvt" INTEGER NOT NULL DEFAULT 0;


-- The checklist counts are stored attention facts like "openDeadlines" (docs/decisions/016): the
-- checklist trigger (migration 20261130013230_aandacht_stand) keeps them current in the same
-- transaction as the write to ChecklistItem, in the same pass over the person's items.
-- lib/caseload/stand.ts recomputes them set-based (herberekenStanden) and compares (afwijkendeStanden).
CREATE OR REPLACE FUNCTION "wegwijs_stand_checklist"(p_id TEXT) RETURNS VOID LANGUAGE sql AS $$
  UPDATE "Inburgeraar" SET ("openDeadlines", "checklistAantal", "checklistGeregeld", "checklistNvt") = (
    SELECT COALESCE(array_agg(c."deadline" ORDER BY c."deadline") FILTER (WHERE c."deadline" IS NOT NULL AND c."status" NOT IN ('GEREGELD', 'NVT')), ARRAY[]::DATE[]),
           count(*)::int,
           count(*) FILTER (WHERE c."status" = 'GEREGELD')::int,
           count(*) FILTER (WHERE c."status" = 'NVT')::int
      FROM "ChecklistItem" c WHERE c."inburgeraarId" = p_id)
  WHERE "id" = p_id;
$$;

-- The existing rows, once.
UPDATE "Inburgeraar" i SET "checklistAantal" = c.aantal, "checklistGeregeld" = c.geregeld, "checklistNvt" = c.nvt
FROM (SELECT "inburgeraarId" AS id, count(*)::int AS aantal,
             count(*) FILTER (WHERE "status" = 'GEREGELD')::int AS geregeld,
             count(*) FILTER (WHERE "status" = 'NVT')::int AS nvt
        FROM "ChecklistItem" GROUP BY "inburgeraarId") c
WHERE c.id = i."id";
