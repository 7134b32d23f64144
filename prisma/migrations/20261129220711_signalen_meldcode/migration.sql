-- CreateEnum
CREATE TYPE "SignaalDeelGrond" AS ENUM ('TOESTEMMING', 'VEILIGHEID');

-- CreateEnum
CREATE TYPE "MeldcodeConclusie" AS ENUM ('GEEN_VERMOEDEN', 'HULP_BIEDEN', 'MELDEN');

-- AlterEnum
ALTER TYPE "SignaalStatus" ADD VALUE 'OPGEPAKT';

-- AlterTable
ALTER TABLE "Signaal" ADD COLUMN     "aanvraagSleutel" TEXT,
ADD COLUMN     "gedeeldGrond" "SignaalDeelGrond",
ADD COLUMN     "gedeeldOp" TIMESTAMP(3),
ADD COLUMN     "gedeeldReden" TEXT,
ADD COLUMN     "opgepaktDoorId" TEXT,
ADD COLUMN     "opgepaktOp" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SignaalActie" (
    "id" TEXT NOT NULL,
    "signaalId" TEXT NOT NULL,
    "omschrijving" TEXT NOT NULL,
    "datum" DATE NOT NULL,
    "opvolgOp" DATE,
    "doorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignaalActie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meldcode" (
    "id" TEXT NOT NULL,
    "signaalId" TEXT NOT NULL,
    "feiten" TEXT,
    "feitenDatum" DATE,
    "interpretatie" TEXT,
    "stap1Op" TIMESTAMP(3),
    "overlegMet" TEXT,
    "overlegDatum" DATE,
    "veiligThuisGeraadpleegd" BOOLEAN NOT NULL DEFAULT false,
    "advies" TEXT,
    "stap2Op" TIMESTAMP(3),
    "gesprekGevoerd" BOOLEAN,
    "gesprekDatum" DATE,
    "gesprekToelichting" TEXT,
    "stap3Op" TIMESTAMP(3),
    "afweging" JSONB,
    "conclusie" "MeldcodeConclusie",
    "stap4Op" TIMESTAMP(3),
    "hulpGeorganiseerd" BOOLEAN NOT NULL DEFAULT false,
    "hulpOmschrijving" TEXT,
    "gemeld" BOOLEAN NOT NULL DEFAULT false,
    "meldDatum" DATE,
    "meldReferentie" TEXT,
    "meldReden" TEXT,
    "stap5Op" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meldcode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignaalActie_signaalId_idx" ON "SignaalActie"("signaalId");

-- CreateIndex
CREATE INDEX "SignaalActie_opvolgOp_idx" ON "SignaalActie"("opvolgOp");

-- CreateIndex
CREATE UNIQUE INDEX "Meldcode_signaalId_key" ON "Meldcode"("signaalId");

-- CreateIndex
CREATE UNIQUE INDEX "Signaal_aanvraagSleutel_key" ON "Signaal"("aanvraagSleutel");

-- CreateIndex
CREATE INDEX "Signaal_status_ernst_idx" ON "Signaal"("status", "ernst");

-- AddForeignKey
ALTER TABLE "Signaal" ADD CONSTRAINT "Signaal_opgepaktDoorId_fkey" FOREIGN KEY ("opgepaktDoorId") REFERENCES "Gebruiker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignaalActie" ADD CONSTRAINT "SignaalActie_signaalId_fkey" FOREIGN KEY ("signaalId") REFERENCES "Signaal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignaalActie" ADD CONSTRAINT "SignaalActie_doorId_fkey" FOREIGN KEY ("doorId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meldcode" ADD CONSTRAINT "Meldcode_signaalId_fkey" FOREIGN KEY ("signaalId") REFERENCES "Signaal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

