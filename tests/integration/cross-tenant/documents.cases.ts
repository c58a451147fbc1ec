import { db } from "@/server/db";
import { storageKeyFor } from "@/server/documents/file-scope";
import type { DomainCases } from "./world";

/** Victim rows made straight in the database: every call here is refused before it reaches storage. */
async function file(agencyId: string, clientId: string | null, label: string) {
  return db.storedFile.create({
    data: { agencyId, storageKey: storageKeyFor({ agencyId, clientId }, `victim-${label}-${Date.now()}`), filename: `${label}.pdf`, contentType: "application/pdf", size: 10, sha256: "0".repeat(64) },
    select: { id: true },
  });
}

export const cases: DomainCases = async ({ victim, victimClient }) => {
  const agencyId = victim.agency.id;
  const agencyDoc = await db.complianceDocument.create({
    data: { agencyId, kind: "TELECOM_PERMIT", number: "V-1", validUntil: new Date("2030-01-01"), fileId: (await file(agencyId, null, "permit")).id, uploadedById: victim.users.ADMIN.id },
  });
  const clientDoc = await db.complianceDocument.create({
    data: {
      agencyId,
      clientId: victimClient.id,
      kind: "RECORDING_CONSENT",
      fileId: (await file(agencyId, victimClient.id, "consent")).id,
      uploadedById: victimClient.users.CLIENT_ADMIN.id, // added in the portal, so its CLIENT_ADMIN may change it
    },
  });
  const freeAgencyFile = await file(agencyId, null, "free");
  const freeClientFile = await file(agencyId, victimClient.id, "free-client");
  const fields = { kind: "CONTRACT" as const, title: "Intruder", number: "X", issuer: "", validFrom: "", validUntil: "" };

  return {
    "document.list": { kind: "agency", call: (c, s) => c.document.list({ agencySlug: s.agencySlug }) },
    "document.attention": { kind: "agency", call: (c, s) => c.document.attention({ agencySlug: s.agencySlug }) },
    "document.clientList": { kind: "agency", withOwnSlug: true, call: (c, s) => c.document.clientList(s) },
    "document.create": { kind: "agency", withOwnSlug: true, call: (c, s) => c.document.create({ agencySlug: s.agencySlug, ...fields, fileId: freeAgencyFile.id }) },
    "document.createForClient": { kind: "agency", withOwnSlug: true, call: (c, s) => c.document.createForClient({ ...s, ...fields, fileId: freeClientFile.id }) },
    "document.update": {
      kind: "agency",
      withOwnSlug: true,
      call: (c, s) => c.document.update({ agencySlug: s.agencySlug, documentId: agencyDoc.id, ...fields, fileId: freeAgencyFile.id }),
    },
    "document.delete": { kind: "agency", withOwnSlug: true, call: (c, s) => c.document.delete({ agencySlug: s.agencySlug, documentId: clientDoc.id }) },

    "document.portalList": { kind: "portal", call: (c, s) => c.document.portalList(s) },
    "document.portalCreate": { kind: "portal", call: (c, s) => c.document.portalCreate({ ...s, ...fields, fileId: freeClientFile.id }) },
    "document.portalUpdate": { kind: "portal", call: (c, s) => c.document.portalUpdate({ ...s, documentId: clientDoc.id, ...fields }) },
    "document.portalDelete": { kind: "portal", call: (c, s) => c.document.portalDelete({ ...s, documentId: clientDoc.id }) },
  };
};
