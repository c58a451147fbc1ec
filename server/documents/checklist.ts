import type { Db } from "../db";
import { calendarDateIn, expiryOf } from "./expiry";

export type DocumentsChecklistStatus = {
  total: number;
  /** A CONTRACT that has not expired. */
  hasContract: boolean;
  expired: number;
  expiringSoon: number;
};

/**
 * The documents item of a client's onboarding checklist. The caller passes a client id it has already
 * looked up inside its tenant. Dates are judged on the agency's calendar, like the badges.
 */
export async function documentsChecklistStatus(db: Db, clientId: string, now = new Date()): Promise<DocumentsChecklistStatus> {
  const client = await db.client.findUnique({
    where: { id: clientId },
    select: { agency: { select: { timezone: true } }, documents: { select: { kind: true, validUntil: true } } },
  });
  if (!client) return { total: 0, hasContract: false, expired: 0, expiringSoon: 0 };
  const today = calendarDateIn(now, client.agency.timezone);
  const docs = client.documents.map((d) => ({ kind: d.kind, status: expiryOf(d.validUntil, today).status }));
  return {
    total: docs.length,
    hasContract: docs.some((d) => d.kind === "CONTRACT" && d.status !== "expired"),
    expired: docs.filter((d) => d.status === "expired").length,
    expiringSoon: docs.filter((d) => d.status === "expiring").length,
  };
}
