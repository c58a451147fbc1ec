-- CreateEnum
CREATE TYPE "StripeConnection" AS ENUM ('NONE', 'CONNECT', 'RESTRICTED_KEY');

-- CreateEnum
CREATE TYPE "FailedPaymentAction" AS ENUM ('WARN', 'SUSPEND');

-- CreateEnum
CREATE TYPE "BillableTime" AS ENUM ('TALK', 'TALK_WRAP_UP', 'WHOLE_CALL');

-- CreateEnum
CREATE TYPE "ChargeMode" AS ENUM ('PER_MINUTE', 'PER_CALL');

-- CreateEnum
CREATE TYPE "BillingStatus" AS ENUM ('NONE', 'ACTIVE', 'PAST_DUE', 'UNPAID', 'CANCELED');

-- CreateEnum
CREATE TYPE "UsageKind" AS ENUM ('CALL', 'ADJUSTMENT');

-- CreateEnum
CREATE TYPE "UsageComponent" AS ENUM ('STANDARD', 'AFTER_HOURS', 'NIGHT', 'HOLIDAY', 'AUTOMATED', 'PER_CALL');

-- CreateEnum
CREATE TYPE "MeterEventStatus" AS ENUM ('NONE', 'PENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "PhoneNumber" ADD COLUMN     "carrierRatePerMinute" DECIMAL(14,4);

-- CreateTable
CREATE TABLE "BillingAccount" (
    "agencyId" TEXT NOT NULL,
    "connection" "StripeConnection" NOT NULL DEFAULT 'NONE',
    "stripeAccountId" TEXT,
    "restrictedKeySealed" TEXT,
    "chargesEnabled" BOOLEAN NOT NULL DEFAULT false,
    "currencies" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "meters" JSONB NOT NULL DEFAULT '{}',
    "productId" TEXT,
    "failedPaymentAction" "FailedPaymentAction" NOT NULL DEFAULT 'WARN',
    "suspendAfterDays" INTEGER NOT NULL DEFAULT 7,
    "prorationBehavior" TEXT NOT NULL DEFAULT 'create_prorations',
    "testClockId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BillingAccount_pkey" PRIMARY KEY ("agencyId")
);

-- CreateTable
CREATE TABLE "PricePlan" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "effectiveFrom" TIMESTAMPTZ(3) NOT NULL,
    "currency" TEXT NOT NULL,
    "monthlyFeeMinor" BIGINT NOT NULL DEFAULT 0,
    "setupFeeMinor" BIGINT NOT NULL DEFAULT 0,
    "includedMinutes" INTEGER NOT NULL DEFAULT 0,
    "chargeMode" "ChargeMode" NOT NULL DEFAULT 'PER_MINUTE',
    "ratePerMinute" DECIMAL(14,4) NOT NULL DEFAULT 0,
    "tiers" JSONB,
    "perCallPrice" DECIMAL(14,4),
    "incrementSeconds" INTEGER NOT NULL DEFAULT 60,
    "minimumSeconds" INTEGER NOT NULL DEFAULT 0,
    "billableTime" "BillableTime" NOT NULL DEFAULT 'TALK',
    "freeUnderSeconds" INTEGER NOT NULL DEFAULT 0,
    "afterHoursRatePerMinute" DECIMAL(14,4),
    "nightRatePerMinute" DECIMAL(14,4),
    "nightFromHour" INTEGER NOT NULL DEFAULT 22,
    "nightToHour" INTEGER NOT NULL DEFAULT 8,
    "holidayRatePerMinute" DECIMAL(14,4),
    "automatedRatePerMinute" DECIMAL(14,4),
    "stripePrices" JSONB NOT NULL DEFAULT '{}',
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PricePlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClientBilling" (
    "clientId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "stripeCustomerId" TEXT,
    "stripeSubscriptionId" TEXT,
    "syncedPlanId" TEXT,
    "status" "BillingStatus" NOT NULL DEFAULT 'NONE',
    "pastDueSince" TIMESTAMPTZ(3),
    "periodStart" TIMESTAMPTZ(3),
    "periodEnd" TIMESTAMPTZ(3),
    "alertsSent" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "lastError" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ClientBilling_pkey" PRIMARY KEY ("clientId")
);

