-- The agenda feed token is no longer stored, only its sha256 (lib/agenda/token.ts).
-- Existing agenda links stop working; users make a new one on /agenda.

-- DropIndex
DROP INDEX "Gebruiker_agendaToken_key";

-- AlterTable
ALTER TABLE "Gebruiker" DROP COLUMN "agendaToken",
ADD COLUMN     "agendaTokenHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Gebruiker_agendaTokenHash_key" ON "Gebruiker"("agendaTokenHash");

