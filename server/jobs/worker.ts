import pg from "pg";
import { db } from "../db";
import { env } from "../env";
import { logger } from "../logger";
import { deliverDueOutbox, OUTBOX_CHANNEL } from "./outbox";

const SWEEP_MS = 5000;

/**
 * Delivers outbox events from this process: woken by NOTIFY on commit, with a periodic sweep for a lost
 * notification, a retry that came due, or a lease that expired. Safe to run in every instance (rows are
 * claimed with SKIP LOCKED). Returns a stop function.
 */
export function startOutboxWorker(): () => Promise<void> {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;

  const drain = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      try {
        do {
          again = false;
          while (!stopped && (await deliverDueOutbox(db)) > 0);
        } while (again && !stopped);
      } catch (error) {
        logger.error({ err: error }, "outbox sweep failed");
      } finally {
        running = null;
      }
    })();
  };

  const listener = new pg.Client({ connectionString: env().DATABASE_URL });
  const listen = async () => {
    try {
      await listener.connect();
      listener.on("notification", drain);
      listener.on("error", (err) => logger.warn({ err }, "outbox listener lost its connection; the sweep continues"));
      await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (err) {
      logger.warn({ err }, "outbox listener could not start; relying on the sweep");
    }
  };
  void listen();
  const timer = setInterval(drain, SWEEP_MS);
  timer.unref();
  drain();

  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
    await listener.end().catch(() => undefined);
  };
}
