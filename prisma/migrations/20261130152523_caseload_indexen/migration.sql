-- The begeleider's "niet vastgelegd" read (lib/caseload/queries.ts getCaseloadPagina): my planned
-- afspraken whose start has passed. Only GEPLAND rows (a few percent of all afspraken) are indexed,
-- so the read touches only those instead of every past afspraak of the medewerker.
-- Written by hand: Prisma 6 cannot describe a partial index in schema.prisma (DESIGN.md, migrations).
CREATE INDEX "Afspraak_medewerkerId_gepland_start_idx" ON "Afspraak"("medewerkerId", "start") WHERE "status" = 'GEPLAND';
