-- AlterTable
ALTER TABLE "Inburgeraar" ADD COLUMN     "geanonimiseerdOp" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Organisatie" ADD COLUMN     "bewaartermijnMaanden" INTEGER NOT NULL DEFAULT 24;

