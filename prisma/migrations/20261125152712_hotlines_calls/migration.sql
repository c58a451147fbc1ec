-- CreateEnum
CREATE TYPE "PhoneNumberKind" AS ENUM ('LOCAL', 'TOLL_FREE', 'FORWARDED');

-- CreateEnum
CREATE TYPE "TelephonyProvider" AS ENUM ('TWILIO', 'EMULATOR', 'CLIENT');

-- CreateEnum
CREATE TYPE "HotlineStatus" AS ENUM ('ACTIVE', 'PAUSED');

-- CreateEnum
CREATE TYPE "OverflowAction" AS ENUM ('VOICEMAIL', 'FORWARD');

-- CreateEnum
CREATE TYPE "AfterHoursMode" AS ENUM ('FROM_TERMS', 'VOICEMAIL', 'FORWARD');

-- CreateEnum
CREATE TYPE "CallerPricing" AS ENUM ('FREE', 'PER_MINUTE');

-- CreateEnum
CREATE TYPE "CallStatus" AS ENUM ('RINGING', 'IN_MENU', 'QUEUED', 'OFFERED', 'CONNECTED', 'WRAP_UP', 'COMPLETED', 'ABANDONED', 'VOICEMAIL', 'FAILED');

-- CreateEnum
CREATE TYPE "CallRoute" AS ENUM ('QUEUE', 'AFTER_HOURS', 'OVERFLOW', 'PAUSED');

