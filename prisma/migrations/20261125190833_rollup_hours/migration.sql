-- CreateTable
CREATE TABLE "CallRollupHour" (
    "agencyId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "hotlineId" TEXT NOT NULL,
    "hourStart" TIMESTAMPTZ(3) NOT NULL,
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

    CONSTRAINT "CallRollupHour_pkey" PRIMARY KEY ("hotlineId","hourStart")
);

-- CreateIndex
CREATE INDEX "CallRollupHour_clientId_hourStart_idx" ON "CallRollupHour"("clientId", "hourStart");

-- CreateIndex
CREATE INDEX "CallRollupHour_agencyId_hourStart_idx" ON "CallRollupHour"("agencyId", "hourStart");
