import { env } from "../env";
import { logger } from "../logger";

/**
 * The background side of the product: the outbox worker, the ACD loop, the demo bots (emulator mode only)
 * and the scheduled jobs (pg-boss, unless JOBS=off). Every piece is safe to run in several processes at once
 * (SKIP LOCKED claims, pg-boss singletons), so it runs inside each Next.js instance (instrumentation.ts) and
 * in the standalone worker (scripts/worker.ts, `npm run worker`) alike. Returns a stop function.
 */
export async function startBackgroundWork(): Promise<() => Promise<void>> {
  const { startOutboxWorker } = await import("./worker");
  const { startAcdLoop } = await import("../acd/loop");
  const stops: (() => Promise<void>)[] = [startOutboxWorker(), startAcdLoop()];
  // Demo only (carrier emulator): operators switched to "bot" on the wallboard answer their offers by
  // themselves. Two processes' runners may race for one offer; accepting is a CONFLICT for the loser.
  if (!env().TWILIO_ACCOUNT_SID) {
    const { startBotRunner } = await import("../wallboard/bots");
    stops.push(startBotRunner());
  }
  if (env().JOBS === "on") {
    const { startJobs } = await import("./boss");
    // Not awaited: requests are served while pg-boss installs its schema. If it cannot start, the process
    // carries on without its scheduled jobs rather than not at all, and the log says why.
    void startJobs().then(
      (jobs) => void stops.push(jobs.stop),
      (err: unknown) => logger.error({ err }, "scheduled jobs (pg-boss) could not start"),
    );
  }
  return async () => {
    await Promise.allSettled(stops.map((stop) => stop()));
  };
}
