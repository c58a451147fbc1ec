import PgBoss from "pg-boss";
import { db } from "../db";
import { deleteUnattachedFiles } from "../documents/files";
import { sendExpiryReminders } from "../documents/expiry-reminders";
import { env } from "../env";
import { logger } from "../logger";
import { pruneLiveEvents } from "../live/prune";
import { sendDigests } from "../reports/digest";
import { rollUpDueCalls } from "../reports/rollups";
import { alertRecentlyRated } from "../billing/alerts";
import { rateDueCalls } from "../billing/usage";
import { fileStorage } from "../storage";
import { sendMeterEventsFor } from "../billing/stripe/meter-schedule";
import { suspendOverdueClients } from "../billing/stripe/dunning";
import { pruneRateLimits } from "../security/rate-limit";
import { purgeExpiredMedia } from "../data/purge-media";
import { telephony } from "../telephony";
import { reconcileOpenCalls } from "../telephony/reconcile-open-calls";

/**
 * A job pg-boss runs on a cron schedule (UTC). `run` is plain code the tests call directly. `expireInSeconds`
 * (default 15 min) bounds a run; it is also how long a run stays "active" when pg-boss could not record its end
 * (PostgreSQL restarted under it: pg-boss does not await complete/fail), blocking the singleton queue meanwhile.
 */
export type ScheduledJob = { name: string; cron: string; run: (now: Date) => Promise<unknown>; expireInSeconds?: number };

export const SCHEDULED_JOBS: ScheduledJob[] = [
  { name: "documents.expiry-reminders", cron: "0 6 * * *", run: (now) => sendExpiryReminders(db, now) },
  { name: "files.unattached-cleanup", cron: "30 3 * * *", run: (now) => deleteUnattachedFiles(db, fileStorage(), now) },
  { name: "live.prune-events", cron: "15 * * * *", run: (now) => pruneLiveEvents(db, now) },
  // Hourly: each client's day ends at its own midnight; the digest of the period just ended goes once.
  // Every minute: settled calls no hook added to the report rollups (a form never submitted, a late voicemail).
  { name: "reports.rollup-sweep", cron: "* * * * *", run: () => rollUpDueCalls(db, 2000) },
  // Every minute: settled calls no hook rated into their UsageRecord (same "settled" rule as the rollups).
  { name: "billing.rating-sweep", cron: "* * * * *", run: () => rateDueCalls(db, 2000) },
  // Every 5 minutes: 80% / 100% of the included minutes, once per period per threshold (clients rated lately).
  { name: "billing.usage-alerts", cron: "*/5 * * * *", run: (now) => alertRecentlyRated(db, now) },
  { name: "reports.digest", cron: "5 * * * *", run: (now) => sendDigests(db, now) },
  // Usage to Stripe: cron ticks once a minute, so each run sends every 10 s for ~50 s (singleton: never two at once).
  // A run lasts ~50 s: expiring it at 2 min means a run orphaned by a database restart holds usage back ~2–3 min, not 15.
  { name: "billing.meter-events", cron: "* * * * *", run: () => sendMeterEventsFor(db, 50_000), expireInSeconds: 120 },
  // Hourly (each agency's N days end at different hours): SUSPEND-policy clients overdue get their hotlines paused.
  { name: "billing.suspend-overdue", cron: "20 * * * *", run: (now) => suspendOverdueClients(db, now) },
  { name: "security.prune-rate-limits", cron: "40 * * * *", run: (now) => pruneRateLimits(db, now) },
  // Every minute: calls left open by a lost final status callback (Twilio never resends it) are closed from the
  // carrier's record. A run is bounded to ~40 s, so it expires at 2 min if a database restart orphans it.
  { name: "telephony.reconcile-open-calls", cron: "* * * * *", run: (now) => reconcileOpenCalls(db, telephony(), now), expireInSeconds: 120 },
  // Daily: recordings and voicemails past each agency's retention are deleted (the calls stay).
  { name: "data.media-retention", cron: "45 2 * * *", run: (now) => purgeExpiredMedia(db, fileStorage(), now) },
];

export type Jobs = { boss: PgBoss; stop: () => Promise<void> };
const globalForBoss = globalThis as unknown as { switchboardJobs?: Promise<Jobs> };

/**
 * Starts this process's one pg-boss (schema `pgboss` in the app's database), makes sure every scheduled
 * job has its queue and cron schedule, and works them here. Schedules live in the database, so however
 * many instances call this, each cron tick makes one job; the jobs themselves are idempotent anyway.
 */
export function startJobs(jobs: ScheduledJob[] = SCHEDULED_JOBS): Promise<Jobs> {
  globalForBoss.switchboardJobs ??= start(jobs).catch((error: unknown) => {
    globalForBoss.switchboardJobs = undefined;
    throw error;
  });
  return globalForBoss.switchboardJobs;
}

async function start(jobs: ScheduledJob[]): Promise<Jobs> {
  // Maintenance (which expires runs orphaned by a lost connection) every 30 s instead of pg-boss's 120 s.
  const boss = new PgBoss({ connectionString: env().DATABASE_URL, schema: "pgboss", application_name: "switchboard-jobs", max: 4, maintenanceIntervalSeconds: 30 });
  let stopping: Promise<void> | undefined;
  boss.on("error", (error: Error & { code?: string }) => {
    // pg-boss hangs its pg client on the error: log what a person needs, not the whole connection.
    const err = { message: error.message, code: error.code, stack: error.stack };
    if (stopping) logger.debug({ err }, "pg-boss error while stopping");
    else logger.error({ err }, "pg-boss error");
  });
  await boss.start();
  for (const job of jobs) {
    // singleton: a second run never starts while one is active; retries with backoff when a run fails.
    const queue = { name: job.name, policy: "singleton" as const, retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: job.expireInSeconds ?? 15 * 60 };
    await boss.createQueue(job.name, queue);
    await boss.updateQueue(job.name, queue); // an existing queue (a database from before) takes changed options too
    await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
    await boss.work(job.name, async () => {
      const result = await job.run(new Date());
      logger.info({ job: job.name, result }, "scheduled job done");
    });
  }
  logger.info({ jobs: jobs.map((j) => `${j.name} (${j.cron} UTC)`) }, "scheduled jobs started");
  const stop = () => {
    stopping ??= boss.stop({ graceful: true, wait: true, timeout: 20_000 }).finally(() => {
      globalForBoss.switchboardJobs = undefined;
    });
    return stopping;
  };
  return { boss, stop };
}
