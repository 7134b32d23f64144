-- DropIndex
DROP INDEX "Inburgeraar_gemeenteId_fase_idx";

-- CreateIndex
CREATE INDEX "Inburgeraar_gemeente_idx" ON "Inburgeraar"("gemeenteId", "fase", "organisatieId", "brpInschrijvingDatum", "bredeIntakeDatum", "startLeerrouteDatum", "eersteLesDatum", "opstartAfgeslotenOp", "achternaam", "voornaam", "id");

