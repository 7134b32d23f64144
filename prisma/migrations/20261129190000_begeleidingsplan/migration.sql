-- CreateEnum
CREATE TYPE "ActieVoor" AS ENUM ('INBURGERAAR', 'BEGELEIDER', 'MAATJE', 'ORGANISATIE');

-- CreateEnum
CREATE TYPE "AkkoordWijze" AS ENUM ('MONDELING', 'MONDELING_MET_TOLK', 'ONDERTEKEND');

-- AlterTable
ALTER TABLE "Actie" ADD COLUMN     "organisatie" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "voor" "ActieVoor" NOT NULL DEFAULT 'INBURGERAAR';

-- AlterTable
ALTER TABLE "LeefgebiedScore" ADD COLUMN     "eigenScore" INTEGER;

-- AlterTable
ALTER TABLE "PlanLeefgebied" ADD COLUMN     "streefScore" INTEGER;

-- CreateTable
CREATE TABLE "PlanVersie" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "nummer" INTEGER NOT NULL,
    "akkoordOp" DATE NOT NULL,
    "wijze" "AkkoordWijze" NOT NULL,
    "tolkTaal" TEXT,
    "toelichting" TEXT,
    "inhoud" JSONB NOT NULL,
    "vastgelegdDoorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanVersie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AfspraakDoel" (
    "afspraakId" TEXT NOT NULL,
    "doelId" TEXT NOT NULL,

    CONSTRAINT "AfspraakDoel_pkey" PRIMARY KEY ("afspraakId","doelId")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersie_planId_nummer_key" ON "PlanVersie"("planId", "nummer");

-- CreateIndex
CREATE INDEX "AfspraakDoel_doelId_idx" ON "AfspraakDoel"("doelId");

-- AddForeignKey
ALTER TABLE "PlanVersie" ADD CONSTRAINT "PlanVersie_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Begeleidingsplan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersie" ADD CONSTRAINT "PlanVersie_vastgelegdDoorId_fkey" FOREIGN KEY ("vastgelegdDoorId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AfspraakDoel" ADD CONSTRAINT "AfspraakDoel_afspraakId_fkey" FOREIGN KEY ("afspraakId") REFERENCES "Afspraak"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AfspraakDoel" ADD CONSTRAINT "AfspraakDoel_doelId_fkey" FOREIGN KEY ("doelId") REFERENCES "Doel"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Scores are on the five-step scale (lib/plan/schaal.ts); the database refuses anything else.
ALTER TABLE "LeefgebiedScore" ADD CONSTRAINT "LeefgebiedScore_score_1_5" CHECK ("score" BETWEEN 1 AND 5);
ALTER TABLE "LeefgebiedScore" ADD CONSTRAINT "LeefgebiedScore_eigenScore_1_5" CHECK ("eigenScore" IS NULL OR "eigenScore" BETWEEN 1 AND 5);
ALTER TABLE "PlanLeefgebied" ADD CONSTRAINT "PlanLeefgebied_streefScore_1_5" CHECK ("streefScore" IS NULL OR "streefScore" BETWEEN 1 AND 5);

-- Existing acties: huiswerk is for the inburgeraar, the others were the begeleider's.
UPDATE "Actie" SET "voor" = 'BEGELEIDER' WHERE NOT "isHuiswerk";

-- The schedule is computed from the gemeente's setting now (lib/plan/rules.ts); only recorded
-- meetmomenten are rows, so a schedule change moves every meetmoment not yet recorded.
DELETE FROM "Meetmoment" WHERE "afgenomenOp" IS NULL;
