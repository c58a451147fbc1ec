import type { Db } from "../db";
import { env } from "../env";
import { isLocale } from "../i18n/locale";
import { enqueueEmail } from "../jobs/outbox";
import { isUniqueViolation } from "../lib/app-error";
import { logger } from "../logger";
import { addDays, calendarDateIn, daysBetween, reminderThreshold, toDateString } from "./expiry";
import { expiryReminderEmail } from "./expiry-email";

/** The outbox key of one reminder: per document, threshold and expiry date (a renewed document is reminded again). */
export function expiryReminderKey(documentId: string, threshold: number, validUntil: Date): string {
  return `doc-expiry:${documentId}:${threshold}:${toDateString(validUntil)}`;
}

/**
 * The daily job's work: for every document that has crossed the 30-day or the 7-day threshold before its
 * expiry (on its agency's calendar), queue one e-mail to the agency's owners and admins. The outbox's
 * unique dedupe key makes it once per threshold however often this runs and however many instances run
 * it at the same time. Returns how many e-mails it queued.
 */
export async function sendExpiryReminders(db: Db, now: Date): Promise<number> {
  // Every agency's "today" is within a day of UTC's: fetch a window wide enough, decide per agency below.
  const utcToday = calendarDateIn(now, "UTC");
  const docs = await db.complianceDocument.findMany({
    where: {
      validUntil: { gte: addDays(utcToday, -1), lte: addDays(utcToday, 31) },
      OR: [{ clientId: null }, { client: { status: { not: "ENDED" } } }],
    },
    orderBy: { id: "asc" },
    select: {
      id: true,
      kind: true,
      title: true,
      number: true,
      validUntil: true,
      agency: { select: { id: true, slug: true, name: true, timezone: true, locale: true } },
      client: { select: { slug: true, name: true } },
    },
  });
  const recipients = new Map<string, string[]>();
  let queued = 0;
  let failures = 0;
  for (const doc of docs) {
    const validUntil = doc.validUntil!;
    const daysLeft = daysBetween(calendarDateIn(now, doc.agency.timezone), validUntil);
    const threshold = reminderThreshold(daysLeft);
    if (!threshold) continue;
    const dedupeKey = expiryReminderKey(doc.id, threshold, validUntil);
    try {
      if (await db.outboxEvent.findUnique({ where: { dedupeKey }, select: { id: true } })) continue;
      if (!recipients.has(doc.agency.id)) recipients.set(doc.agency.id, await agencyAdmins(db, doc.agency.id));
      const to = recipients.get(doc.agency.id)!;
      if (to.length === 0) continue;
      const base = `${env().PUBLIC_URL}/a/${doc.agency.slug}`;
      const mail = expiryReminderEmail(isLocale(doc.agency.locale) ? doc.agency.locale : "en", {
        agencyName: doc.agency.name,
        clientName: doc.client?.name ?? null,
        kind: doc.kind,
        title: doc.title,
        number: doc.number,
        validUntil,
        daysLeft,
        link: doc.client ? `${base}/clients/${doc.client.slug}/documents` : `${base}/documents`,
      });
      // One e-mail to all of them (they are colleagues), so one key stands for the whole reminder.
      await db.$transaction((tx) => enqueueEmail(tx, { agencyId: doc.agency.id, dedupeKey, to: to.join(", "), ...mail }));
      queued++;
    } catch (error) {
      // Another instance queued the same reminder at the same moment: it is sent once, by that one.
      if (isUniqueViolation(error)) continue;
      failures++;
      logger.error({ err: error, documentId: doc.id }, "could not queue a document expiry reminder");
    }
  }
  // The others are queued; failing the job makes pg-boss retry the rest (the queued ones are skipped).
  if (failures > 0) throw new Error(`${failures} expiry reminder(s) could not be queued`);
  return queued;
}

async function agencyAdmins(db: Db, agencyId: string): Promise<string[]> {
  const members = await db.agencyMember.findMany({
    where: { agencyId, role: { in: ["OWNER", "ADMIN"] } },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { email: true } } },
  });
  return members.map((m) => m.user.email);
}
