-- AlterTable
ALTER TABLE "Inburgeraar" ADD COLUMN     "begeleiderTot" TIMESTAMP(3),
ADD COLUMN     "maatjeTot" TIMESTAMP(3),
ADD COLUMN     "opstartTot" TIMESTAMP(3);


-- When the wait began (decision 029): the latest end of an assignment per role, kept by the trigger of
-- decision 026 in the same transaction as the write to Toewijzing. No clock involved: someone on the
-- wachtlijst for a role has no assignment in it without an end or with an end still to come, so every
-- end has passed and the latest one is when the wait began (with the registration, the phase change or
-- the wish for a maatje). lib/caseload/stand.ts recomputes them set-based; tests compare both.
CREATE OR REPLACE FUNCTION "wegwijs_stand_toewijzingen"(p_id TEXT) RETURNS VOID LANGUAGE sql AS $$
  UPDATE "Inburgeraar" SET
    "openOpstart" = EXISTS (SELECT 1 FROM "Toewijzing" t WHERE t."inburgeraarId" = p_id AND t."rol" = 'OPSTART' AND t."tot" IS NULL),
    "openBegeleider" = EXISTS (SELECT 1 FROM "Toewijzing" t WHERE t."inburgeraarId" = p_id AND t."rol" = 'BEGELEIDER' AND t."tot" IS NULL),
    "openMaatje" = EXISTS (SELECT 1 FROM "Toewijzing" t WHERE t."inburgeraarId" = p_id AND t."rol" = 'MAATJE' AND t."tot" IS NULL),
    "opstartTot" = (SELECT max(t."tot") FROM "Toewijzing" t WHERE t."inburgeraarId" = p_id AND t."rol" = 'OPSTART'),
    "begeleiderTot" = (SELECT max(t."tot") FROM "Toewijzing" t WHERE t."inburgeraarId" = p_id AND t."rol" = 'BEGELEIDER'),
    "maatjeTot" = (SELECT max(t."tot") FROM "Toewijzing" t WHERE t."inburgeraarId" = p_id AND t."rol" = 'MAATJE')
  WHERE "id" = p_id;
$$;

-- The existing rows, once.
UPDATE "Inburgeraar" i SET "opstartTot" = t.opstart, "begeleiderTot" = t.begeleider, "maatjeTot" = t.maatje
FROM (SELECT "inburgeraarId" AS id,
             max("tot") FILTER (WHERE "rol" = 'OPSTART') AS opstart,
             max("tot") FILTER (WHERE "rol" = 'BEGELEIDER') AS begeleider,
             max("tot") FILTER (WHERE "rol" = 'MAATJE') AS maatje
        FROM "Toewijzing" WHERE "tot" IS NOT NULL GROUP BY 1) t
WHERE t.id = i."id";

-- The wachtlijst's indexes (decision 026) also hold when the wait began, so each branch reads its
-- rows from the index alone. lib/wachtlijst/queries.ts writes the same conditions as the predicates.
DROP INDEX "Inburgeraar_wacht_opstart_idx";
DROP INDEX "Inburgeraar_wacht_begeleider_idx";
DROP INDEX "Inburgeraar_wacht_maatje_idx";
CREATE INDEX "Inburgeraar_wacht_opstart_idx" ON "Inburgeraar" ("organisatieId") INCLUDE ("id", "gemeenteId", "achternaam", "createdAt", "opstartTot", "begeleiderTot")
  WHERE "fase" IN ('AANGEMELD', 'OPSTARTFASE') AND NOT "openOpstart" AND NOT "openBegeleider";
CREATE INDEX "Inburgeraar_wacht_begeleider_idx" ON "Inburgeraar" ("organisatieId") INCLUDE ("id", "gemeenteId", "achternaam", "faseSinds", "begeleiderTot")
  WHERE "fase" IN ('BEGELEIDINGSFASE', 'AFRONDING') AND NOT "openBegeleider";
CREATE INDEX "Inburgeraar_wacht_maatje_idx" ON "Inburgeraar" ("organisatieId") INCLUDE ("id", "gemeenteId", "achternaam", "maatjeGewenstSinds", "maatjeTot")
  WHERE "fase" <> 'AFGESLOTEN' AND "maatjeGewenstSinds" IS NOT NULL AND NOT "openMaatje";
