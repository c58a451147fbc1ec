import type { Db } from "../db";
import { documentsChecklistStatus } from "../documents/checklist";
import { termsChecklistStatus } from "../terms/versions-read";
import { buildChecklist, type ChecklistFacts, type ChecklistItem } from "./checklist";

/**
 * Reads what the onboarding checklist needs about one client (already checked to be the caller's), from
 * this domain and from the terms and documents domains through their exported status functions.
 */
export async function checklistFacts(db: Db, client: { id: string; agencyId: string }, now = new Date()): Promise<ChecklistFacts> {
  const [row, reachableContacts, members, pendingInvitations, terms, documents, dataProcessing, liveHotlines, plans] = await Promise.all([
    db.client.findFirstOrThrow({ where: { id: client.id, agencyId: client.agencyId }, select: { legalName: true, timezone: true } }),
    db.clientContact.count({ where: { clientId: client.id, OR: [{ email: { not: null } }, { phone: { not: null } }] } }),
    db.clientMember.count({ where: { clientId: client.id } }),
    db.invitation.count({ where: { clientId: client.id, status: "PENDING", expiresAt: { gt: now } } }),
    termsChecklistStatus(db, client.id),
    documentsChecklistStatus(db, client.id, now),
    // The documents domain reports contracts only; the recommended agreement is counted here.
    db.complianceDocument.count({ where: { clientId: client.id, agencyId: client.agencyId, kind: "DATA_PROCESSING_AGREEMENT" } }),
    db.hotline.count({ where: { clientId: client.id, agencyId: client.agencyId, status: "ACTIVE", numbers: { some: { releasedAt: null } } } }),
    db.pricePlan.count({ where: { clientId: client.id, agencyId: client.agencyId } }),
  ]);
  return {
    details: { legalName: row.legalName, timezone: row.timezone, reachableContacts },
    terms: { hasApproved: terms.hasApproved, latestState: terms.latestState },
    users: { members, pendingInvitations },
    documents: { hasContract: documents.hasContract, hasDataProcessingAgreement: dataProcessing > 0 },
    hotline: { activeWithNumber: liveHotlines > 0 },
    pricePlan: { exists: plans > 0 },
  };
}

export async function clientChecklist(db: Db, client: { id: string; agencyId: string }): Promise<ChecklistItem[]> {
  return buildChecklist(await checklistFacts(db, client));
}

