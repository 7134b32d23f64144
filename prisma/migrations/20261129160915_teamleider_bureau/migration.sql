-- CreateEnum
CREATE TYPE "VrijwilligerStatus" AS ENUM ('ACTIEF', 'GEPAUZEERD', 'GESTOPT');

-- CreateEnum
CREATE TYPE "BelUitkomst" AS ENUM ('BEREIKT', 'NIET_BEREIKT', 'VERVOLG_NODIG');

-- AlterTable
ALTER TABLE "Gebruiker" ADD COLUMN     "fte" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Inburgeraar" ADD COLUMN     "maatjeGewenstSinds" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Toewijzing" ADD COLUMN     "overdrachtGelezenOp" TIMESTAMP(3),
ADD COLUMN     "overdrachtNotitie" TEXT,
ADD COLUMN     "uitzonderingReden" TEXT;

-- AlterTable
ALTER TABLE "VrijwilligerProfiel" ADD COLUMN     "status" "VrijwilligerStatus" NOT NULL DEFAULT 'ACTIEF',
ADD COLUMN     "statusReden" TEXT,
ADD COLUMN     "statusSinds" DATE,
ADD COLUMN     "training" TEXT,
ADD COLUMN     "voorkeurDoelgroepen" "Doelgroep"[] DEFAULT ARRAY[]::"Doelgroep"[],
ADD COLUMN     "voorkeuren" TEXT;

-- CreateTable
CREATE TABLE "Belpoging" (
    "id" TEXT NOT NULL,
    "inburgeraarId" TEXT NOT NULL,
    "gebruikerId" TEXT NOT NULL,
    "op" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uitkomst" "BelUitkomst" NOT NULL,
    "notitie" TEXT,

    CONSTRAINT "Belpoging_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Belpoging_inburgeraarId_op_idx" ON "Belpoging"("inburgeraarId", "op");

-- AddForeignKey
ALTER TABLE "Belpoging" ADD CONSTRAINT "Belpoging_inburgeraarId_fkey" FOREIGN KEY ("inburgeraarId") REFERENCES "Inburgeraar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Belpoging" ADD CONSTRAINT "Belpoging_gebruikerId_fkey" FOREIGN KEY ("gebruikerId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

