// Runs once when a Next.js server instance starts. Background work that every instance may share
// (the outbox worker claims rows with SKIP LOCKED) starts here, in the Node.js runtime only.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./server/env");
  if (env().OUTBOX_WORKER === "off") return;
  const { startOutboxWorker } = await import("./server/jobs/worker");
  const stop = startOutboxWorker();
  const shutdown = () => void stop();
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
