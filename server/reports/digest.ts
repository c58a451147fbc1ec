import type { Db } from "../db";
import { env } from "../env";
import { isLocale } from "../i18n/locale";
import { enqueueEmail } from "../jobs/outbox";
import { logger } from "../logger";
import { localDate } from "../metrics/periods";
import { clientDashboard } from "./dashboard";
import { digestEmail } from "./digest-email";
import { digestPeriod } from "./digest-period";

/**
 * The hourly digest job: every client user with a DAILY or WEEKLY digest gets the KPIs of the period that
 * just ended in their client's zone, in their language, ONCE per period however many instances run. The
 * claim is a conditional UPDATE of `digestLastPeriod` (a second sender waits on the row lock, then finds
 * the period taken and updates nothing); the e-mail is queued in the same transaction with a dedupe key,
 * so a failure rolls the claim back and the next hour tries again. Returns how many digests it queued.
 */
export async function sendDigests(db: Db, now: Date): Promise<number> {
  const members = await db.clientMember.findMany({
    where: { digest: { not: "OFF" }, client: { status: { not: "ENDED" } } },
    orderBy: { id: "asc" },
    select: {
      id: true, agencyId: true, digest: true, digestLastPeriod: true,
      user: { select: { email: true, locale: true } },
      client: { select: { id: true, slug: true, name: true, timezone: true, locale: true } },
    },
  });
  let queued = 0;
  let failures = 0;
  for (const m of members) {
    if (m.digest === "OFF") continue;
    const { key, period, range } = digestPeriod(m.digest, m.client.timezone, now);
    if (m.digestLastPeriod === key) continue;
    try {
      const dashboard = await clientDashboard(db, { agencyId: m.agencyId, clientId: m.client.id, period, now });
      const locale = isLocale(m.user.locale) ? m.user.locale : isLocale(m.client.locale) ? m.client.locale : "en";
      const mail = digestEmail(locale, {
        clientName: m.client.name, frequency: m.digest,
        firstDay: localDate(range.from, m.client.timezone), lastDay: localDate(new Date(range.to.getTime() - 1), m.client.timezone),
        offered: dashboard.current.offered, answered: dashboard.current.answered, abandoned: dashboard.current.abandoned,
        serviceLevel: dashboard.current.serviceLevel, slaPercent: dashboard.sla?.percent ?? null,
        asaSeconds: dashboard.current.asaSeconds, talkMinutes: dashboard.current.talkMinutes,
        link: `${env().PUBLIC_URL}/portal/${m.client.slug}`,
      });
      const sent = await db.$transaction(async (tx) => {
        const claimed = await tx.$executeRaw`
          UPDATE "ClientMember" SET "digestLastPeriod" = ${key}
          WHERE "id" = ${m.id} AND "digest" = ${m.digest}::"DigestFrequency" AND "digestLastPeriod" IS DISTINCT FROM ${key}`;
        if (claimed !== 1) return false;
        await enqueueEmail(tx, { agencyId: m.agencyId, dedupeKey: `digest:${m.id}:${key}`, to: m.user.email, ...mail });
        return true;
      });
      if (sent) queued++;
    } catch (error) {
      failures++;
      logger.error({ err: error, clientMemberId: m.id }, "could not queue a digest");
    }
  }
  // The others are queued; failing makes pg-boss retry the rest (the sent ones are claimed already).
  if (failures > 0) throw new Error(`${failures} digest(s) could not be queued`);
  return queued;
}