-- CreateTable
CREATE TABLE "PhoneNumber" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "hotlineId" TEXT,
    "e164" TEXT NOT NULL,
    "kind" "PhoneNumberKind" NOT NULL,
    "provider" "TelephonyProvider" NOT NULL,
    "providerSid" TEXT,
    "friendlyName" TEXT,
    "capacity" INTEGER NOT NULL DEFAULT 10,
    "forwardsToId" TEXT,
    "forwardingVerifiedAt" TIMESTAMPTZ(3),
    "releasedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PhoneNumber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Hotline" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "HotlineStatus" NOT NULL DEFAULT 'ACTIVE',
    "languages" TEXT[] DEFAULT ARRAY['ru']::TEXT[],
    "priority" INTEGER NOT NULL DEFAULT 5,
    "maxWaitSeconds" INTEGER NOT NULL DEFAULT 120,
    "maxQueueSize" INTEGER NOT NULL DEFAULT 20,
    "wrapUpSeconds" INTEGER NOT NULL DEFAULT 30,
    "overflowAction" "OverflowAction" NOT NULL DEFAULT 'VOICEMAIL',
    "overflowForwardTo" TEXT,
    "afterHoursMode" "AfterHoursMode" NOT NULL DEFAULT 'FROM_TERMS',
    "afterHoursForwardTo" TEXT,
    "recordingEnabled" BOOLEAN NOT NULL DEFAULT false,
    "recordingConsent" JSONB NOT NULL DEFAULT '{}',
    "menu" JSONB,
    "callerPricing" "CallerPricing" NOT NULL DEFAULT 'FREE',
    "callerPricePerMinute" DECIMAL(12,4),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Hotline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Call" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "hotlineId" TEXT NOT NULL,
    "phoneNumberId" TEXT,
    "provider" "TelephonyProvider" NOT NULL,
    "providerCallId" TEXT NOT NULL,
    "fromNumber" TEXT NOT NULL,
    "toNumber" TEXT NOT NULL,
    "callerName" TEXT,
    "forwardedFrom" TEXT,
    "status" "CallStatus" NOT NULL DEFAULT 'RINGING',
    "route" "CallRoute" NOT NULL DEFAULT 'QUEUE',
    "language" TEXT NOT NULL,
    "termsVersionId" TEXT,
    "termsVersionNumber" INTEGER,
    "menuDigits" TEXT,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "menuAt" TIMESTAMPTZ(3),
    "queuedAt" TIMESTAMPTZ(3),
    "offeredAt" TIMESTAMPTZ(3),
    "connectedAt" TIMESTAMPTZ(3),
    "wrapUpAt" TIMESTAMPTZ(3),
    "endedAt" TIMESTAMPTZ(3),
    "waitSeconds" INTEGER,
    "talkSeconds" INTEGER,
    "durationSeconds" INTEGER,
    "operatorUserId" TEXT,
    "outcome" TEXT,
    "formData" JSONB,
    "notes" TEXT,
    "forwardedTo" TEXT,
    "voicemailUrl" TEXT,
    "voicemailSeconds" INTEGER,
    "recordingUrl" TEXT,
    "recordingSeconds" INTEGER,
    "callerPricePerMinute" DECIMAL(12,4),
    "carrierStatus" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Call_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CallEvent" (
    "id" BIGSERIAL NOT NULL,
    "agencyId" TEXT NOT NULL,
    "callId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CallEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TelephonyRejection" (
    "id" BIGSERIAL NOT NULL,
    "agencyId" TEXT,
    "endpoint" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "callSid" TEXT,
    "toNumber" TEXT,
    "fromNumber" TEXT,
    "params" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TelephonyRejection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PhoneNumber_agencyId_releasedAt_idx" ON "PhoneNumber"("agencyId", "releasedAt");

-- CreateIndex
CREATE INDEX "PhoneNumber_hotlineId_idx" ON "PhoneNumber"("hotlineId");

-- CreateIndex
CREATE INDEX "PhoneNumber_e164_idx" ON "PhoneNumber"("e164");

-- CreateIndex
CREATE INDEX "Hotline_agencyId_idx" ON "Hotline"("agencyId");

-- CreateIndex
CREATE INDEX "Hotline_clientId_idx" ON "Hotline"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "Call_providerCallId_key" ON "Call"("providerCallId");

-- CreateIndex
CREATE INDEX "Call_agencyId_startedAt_idx" ON "Call"("agencyId", "startedAt" DESC);

-- CreateIndex
CREATE INDEX "Call_clientId_startedAt_idx" ON "Call"("clientId", "startedAt" DESC);

-- CreateIndex
CREATE INDEX "Call_hotlineId_status_idx" ON "Call"("hotlineId", "status");

-- CreateIndex
CREATE INDEX "Call_agencyId_fromNumber_idx" ON "Call"("agencyId", "fromNumber");

-- CreateIndex
CREATE INDEX "CallEvent_agencyId_idx" ON "CallEvent"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "CallEvent_callId_dedupeKey_key" ON "CallEvent"("callId", "dedupeKey");

-- CreateIndex
CREATE INDEX "TelephonyRejection_createdAt_idx" ON "TelephonyRejection"("createdAt");

-- CreateIndex
CREATE INDEX "TelephonyRejection_agencyId_createdAt_idx" ON "TelephonyRejection"("agencyId", "createdAt");

-- AddForeignKey
ALTER TABLE "PhoneNumber" ADD CONSTRAINT "PhoneNumber_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhoneNumber" ADD CONSTRAINT "PhoneNumber_hotlineId_fkey" FOREIGN KEY ("hotlineId") REFERENCES "Hotline"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhoneNumber" ADD CONSTRAINT "PhoneNumber_forwardsToId_fkey" FOREIGN KEY ("forwardsToId") REFERENCES "PhoneNumber"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hotline" ADD CONSTRAINT "Hotline_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hotline" ADD CONSTRAINT "Hotline_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Call" ADD CONSTRAINT "Call_hotlineId_fkey" FOREIGN KEY ("hotlineId") REFERENCES "Hotline"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Call" ADD CONSTRAINT "Call_phoneNumberId_fkey" FOREIGN KEY ("phoneNumberId") REFERENCES "PhoneNumber"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallEvent" ADD CONSTRAINT "CallEvent_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A number is unique among the numbers not released: a released number may be bought again later.
CREATE UNIQUE INDEX "PhoneNumber_e164_active_key" ON "PhoneNumber"("e164") WHERE "releasedAt" IS NULL;

-- CallEvent is append-only: the Call row is its projection, so history must never change.
CREATE FUNCTION call_event_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'CallEvent is append-only (% refused)', TG_OP USING ERRCODE = 'check_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER call_event_append_only
  BEFORE UPDATE OR DELETE ON "CallEvent"
  FOR EACH ROW EXECUTE FUNCTION call_event_append_only();
