-- AlterTable
ALTER TABLE "Afspraak" ADD COLUMN     "deelMetMaatje" BOOLEAN NOT NULL DEFAULT false;

