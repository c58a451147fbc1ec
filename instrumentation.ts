// Runs once when a Next.js server instance starts. Background work that every instance may share
// (server/jobs/background.ts: the outbox worker, the ACD loop, scheduled jobs) starts here, in the Node.js
// runtime only. OUTBOX_WORKER=off makes a web-only instance with no background work at all (run
// `npm run worker` beside such instances); JOBS=off keeps the outbox and the ACD but not the scheduled jobs.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./server/env");
  if (env().OUTBOX_WORKER === "off") return;
  const { startBackgroundWork } = await import("./server/jobs/background");
  const stop = await startBackgroundWork();
  const shutdown = () => void stop();
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
