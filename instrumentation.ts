// Runs once when a Next.js server instance starts. Background work that every instance may share
// (the outbox worker claims rows with SKIP LOCKED; pg-boss runs each scheduled job once) starts here, in
// the Node.js runtime only. OUTBOX_WORKER=off makes a web-only instance with no background work at all;
// JOBS=off keeps the outbox but not the scheduled jobs.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./server/env");
  if (env().OUTBOX_WORKER === "off") return;
  const { startOutboxWorker } = await import("./server/jobs/worker");
  // The ACD (server/acd/loop.ts) assigns queued calls to operators; like the outbox it is safe in every instance.
  const { startAcdLoop } = await import("./server/acd/loop");
  const stops: (() => Promise<void>)[] = [startOutboxWorker(), startAcdLoop()];
  // Demo only (carrier emulator): operators switched to "bot" on the wallboard answer their offers by
  // themselves. Two instances' runners may race for one offer; accepting is a CONFLICT for the loser.
  if (!env().TWILIO_ACCOUNT_SID) {
    const { startBotRunner } = await import("./server/wallboard/bots");
    stops.push(startBotRunner());
  }
  if (env().JOBS === "on") {
    const { startJobs } = await import("./server/jobs/boss");
    const { logger } = await import("./server/logger");
    // Not awaited: requests are served while pg-boss installs its schema. If it cannot start, the app
    // serves without its scheduled jobs rather than not at all, and the log says why.
    void startJobs().then(
      (jobs) => void stops.push(jobs.stop),
      (err: unknown) => logger.error({ err }, "scheduled jobs (pg-boss) could not start"),
    );
  }
  const shutdown = () => void Promise.allSettled(stops.map((stop) => stop()));
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
