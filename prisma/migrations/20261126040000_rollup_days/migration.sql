-- CreateTable
CREATE TABLE "CallRollupDay" (
    "agencyId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "hotlineId" TEXT NOT NULL,
    "day" DATE NOT NULL,
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
    "hourlyCalls" INTEGER[],

    CONSTRAINT "CallRollupDay_pkey" PRIMARY KEY ("hotlineId","day")
);

-- CreateIndex
CREATE INDEX "CallRollupDay_clientId_day_idx" ON "CallRollupDay"("clientId", "day");

-- CreateIndex
CREATE INDEX "CallRollupDay_agencyId_day_idx" ON "CallRollupDay"("agencyId", "day");



-- Row-level security, like every tenant table (see 20261126030000_row_level_security; grants come from its default privileges).
ALTER TABLE "CallRollupDay" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CallRollupDay" FOR ALL TO switchboard_app
  USING ("agencyId" = current_setting('app.agency_id', true))
  WITH CHECK ("agencyId" = current_setting('app.agency_id', true));
