import pg from "pg";
import { db } from "../db";
import { env } from "../env";
import { logger } from "../logger";
import { assignWaitingCalls } from "./assign";
import { expireOffers } from "./offers";
import { expireStalePresence } from "./presence";
import { ACD_CHANNEL } from "./wake";

export { ACD_CHANNEL } from "./wake";
const SWEEP_MS = 2000;

/**
 * The ACD in this process: woken by NOTIFY on "switchboard_acd" (a call was queued, an operator became
 * AVAILABLE, an offer ended) it assigns waiting calls; every 2 s a sweep also expires unanswered offers and
 * silent desks, then assigns (a NOTIFY can be lost). Runs in every instance: assignments lock rows with
 * SKIP LOCKED, so instances share the work and never offer one call twice. Returns a stop function.
 */
export function startAcdLoop(): () => Promise<void> {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let sweepDue = false;

  const run = (sweep: boolean) => {
    if (stopped) return;
    sweepDue ||= sweep;
    if (running) return void (again = true);
    running = (async () => {
      try {
        do {
          again = false;
          if (sweepDue) {
            sweepDue = false;
            await expireOffers(db);
            await expireStalePresence(db);
          }
          await assignWaitingCalls(db, { limit: 500 });
        } while (again && !stopped);
      } catch (error) {
        logger.error({ err: error }, "ACD round failed");
      } finally {
        running = null;
      }
    })();
  };

  const listener = new pg.Client({ connectionString: env().DATABASE_URL });
  const listen = async () => {
    try {
      await listener.connect();
      listener.on("notification", () => run(false));
      listener.on("error", (err) => logger.warn({ err }, "ACD listener lost its connection; the sweep continues"));
      await listener.query(`LISTEN ${ACD_CHANNEL}`);
    } catch (err) {
      logger.warn({ err }, "ACD listener could not start; relying on the sweep");
    }
  };
  void listen();
  const timer = setInterval(() => run(true), SWEEP_MS);
  timer.unref();
  run(true);

  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
    await listener.end().catch(() => undefined);
  };
}
