-- CreateEnum
CREATE TYPE "ClientStatus" AS ENUM ('ONBOARDING', 'ACTIVE', 'SUSPENDED', 'ENDED');

-- CreateEnum
CREATE TYPE "TermsState" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('BUSINESS_LICENCE', 'TELECOM_PERMIT', 'CONTRACT', 'DATA_PROCESSING_AGREEMENT', 'RECORDING_CONSENT', 'OTHER');

-- DropIndex
DROP INDEX "Client_agencyId_idx";

-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "country" TEXT NOT NULL DEFAULT 'RU',
ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'RUB',
ADD COLUMN     "legalName" TEXT,
ADD COLUMN     "locale" "Locale" NOT NULL DEFAULT 'ru',
ADD COLUMN     "status" "ClientStatus" NOT NULL DEFAULT 'ONBOARDING',
ADD COLUMN     "statusChangedAt" TIMESTAMPTZ(3),
ADD COLUMN     "taxId" TEXT,
ADD COLUMN     "timezone" TEXT NOT NULL DEFAULT 'Europe/Moscow';

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "clientId" TEXT,
ADD COLUMN     "clientRole" "ClientRole",
ALTER COLUMN "role" DROP NOT NULL;

-- CreateTable
CREATE TABLE "ClientContact" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClientContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TermsVersion" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "state" "TermsState" NOT NULL DEFAULT 'DRAFT',
    "document" JSONB NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" TEXT,
    "approvedAt" TIMESTAMPTZ(3),
    "approvedById" TEXT,
    "approvedOnBehalf" BOOLEAN NOT NULL DEFAULT false,
    "effectiveFrom" TIMESTAMPTZ(3),
    "supersededAt" TIMESTAMPTZ(3),
    "changesRequestedComment" TEXT,
    "changesRequestedAt" TIMESTAMPTZ(3),
    "changesRequestedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TermsVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnCallEntry" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "personName" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "escalationOrder" INTEGER NOT NULL DEFAULT 1,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OnCallEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplianceDocument" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "clientId" TEXT,
    "kind" "DocumentKind" NOT NULL,
    "title" TEXT,
    "number" TEXT,
    "issuer" TEXT,
    "validFrom" DATE,
    "validUntil" DATE,
    "fileId" TEXT,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ComplianceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClientContact_clientId_position_idx" ON "ClientContact"("clientId", "position");

-- CreateIndex
CREATE INDEX "ClientContact_agencyId_idx" ON "ClientContact"("agencyId");

-- CreateIndex
CREATE INDEX "TermsVersion_agencyId_idx" ON "TermsVersion"("agencyId");

-- CreateIndex
CREATE INDEX "TermsVersion_clientId_state_effectiveFrom_idx" ON "TermsVersion"("clientId", "state", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "TermsVersion_clientId_number_key" ON "TermsVersion"("clientId", "number");

-- CreateIndex
CREATE INDEX "OnCallEntry_clientId_startsAt_idx" ON "OnCallEntry"("clientId", "startsAt");

-- CreateIndex
CREATE INDEX "OnCallEntry_agencyId_idx" ON "OnCallEntry"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "ComplianceDocument_fileId_key" ON "ComplianceDocument"("fileId");

-- CreateIndex
CREATE INDEX "ComplianceDocument_agencyId_validUntil_idx" ON "ComplianceDocument"("agencyId", "validUntil");

-- CreateIndex
CREATE INDEX "ComplianceDocument_clientId_idx" ON "ComplianceDocument"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "StoredFile_agencyId_idx" ON "StoredFile"("agencyId");

-- CreateIndex
CREATE INDEX "Client_agencyId_status_idx" ON "Client"("agencyId", "status");

-- CreateIndex
CREATE INDEX "Invitation_clientId_status_idx" ON "Invitation"("clientId", "status");

-- AddForeignKey
ALTER TABLE "ClientContact" ADD CONSTRAINT "ClientContact_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermsVersion" ADD CONSTRAINT "TermsVersion_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnCallEntry" ADD CONSTRAINT "OnCallEntry_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplianceDocument" ADD CONSTRAINT "ComplianceDocument_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplianceDocument" ADD CONSTRAINT "ComplianceDocument_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplianceDocument" ADD CONSTRAINT "ComplianceDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An invitation is either to the agency (role) or to one client's portal (clientId + clientRole).
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_target_check" CHECK (
  ("role" IS NOT NULL AND "clientId" IS NULL AND "clientRole" IS NULL)
  OR ("role" IS NULL AND "clientId" IS NOT NULL AND "clientRole" IS NOT NULL)
);

-- Terms of reference: an approved version is immutable, in the database and not only in the UI.
-- The one change allowed is APPROVED -> SUPERSEDED (with supersededAt); nothing approved is deleted.
CREATE FUNCTION "terms_version_guard"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."state" IN ('APPROVED', 'SUPERSEDED') THEN
      RAISE EXCEPTION 'terms version % is approved and cannot be deleted', OLD."id" USING ERRCODE = 'P0001';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD."state" = 'SUPERSEDED' THEN
    RAISE EXCEPTION 'terms version % is superseded and cannot be changed', OLD."id" USING ERRCODE = 'P0001';
  END IF;
  IF OLD."state" = 'APPROVED' THEN
    IF NEW."state" <> 'SUPERSEDED'
       OR NEW."document" IS DISTINCT FROM OLD."document"
       OR NEW."number" <> OLD."number"
       OR NEW."clientId" <> OLD."clientId"
       OR NEW."agencyId" <> OLD."agencyId"
       OR NEW."approvedAt" IS DISTINCT FROM OLD."approvedAt"
       OR NEW."approvedById" IS DISTINCT FROM OLD."approvedById"
       OR NEW."effectiveFrom" IS DISTINCT FROM OLD."effectiveFrom" THEN
      RAISE EXCEPTION 'terms version % is approved and cannot be changed', OLD."id" USING ERRCODE = 'P0001';
    END IF;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "TermsVersion_immutable"
  BEFORE UPDATE OR DELETE ON "TermsVersion"
  FOR EACH ROW EXECUTE FUNCTION "terms_version_guard"();
