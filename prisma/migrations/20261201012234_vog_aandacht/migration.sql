-- "VOG's die aandacht vragen" (lib/vrijwilliger/queries.ts vogAandachtStart, the teamleider's start
-- page): volunteers not stopped whose VOG is missing or expires soon. The list asks
-- COALESCE("vogDatum", '-infinity') <= the threshold, one range on this index with what it reads
-- (index-only), instead of reading every profile (±1,900 of 8,700 at 40,000 people; decision 029).
-- The expression and the predicate must stay the same as in the list.
-- Written by hand: Prisma 6 cannot describe an expression or partial index in schema.prisma.
CREATE INDEX "VrijwilligerProfiel_vog_aandacht_idx" ON "VrijwilligerProfiel" ((COALESCE("vogDatum", '-infinity'::date)))
  INCLUDE ("gebruikerId", "status", "vogDatum")
  WHERE "status" <> 'GESTOPT';
