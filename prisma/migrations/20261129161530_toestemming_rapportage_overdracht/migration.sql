-- CreateEnum
CREATE TYPE "ToestemmingWijze" AS ENUM ('MONDELING', 'MONDELING_MET_TOLK', 'FORMULIER_GETEKEND');

-- CreateEnum
CREATE TYPE "Leerroute" AS ENUM ('B1', 'ONDERWIJS', 'Z_ROUTE');

-- AlterEnum
ALTER TYPE "OverdrachtType" ADD VALUE 'VERHUIZING';

-- AlterEnum
ALTER TYPE "ToestemmingOnderwerp" ADD VALUE 'VERSLAGEN';

-- AlterEnum
ALTER TYPE "ToestemmingOntvanger" ADD VALUE 'NIEUWE_GEMEENTE';

-- AlterTable
ALTER TABLE "Inburgeraar" ADD COLUMN     "leerroute" "Leerroute";

-- AlterTable
ALTER TABLE "Overdracht" ADD COLUMN     "aanvraagSleutel" TEXT,
ADD COLUMN     "naarGemeenteNaam" TEXT,
ADD COLUMN     "ontvangenDoorId" TEXT;

-- AlterTable
ALTER TABLE "Toestemming" ADD COLUMN     "aanvraagSleutel" TEXT,
ADD COLUMN     "geldigTot" DATE,
ADD COLUMN     "ingetrokkenDoorId" TEXT,
ADD COLUMN     "intrekReden" TEXT,
ADD COLUMN     "ontvangerNaam" TEXT,
ADD COLUMN     "scanId" TEXT,
ADD COLUMN     "socialeKaartId" TEXT,
ADD COLUMN     "tolkTaal" TEXT,
ADD COLUMN     "wijze" "ToestemmingWijze";

-- CreateTable
CREATE TABLE "ToestemmingScan" (
    "id" TEXT NOT NULL,
    "inburgeraarId" TEXT NOT NULL,
    "bestandsnaam" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "grootte" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "inhoud" BYTEA NOT NULL,
    "geuploadDoorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ToestemmingScan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Voortgangsrapportage" (
    "id" TEXT NOT NULL,
    "inburgeraarId" TEXT NOT NULL,
    "versie" INTEGER NOT NULL,
    "inhoud" JSONB NOT NULL,
    "toelichting" TEXT,
    "gedeeldDoorId" TEXT NOT NULL,
    "gedeeldOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "aanvraagSleutel" TEXT NOT NULL,

    CONSTRAINT "Voortgangsrapportage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ToestemmingScan_inburgeraarId_idx" ON "ToestemmingScan"("inburgeraarId");

-- CreateIndex
CREATE UNIQUE INDEX "Voortgangsrapportage_aanvraagSleutel_key" ON "Voortgangsrapportage"("aanvraagSleutel");

-- CreateIndex
CREATE INDEX "Voortgangsrapportage_gedeeldOp_idx" ON "Voortgangsrapportage"("gedeeldOp");

-- CreateIndex
CREATE UNIQUE INDEX "Voortgangsrapportage_inburgeraarId_versie_key" ON "Voortgangsrapportage"("inburgeraarId", "versie");

-- CreateIndex
CREATE UNIQUE INDEX "Overdracht_aanvraagSleutel_key" ON "Overdracht"("aanvraagSleutel");

-- CreateIndex
CREATE INDEX "Overdracht_type_status_idx" ON "Overdracht"("type", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Toestemming_aanvraagSleutel_onderwerp_key" ON "Toestemming"("aanvraagSleutel", "onderwerp");

-- AddForeignKey
ALTER TABLE "Overdracht" ADD CONSTRAINT "Overdracht_ontvangenDoorId_fkey" FOREIGN KEY ("ontvangenDoorId") REFERENCES "Gebruiker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toestemming" ADD CONSTRAINT "Toestemming_ingetrokkenDoorId_fkey" FOREIGN KEY ("ingetrokkenDoorId") REFERENCES "Gebruiker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toestemming" ADD CONSTRAINT "Toestemming_socialeKaartId_fkey" FOREIGN KEY ("socialeKaartId") REFERENCES "SocialeKaartOrganisatie"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toestemming" ADD CONSTRAINT "Toestemming_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "ToestemmingScan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ToestemmingScan" ADD CONSTRAINT "ToestemmingScan_inburgeraarId_fkey" FOREIGN KEY ("inburgeraarId") REFERENCES "Inburgeraar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ToestemmingScan" ADD CONSTRAINT "ToestemmingScan_geuploadDoorId_fkey" FOREIGN KEY ("geuploadDoorId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Voortgangsrapportage" ADD CONSTRAINT "Voortgangsrapportage_inburgeraarId_fkey" FOREIGN KEY ("inburgeraarId") REFERENCES "Inburgeraar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Voortgangsrapportage" ADD CONSTRAINT "Voortgangsrapportage_gedeeldDoorId_fkey" FOREIGN KEY ("gedeeldDoorId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

