-- AlterTable
ALTER TABLE "Inburgeraar" ADD COLUMN     "geplandeStarts" TIMESTAMP(3)[] DEFAULT ARRAY[]::TIMESTAMP(3)[],
ADD COLUMN     "laatsteContactOp" TIMESTAMP(3),
ADD COLUMN     "openDeadlines" DATE[] DEFAULT ARRAY[]::DATE[];


-- The stored attention facts are kept current by the database itself, in the
-- same transaction as the write that changes them, whichever code path writes
-- (actions, imports, seeds, raw SQL). See docs/decisions/016-opgeslagen-aandacht.md;
-- lib/caseload/stand.ts recomputes them set-based and tests compare both.
CREATE FUNCTION "wegwijs_stand_afspraken"(p_id TEXT) RETURNS VOID LANGUAGE sql AS $$
  UPDATE "Inburgeraar" SET
    "laatsteContactOp" = (SELECT max(a."start") FROM "Afspraak" a WHERE a."inburgeraarId" = p_id AND a."status" = 'VOND_PLAATS'),
    "geplandeStarts" = COALESCE((SELECT array_agg(a."start" ORDER BY a."start") FROM "Afspraak" a WHERE a."inburgeraarId" = p_id AND a."status" = 'GEPLAND'), ARRAY[]::TIMESTAMP(3)[])
  WHERE "id" = p_id;
$$;

CREATE FUNCTION "wegwijs_stand_checklist"(p_id TEXT) RETURNS VOID LANGUAGE sql AS $$
  UPDATE "Inburgeraar" SET
    "openDeadlines" = COALESCE((SELECT array_agg(c."deadline" ORDER BY c."deadline") FROM "ChecklistItem" c
      WHERE c."inburgeraarId" = p_id AND c."deadline" IS NOT NULL AND c."status" NOT IN ('GEREGELD', 'NVT')), ARRAY[]::DATE[])
  WHERE "id" = p_id;
$$;

CREATE FUNCTION "wegwijs_afspraak_stand_trigger"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM "wegwijs_stand_afspraken"(OLD."inburgeraarId"); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."inburgeraarId" IS DISTINCT FROM OLD."inburgeraarId") THEN
    PERFORM "wegwijs_stand_afspraken"(NEW."inburgeraarId");
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "wegwijs_checklist_stand_trigger"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM "wegwijs_stand_checklist"(OLD."inburgeraarId"); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."inburgeraarId" IS DISTINCT FROM OLD."inburgeraarId") THEN
    PERFORM "wegwijs_stand_checklist"(NEW."inburgeraarId");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "afspraak_stand" AFTER INSERT OR DELETE OR UPDATE OF "status", "start", "inburgeraarId" ON "Afspraak"
  FOR EACH ROW EXECUTE FUNCTION "wegwijs_afspraak_stand_trigger"();
CREATE TRIGGER "checklist_stand" AFTER INSERT OR DELETE OR UPDATE OF "status", "deadline", "inburgeraarId" ON "ChecklistItem"
  FOR EACH ROW EXECUTE FUNCTION "wegwijs_checklist_stand_trigger"();

-- The existing rows, once.
UPDATE "Inburgeraar" i SET
  "laatsteContactOp" = a.laatste,
  "geplandeStarts" = COALESCE(a.gepland, ARRAY[]::TIMESTAMP(3)[])
FROM (SELECT "inburgeraarId" AS id, max("start") FILTER (WHERE "status" = 'VOND_PLAATS') AS laatste,
             array_agg("start" ORDER BY "start") FILTER (WHERE "status" = 'GEPLAND') AS gepland
        FROM "Afspraak" GROUP BY "inburgeraarId") a
WHERE a.id = i."id";
UPDATE "Inburgeraar" i SET "openDeadlines" = c.open
FROM (SELECT "inburgeraarId" AS id, array_agg("deadline" ORDER BY "deadline") AS open
        FROM "ChecklistItem" WHERE "deadline" IS NOT NULL AND "status" NOT IN ('GEREGELD', 'NVT') GROUP BY "inburgeraarId") c
WHERE c.id = i."id";
