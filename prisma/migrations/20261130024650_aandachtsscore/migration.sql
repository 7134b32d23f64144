-- AlterTable
ALTER TABLE "Inburgeraar" ADD COLUMN     "aandachtsscore" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Inburgeraar_organisatieId_aandachtsscore_achternaam_voornaa_idx" ON "Inburgeraar"("organisatieId", "aandachtsscore" DESC, "achternaam", "voornaam", "id");


-- The urgency of a person from the stored facts (docs/decisions/016): the weights of
-- lib/caseload/rules.ts `beoordeel` (GEWICHT) for what holds for everyone who sees the
-- person. tests/integration/aandacht-stand.test.ts checks it equals `beoordeel`.
-- p_vandaag: the calendar day in Amsterdam; p_nu: the moment, as UTC wall time (like the columns).
CREATE FUNCTION "wegwijs_aandachtsscore"(p_fase "Fase", p_laatste TIMESTAMP(3), p_start DATE, p_gepland TIMESTAMP(3)[], p_open DATE[],
                                         p_norm INTEGER, p_vandaag DATE, p_nu TIMESTAMP(3)) RETURNS INTEGER LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN p_fase = 'AFGESLOTEN' THEN 0 ELSE (
      (CASE WHEN p_laatste IS NOT NULL THEN
              (CASE WHEN p_vandaag - ((p_laatste AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam')::date > p_norm
                    THEN 40 + LEAST(40, p_vandaag - ((p_laatste AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam')::date - p_norm) ELSE 0 END)
            WHEN p_vandaag - p_start > p_norm THEN 60 ELSE 0 END)
    + COALESCE((SELECT CASE WHEN count(*) > 0 THEN 30 + 5 * count(*) ELSE 0 END FROM unnest(p_open) d WHERE d < p_vandaag), 0)
    + COALESCE((SELECT CASE WHEN count(*) > 0 THEN 25 + 5 * count(*) ELSE 0 END FROM unnest(p_gepland) s WHERE s < p_nu), 0)
    + (CASE WHEN p_fase <> 'AANGEMELD' AND NOT EXISTS (SELECT 1 FROM unnest(p_gepland) s WHERE s >= p_nu) THEN 10 ELSE 0 END)
  )::int END
$$;

-- Set on every write of the facts it depends on (the afspraak and checklist triggers write them).
CREATE FUNCTION "wegwijs_inburgeraar_score_trigger"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  NEW."aandachtsscore" := "wegwijs_aandachtsscore"(
    NEW."fase", NEW."laatsteContactOp",
    COALESCE(NEW."brpInschrijvingDatum", ((NEW."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam')::date),
    COALESCE(NEW."geplandeStarts", ARRAY[]::TIMESTAMP(3)[]), COALESCE(NEW."openDeadlines", ARRAY[]::DATE[]),
    (SELECT g."contactNormDagen" FROM "Gemeente" g WHERE g."id" = NEW."gemeenteId"),
    (now() AT TIME ZONE 'Europe/Amsterdam')::date, (now() AT TIME ZONE 'UTC')::TIMESTAMP(3));
  RETURN NEW;
END;
$$;

CREATE TRIGGER "inburgeraar_aandacht" BEFORE INSERT OR UPDATE OF "fase", "laatsteContactOp", "geplandeStarts", "openDeadlines", "brpInschrijvingDatum", "gemeenteId", "createdAt"
  ON "Inburgeraar" FOR EACH ROW EXECUTE FUNCTION "wegwijs_inburgeraar_score_trigger"();

-- A gemeente's contact norm changes the urgency of everyone in it.
CREATE FUNCTION "wegwijs_gemeente_norm_trigger"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Inburgeraar" i SET "aandachtsscore" = "wegwijs_aandachtsscore"(
      i."fase", i."laatsteContactOp", COALESCE(i."brpInschrijvingDatum", ((i."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam')::date),
      COALESCE(i."geplandeStarts", ARRAY[]::TIMESTAMP(3)[]), COALESCE(i."openDeadlines", ARRAY[]::DATE[]), NEW."contactNormDagen",
      (now() AT TIME ZONE 'Europe/Amsterdam')::date, (now() AT TIME ZONE 'UTC')::TIMESTAMP(3))
   WHERE i."gemeenteId" = NEW."id";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "gemeente_norm_aandacht" AFTER UPDATE OF "contactNormDagen" ON "Gemeente"
  FOR EACH ROW WHEN (OLD."contactNormDagen" IS DISTINCT FROM NEW."contactNormDagen") EXECUTE FUNCTION "wegwijs_gemeente_norm_trigger"();

-- The existing rows, once (the BEFORE trigger computes it).
UPDATE "Inburgeraar" SET "fase" = "fase";
