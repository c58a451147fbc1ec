-- CreateEnum
CREATE TYPE "PresenceState" AS ENUM ('OFFLINE', 'AVAILABLE', 'ON_CALL', 'WRAP_UP', 'BREAK');

-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('RINGING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MessageChannel" AS ENUM ('EMAIL', 'SMS');

-- CreateEnum
CREATE TYPE "MessageStatus" AS ENUM ('QUEUED', 'SENT', 'DELIVERED', 'OPENED', 'ACKNOWLEDGED', 'ESCALATED', 'FAILED');

-- CreateTable
CREATE TABLE "OperatorProfile" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "languages" TEXT[] DEFAULT ARRAY['ru']::TEXT[],
    "hireDate" DATE,
    "maxConcurrent" INTEGER NOT NULL DEFAULT 1,
    "presence" "PresenceState" NOT NULL DEFAULT 'OFFLINE',
    "presenceReason" TEXT,
    "presenceSince" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastHeartbeatAt" TIMESTAMPTZ(3),
    "idleSince" TIMESTAMPTZ(3),
    "currentCallId" TEXT,
    "bot" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OperatorProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OperatorSkill" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "operatorProfileId" TEXT NOT NULL,
    "hotlineId" TEXT,
    "clientId" TEXT,
    "level" INTEGER NOT NULL DEFAULT 3,

    CONSTRAINT "OperatorSkill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PresenceLog" (
    "id" BIGSERIAL NOT NULL,
    "agencyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "state" "PresenceState" NOT NULL,
    "reason" TEXT,
    "changedBy" TEXT,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PresenceLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CallOffer" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "callId" TEXT NOT NULL,
    "operatorUserId" TEXT NOT NULL,
    "status" "OfferStatus" NOT NULL DEFAULT 'RINGING',
    "offeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "respondedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CallOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveEvent" (
    "id" BIGSERIAL NOT NULL,
    "agencyId" TEXT NOT NULL,
    "userId" TEXT,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "callId" TEXT NOT NULL,
    "channel" "MessageChannel" NOT NULL,
    "recipientName" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "requiresAck" BOOLEAN NOT NULL DEFAULT false,
    "ackTokenHash" TEXT,
    "ackDeadline" TIMESTAMPTZ(3),
    "escalationStep" INTEGER NOT NULL DEFAULT 0,
    "escalatedFromId" TEXT,
    "status" "MessageStatus" NOT NULL DEFAULT 'QUEUED',
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sentAt" TIMESTAMPTZ(3),
    "acknowledgedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MessageEvent" (
    "id" BIGSERIAL NOT NULL,
    "agencyId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "status" "MessageStatus" NOT NULL,
    "detail" TEXT,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MessageEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OperatorProfile_agencyId_presence_idleSince_idx" ON "OperatorProfile"("agencyId", "presence", "idleSince");

-- CreateIndex
CREATE UNIQUE INDEX "OperatorProfile_agencyId_userId_key" ON "OperatorProfile"("agencyId", "userId");

-- CreateIndex
CREATE INDEX "OperatorSkill_agencyId_hotlineId_idx" ON "OperatorSkill"("agencyId", "hotlineId");

-- CreateIndex
CREATE INDEX "OperatorSkill_agencyId_clientId_idx" ON "OperatorSkill"("agencyId", "clientId");

-- CreateIndex
CREATE UNIQUE INDEX "OperatorSkill_operatorProfileId_hotlineId_clientId_key" ON "OperatorSkill"("operatorProfileId", "hotlineId", "clientId");

-- CreateIndex
CREATE INDEX "PresenceLog_agencyId_userId_startedAt_idx" ON "PresenceLog"("agencyId", "userId", "startedAt");

-- CreateIndex
CREATE INDEX "PresenceLog_agencyId_startedAt_idx" ON "PresenceLog"("agencyId", "startedAt");

-- CreateIndex
CREATE INDEX "CallOffer_agencyId_status_expiresAt_idx" ON "CallOffer"("agencyId", "status", "expiresAt");

-- CreateIndex
CREATE INDEX "CallOffer_callId_idx" ON "CallOffer"("callId");

-- CreateIndex
CREATE INDEX "CallOffer_operatorUserId_status_idx" ON "CallOffer"("operatorUserId", "status");

-- CreateIndex
CREATE INDEX "LiveEvent_agencyId_id_idx" ON "LiveEvent"("agencyId", "id");

-- CreateIndex
CREATE INDEX "LiveEvent_createdAt_idx" ON "LiveEvent"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Message_ackTokenHash_key" ON "Message"("ackTokenHash");

-- CreateIndex
CREATE INDEX "Message_agencyId_createdAt_idx" ON "Message"("agencyId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_callId_idx" ON "Message"("callId");

-- CreateIndex
CREATE INDEX "Message_status_ackDeadline_idx" ON "Message"("status", "ackDeadline");

-- CreateIndex
CREATE INDEX "MessageEvent_messageId_occurredAt_idx" ON "MessageEvent"("messageId", "occurredAt");

-- AddForeignKey
ALTER TABLE "OperatorSkill" ADD CONSTRAINT "OperatorSkill_operatorProfileId_fkey" FOREIGN KEY ("operatorProfileId") REFERENCES "OperatorProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageEvent" ADD CONSTRAINT "MessageEvent_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The database refuses a double assignment: one live offer per call, one ringing offer per operator.
CREATE UNIQUE INDEX "CallOffer_one_live_per_call" ON "CallOffer"("callId") WHERE status IN ('RINGING', 'ACCEPTED');
CREATE UNIQUE INDEX "CallOffer_one_ringing_per_operator" ON "CallOffer"("operatorUserId") WHERE status = 'RINGING';
