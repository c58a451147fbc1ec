import type { Db } from "../../db";
import { sendPendingMeterEvents, type SendResult } from "./meter-sender";

/**
 * Sends until nothing is due (one scheduled run drains a backlog). `lanes` senders run side by side, each on its
 * own share of the clients, so one's database work overlaps another's requests.
 */
export async function drainMeterEvents(db: Db, opts: { limit?: number; concurrency?: number; maxMs?: number; lanes?: number } = {}) {
  const started = Date.now();
  const total: SendResult = { sent: 0, failed: 0, retried: 0 };
  const of = opts.lanes ?? 2;
  const concurrency = Math.max(1, Math.ceil((opts.concurrency ?? 8) / of));
  await Promise.all(
    Array.from({ length: of }, async (_, index) => {
      for (;;) {
        const r = await sendPendingMeterEvents(db, { limit: opts.limit, concurrency, lane: { index, of } });
        total.sent += r.sent;
        total.failed += r.failed;
        total.retried += r.retried;
        if (r.sent + r.failed + r.retried === 0 || Date.now() - started > (opts.maxMs ?? 50_000)) return;
      }
    }),
  );
  return total;
}

/**
 * The scheduled run: pg-boss cron ticks once a minute, so one run drains every 10 s for `ms` (the queue is a
 * singleton: two runs never overlap). Rated usage reaches Stripe within ~10 s.
 */
export async function sendMeterEventsFor(db: Db, ms: number) {
  const until = Date.now() + ms;
  let sent = 0;
  while (Date.now() < until) {
    sent += (await drainMeterEvents(db, { maxMs: Math.max(1000, until - Date.now()) })).sent;
    await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, Math.max(0, until - Date.now()))));
  }
  return { sent };
}
