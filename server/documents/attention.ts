import type { Db } from "../db";
import { addDays, EXPIRING_WITHIN_DAYS } from "./expiry";
import { documentSelect, presentDocument } from "./documents";

/**
 * The agency's clients' documents that are expired or expire within 30 days (clients that ended are left
 * out), soonest first, each with its client so the page can link to it.
 */
export async function listClientDocumentsNeedingAttention(db: Db, agencyId: string, today: Date) {
  const rows = await db.complianceDocument.findMany({
    where: {
      agencyId,
      clientId: { not: null },
      validUntil: { lte: addDays(today, EXPIRING_WITHIN_DAYS) },
      client: { status: { not: "ENDED" } },
    },
    orderBy: [{ validUntil: "asc" }, { id: "asc" }],
    take: 200,
    select: { ...documentSelect, client: { select: { slug: true, name: true } } },
  });
  return rows.map(({ client, ...row }) => ({ ...presentDocument(row, today), client: client! }));
}
