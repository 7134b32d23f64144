-- CreateEnum
CREATE TYPE "TweestapsMethode" AS ENUM ('TOTP', 'HERSTELCODE', 'IDP');

-- AlterTable
ALTER TABLE "Gebruiker" ADD COLUMN     "tweestapsGeheim" TEXT,
ADD COLUMN     "tweestapsLaatsteStap" INTEGER,
ADD COLUMN     "tweestapsSinds" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Organisatie" ADD COLUMN     "sessieInactiefMinuten" INTEGER NOT NULL DEFAULT 15,
ADD COLUMN     "sessieMaxUren" INTEGER NOT NULL DEFAULT 12,
ADD COLUMN     "sessieVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Sessie" ADD COLUMN     "tweestapsMethode" "TweestapsMethode",
ADD COLUMN     "tweestapsOp" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "TweestapsHerstelcode" (
    "id" TEXT NOT NULL,
    "gebruikerId" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "aangemaaktOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "gebruiktOp" TIMESTAMP(3),

    CONSTRAINT "TweestapsHerstelcode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TweestapsHerstelcode_gebruikerId_hash_key" ON "TweestapsHerstelcode"("gebruikerId", "hash");

-- CreateIndex
CREATE INDEX "LoginPoging_createdAt_idx" ON "LoginPoging"("createdAt");

-- CreateIndex
CREATE INDEX "Sessie_beeindigdOp_idx" ON "Sessie"("beeindigdOp");

-- CreateIndex
CREATE INDEX "Sessie_verlooptOp_idx" ON "Sessie"("verlooptOp");

-- AddForeignKey
ALTER TABLE "TweestapsHerstelcode" ADD CONSTRAINT "TweestapsHerstelcode_gebruikerId_fkey" FOREIGN KEY ("gebruikerId") REFERENCES "Gebruiker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