-- CreateTable
CREATE TABLE "UsageRecord" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "callId" TEXT NOT NULL,
    "kind" "UsageKind" NOT NULL DEFAULT 'CALL',
    "planId" TEXT NOT NULL,
    "planVersion" INTEGER NOT NULL,
    "component" "UsageComponent" NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "rawSeconds" INTEGER NOT NULL,
    "billableSeconds" INTEGER NOT NULL,
    "billableCalls" INTEGER NOT NULL DEFAULT 0,
    "amountMinor" DECIMAL(18,6) NOT NULL,
    "currency" TEXT NOT NULL,
    "callerPricePerMinute" DECIMAL(12,4),
    "carrierCostMinor" DECIMAL(18,6),
    "adjustsId" TEXT,
    "meterStatus" "MeterEventStatus" NOT NULL DEFAULT 'PENDING',
    "meterError" TEXT,
    "meterAttempts" INTEGER NOT NULL DEFAULT 0,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsageRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceRecord" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "stripeInvoiceId" TEXT NOT NULL,
    "number" TEXT,
    "status" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "subtotalMinor" BIGINT NOT NULL DEFAULT 0,
    "totalMinor" BIGINT NOT NULL DEFAULT 0,
    "amountDueMinor" BIGINT NOT NULL DEFAULT 0,
    "amountPaidMinor" BIGINT NOT NULL DEFAULT 0,
    "periodStart" TIMESTAMPTZ(3) NOT NULL,
    "periodEnd" TIMESTAMPTZ(3) NOT NULL,
    "hostedInvoiceUrl" TEXT,
    "invoicePdf" TEXT,
    "lines" JSONB NOT NULL DEFAULT '[]',
    "paymentFailedAt" TIMESTAMPTZ(3),
    "paidAt" TIMESTAMPTZ(3),
    "lastEventCreated" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "InvoiceRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "account" TEXT,
    "agencyId" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PricePlan_clientId_effectiveFrom_idx" ON "PricePlan"("clientId", "effectiveFrom");

-- CreateIndex
CREATE INDEX "PricePlan_agencyId_idx" ON "PricePlan"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "PricePlan_clientId_version_key" ON "PricePlan"("clientId", "version");

-- CreateIndex
CREATE INDEX "ClientBilling_agencyId_idx" ON "ClientBilling"("agencyId");

-- CreateIndex
CREATE INDEX "ClientBilling_stripeCustomerId_idx" ON "ClientBilling"("stripeCustomerId");

-- CreateIndex
CREATE INDEX "UsageRecord_clientId_occurredAt_idx" ON "UsageRecord"("clientId", "occurredAt");

-- CreateIndex
CREATE INDEX "UsageRecord_agencyId_meterStatus_idx" ON "UsageRecord"("agencyId", "meterStatus");

-- CreateIndex
CREATE INDEX "UsageRecord_callId_idx" ON "UsageRecord"("callId");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceRecord_stripeInvoiceId_key" ON "InvoiceRecord"("stripeInvoiceId");

-- CreateIndex
CREATE INDEX "InvoiceRecord_clientId_periodStart_idx" ON "InvoiceRecord"("clientId", "periodStart" DESC);

-- CreateIndex
CREATE INDEX "InvoiceRecord_agencyId_idx" ON "InvoiceRecord"("agencyId");

-- AddForeignKey
ALTER TABLE "BillingAccount" ADD CONSTRAINT "BillingAccount_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PricePlan" ADD CONSTRAINT "PricePlan_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientBilling" ADD CONSTRAINT "ClientBilling_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageRecord" ADD CONSTRAINT "UsageRecord_planId_fkey" FOREIGN KEY ("planId") REFERENCES "PricePlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A completed call is rated exactly once, however often or wherever its completion is processed.
CREATE UNIQUE INDEX "UsageRecord_one_rating_per_call" ON "UsageRecord" ("callId") WHERE "kind" = 'CALL';
-- The meter-event sender's queue: only rows still to send.
CREATE INDEX "UsageRecord_meter_pending" ON "UsageRecord" ("agencyId", "createdAt") WHERE "meterStatus" = 'PENDING';
-- Issue 7: the rollup sweep finds calls not rolled up yet without scanning all calls.
CREATE INDEX IF NOT EXISTS "Call_not_rolled_up" ON "Call" ("endedAt") WHERE "rolledUpAt" IS NULL;
