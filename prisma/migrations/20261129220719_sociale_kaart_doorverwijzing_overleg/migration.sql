-- CreateEnum
CREATE TYPE "DoorverwijzingUitkomst" AS ENUM ('GEHOLPEN', 'WACHTLIJST', 'NIET_GEHOLPEN', 'NIET_GEGAAN');

-- AlterTable
ALTER TABLE "Actie" ADD COLUMN     "socialeKaartId" TEXT;

-- AlterTable
ALTER TABLE "SocialeKaartOrganisatie" ADD COLUMN     "notities" TEXT,
ADD COLUMN     "openingstijden" TEXT,
ADD COLUMN     "talen" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "Doorverwijzing" (
    "id" TEXT NOT NULL,
    "inburgeraarId" TEXT NOT NULL,
    "socialeKaartId" TEXT NOT NULL,
    "datum" DATE NOT NULL,
    "reden" TEXT NOT NULL,
    "uitkomst" "DoorverwijzingUitkomst",
    "uitkomstToelichting" TEXT,
    "uitkomstOp" DATE,
    "vastgelegdDoorId" TEXT NOT NULL,
    "aanvraagSleutel" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Doorverwijzing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Overleg" (
    "id" TEXT NOT NULL,
    "organisatieId" TEXT NOT NULL,
    "titel" TEXT NOT NULL,
    "datum" DATE NOT NULL,
    "organisatorId" TEXT NOT NULL,
    "externeDeelnemers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "aanvraagSleutel" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Overleg_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OverlegDeelnemer" (
    "overlegId" TEXT NOT NULL,
    "gebruikerId" TEXT NOT NULL,

    CONSTRAINT "OverlegDeelnemer_pkey" PRIMARY KEY ("overlegId","gebruikerId")
);

-- CreateTable
CREATE TABLE "OverlegAgendapunt" (
    "id" TEXT NOT NULL,
    "overlegId" TEXT NOT NULL,
    "inburgeraarId" TEXT NOT NULL,
    "besluiten" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "OverlegAgendapunt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OverlegActie" (
    "id" TEXT NOT NULL,
    "agendapuntId" TEXT NOT NULL,
    "omschrijving" TEXT NOT NULL,
    "eigenaarId" TEXT NOT NULL,
    "deadline" DATE NOT NULL,
    "afgerondOp" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OverlegActie_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Doorverwijzing_aanvraagSleutel_key" ON "Doorverwijzing"("aanvraagSleutel");

-- CreateIndex
CREATE INDEX "Doorverwijzing_inburgeraarId_idx" ON "Doorverwijzing"("inburgeraarId");

-- CreateIndex
CREATE INDEX "Doorverwijzing_socialeKaartId_idx" ON "Doorverwijzing"("socialeKaartId");

-- CreateIndex
CREATE UNIQUE INDEX "Overleg_aanvraagSleutel_key" ON "Overleg"("aanvraagSleutel");

-- CreateIndex
CREATE INDEX "Overleg_organisatieId_datum_idx" ON "Overleg"("organisatieId", "datum");

-- CreateIndex
CREATE INDEX "OverlegDeelnemer_gebruikerId_idx" ON "OverlegDeelnemer"("gebruikerId");

-- CreateIndex
CREATE INDEX "OverlegAgendapunt_inburgeraarId_idx" ON "OverlegAgendapunt"("inburgeraarId");

-- CreateIndex
CREATE UNIQUE INDEX "OverlegAgendapunt_overlegId_inburgeraarId_key" ON "OverlegAgendapunt"("overlegId", "inburgeraarId");

-- CreateIndex
CREATE INDEX "OverlegActie_eigenaarId_afgerondOp_idx" ON "OverlegActie"("eigenaarId", "afgerondOp");

-- CreateIndex
CREATE INDEX "OverlegActie_agendapuntId_idx" ON "OverlegActie"("agendapuntId");

-- AddForeignKey
ALTER TABLE "Actie" ADD CONSTRAINT "Actie_socialeKaartId_fkey" FOREIGN KEY ("socialeKaartId") REFERENCES "SocialeKaartOrganisatie"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Doorverwijzing" ADD CONSTRAINT "Doorverwijzing_inburgeraarId_fkey" FOREIGN KEY ("inburgeraarId") REFERENCES "Inburgeraar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Doorverwijzing" ADD CONSTRAINT "Doorverwijzing_socialeKaartId_fkey" FOREIGN KEY ("socialeKaartId") REFERENCES "SocialeKaartOrganisatie"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Doorverwijzing" ADD CONSTRAINT "Doorverwijzing_vastgelegdDoorId_fkey" FOREIGN KEY ("vastgelegdDoorId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Overleg" ADD CONSTRAINT "Overleg_organisatieId_fkey" FOREIGN KEY ("organisatieId") REFERENCES "Organisatie"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Overleg" ADD CONSTRAINT "Overleg_organisatorId_fkey" FOREIGN KEY ("organisatorId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OverlegDeelnemer" ADD CONSTRAINT "OverlegDeelnemer_overlegId_fkey" FOREIGN KEY ("overlegId") REFERENCES "Overleg"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OverlegDeelnemer" ADD CONSTRAINT "OverlegDeelnemer_gebruikerId_fkey" FOREIGN KEY ("gebruikerId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OverlegAgendapunt" ADD CONSTRAINT "OverlegAgendapunt_overlegId_fkey" FOREIGN KEY ("overlegId") REFERENCES "Overleg"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OverlegAgendapunt" ADD CONSTRAINT "OverlegAgendapunt_inburgeraarId_fkey" FOREIGN KEY ("inburgeraarId") REFERENCES "Inburgeraar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OverlegActie" ADD CONSTRAINT "OverlegActie_agendapuntId_fkey" FOREIGN KEY ("agendapuntId") REFERENCES "OverlegAgendapunt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OverlegActie" ADD CONSTRAINT "OverlegActie_eigenaarId_fkey" FOREIGN KEY ("eigenaarId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

