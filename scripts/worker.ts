/**
 * `npm run worker`: the product's background side without a web server — the outbox (e-mail, Stripe sync,
 * call control), the ACD loop, the demo bots (emulator mode) and the scheduled jobs (pg-boss). Run it beside
 * web instances started with OUTBOX_WORKER=off (or beside ordinary instances: every piece is safe in several
 * processes). It reads the same environment as the app (DATABASE_URL, NEXTAUTH_SECRET, SMTP_URL, …; see
 * README) and stops cleanly on SIGTERM/SIGINT, letting a running job finish.
 */
import "dotenv/config";
import { disconnectDb } from "../server/db";
import { env } from "../server/env";
import { startBackgroundWork } from "../server/jobs/background";
import { logger } from "../server/logger";

// As `next start` does for the web instances: a library's stray rejection while PostgreSQL is away (pg-boss
// failing a job on a dropped connection) is logged, not fatal. The loops recover once the database is back.
process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection (worker keeps running)"));

async function main() {
  const settings = env(); // fails here, naming the variable, when the environment is incomplete
  const stop = await startBackgroundWork();
  // The loops' timers are unref'd (inside Next they must not hold the server up): this one keeps the worker alive.
  const alive = setInterval(() => undefined, 60_000);
  logger.info({ jobs: settings.JOBS, pid: process.pid }, "worker started (outbox, ACD, scheduled jobs)");
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "worker stopping");
    clearInterval(alive);
    const force = setTimeout(() => process.exit(1), 25_000);
    force.unref();
    void stop()
      .then(() => disconnectDb())
      .finally(() => process.exit(0));
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(`worker: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
