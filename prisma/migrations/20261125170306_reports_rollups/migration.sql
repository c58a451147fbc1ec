-- CreateEnum
CREATE TYPE "DigestFrequency" AS ENUM ('OFF', 'DAILY', 'WEEKLY');

-- AlterTable
ALTER TABLE "Call" ADD COLUMN     "rolledUpAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "ClientMember" ADD COLUMN     "digest" "DigestFrequency" NOT NULL DEFAULT 'WEEKLY',
ADD COLUMN     "digestLastPeriod" TEXT;

-- AlterTable
ALTER TABLE "Hotline" ADD COLUMN     "shortAbandonSeconds" INTEGER NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "CallRollup" (
    "agencyId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "hotlineId" TEXT NOT NULL,
    "bucketStart" TIMESTAMPTZ(3) NOT NULL,
    "offered" INTEGER NOT NULL DEFAULT 0,
    "answered" INTEGER NOT NULL DEFAULT 0,
    "abandoned" INTEGER NOT NULL DEFAULT 0,
    "shortAbandoned" INTEGER NOT NULL DEFAULT 0,
    "answeredInSla" INTEGER NOT NULL DEFAULT 0,
    "voicemail" INTEGER NOT NULL DEFAULT 0,
    "afterHours" INTEGER NOT NULL DEFAULT 0,
    "answerWaitSeconds" INTEGER NOT NULL DEFAULT 0,
    "maxWaitSeconds" INTEGER NOT NULL DEFAULT 0,
    "talkSeconds" INTEGER NOT NULL DEFAULT 0,
    "wrapUpSeconds" INTEGER NOT NULL DEFAULT 0,
    "outcomes" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "CallRollup_pkey" PRIMARY KEY ("hotlineId","bucketStart")
);

-- CreateIndex
CREATE INDEX "CallRollup_clientId_bucketStart_idx" ON "CallRollup"("clientId", "bucketStart");

-- CreateIndex
CREATE INDEX "CallRollup_agencyId_bucketStart_idx" ON "CallRollup"("agencyId", "bucketStart");
