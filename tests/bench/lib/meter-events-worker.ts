/**
 * The meter-events benchmark's work, in its own process on its own database (DATABASE_URL) against the fake
 * Stripe at FAKE_STRIPE_URL: an agency connected through Connect, CLIENTS active clients synced by the product's
 * own sync (customer, meters, prices, subscription), N usage records written set-based, then the product's
 * sender (drainMeterEvents) delivers them; timed from the first claim to the last record SENT. Baseline: the
 * same number of bare meter event requests (no database) at the same concurrency, on another account, for what
 * the HTTP round trips alone cost. Prints one JSON line.
 */
import { db, disconnectDb } from "../../../server/db";
import { stripeClient } from "../../../server/billing/stripe/client";
import { drainMeterEvents } from "../../../server/billing/stripe/meter-schedule";
import { syncClient } from "../../../server/billing/stripe/sync";

const N = Number(process.env.METER_BENCH_EVENTS ?? 100_000);
const CLIENTS = Number(process.env.METER_BENCH_CLIENTS ?? 200);
const CONCURRENCY = Number(process.env.METER_BENCH_CONCURRENCY ?? 32);
const BASELINE = Number(process.env.METER_BENCH_BASELINE ?? 10_000);
const LANES = Number(process.env.METER_BENCH_LANES ?? 2);
const log = (line: string) => process.stderr.write(`[bench]   meter-events: ${line}\n`);

async function main() {
  const stripe = stripeClient();
  const account = await stripe.accounts.create({ controller: { stripe_dashboard: { type: "express" } }, country: "RU", default_currency: "rub" });
  await db.$executeRaw`INSERT INTO "Agency" (id, slug, name, "updatedAt") VALUES ('ag', 'bench', 'Bench', now())`;
  await db.billingAccount.create({ data: { agencyId: "ag", connection: "CONNECT", stripeAccountId: account.id, chargesEnabled: true, currencies: ["rub"] } });
  await db.$executeRaw`INSERT INTO "Client" (id, "agencyId", slug, name, status, "updatedAt")
    SELECT 'c' || i, 'ag', 'client-' || i, 'Client ' || i, 'ACTIVE', now() FROM generate_series(1, ${CLIENTS}::int) i`;
  await db.$executeRaw`INSERT INTO "PricePlan" (id, "agencyId", "clientId", version, "effectiveFrom", currency, "monthlyFeeMinor", "includedMinutes", "ratePerMinute", "incrementSeconds")
    SELECT 'p' || i, 'ag', 'c' || i, 1, now() - interval '40 days', 'RUB', 5000000, 300, 2500, 6 FROM generate_series(1, ${CLIENTS}::int) i`;
  let t = Date.now();
  for (let i = 1; i <= CLIENTS; i++) if ((await syncClient(db, `c${i}`)) !== "synced") throw new Error(`client c${i} did not sync`);
  log(`${CLIENTS} clients synced to the fake Stripe in ${((Date.now() - t) / 1000).toFixed(1)} s`);

  // N calls spread over the clients and the last day (the sender's order is by occurredAt).
  await db.$executeRaw`INSERT INTO "UsageRecord" (id, "agencyId", "clientId", "callId", kind, "planId", "planVersion", component, "occurredAt", "rawSeconds", "billableSeconds", "amountMinor", currency)
    SELECT 'u' || i, 'ag', 'c' || (1 + i % ${CLIENTS}::int), 'call' || i, 'CALL', 'p' || (1 + i % ${CLIENTS}::int), 1, 'STANDARD',
      now() - make_interval(secs => (i % 86000)), 60 + i % 300, 60 + i % 300, ((60 + i % 300) * 2500 / 60.0)::numeric(18,6), 'RUB'
    FROM generate_series(1, ${N}::int) i`;
  await db.$executeRaw`ANALYZE "UsageRecord"`;
  log(`${N.toLocaleString("en")} usage records written; sending …`);

  t = Date.now();
  const result = { sent: 0, failed: 0, retried: 0 };
  for (;;) {
    const r = await drainMeterEvents(db, { limit: 1000, concurrency: CONCURRENCY, lanes: LANES, maxMs: 10 * 60_000 });
    result.sent += r.sent;
    result.failed += r.failed;
    result.retried += r.retried;
    const pending = await db.usageRecord.count({ where: { meterStatus: "PENDING" } });
    if (pending === 0) break;
    // A retriable failure waits for its backoff; let it pass at once (what time would do).
    await db.usageRecord.updateMany({ where: { meterStatus: "PENDING" }, data: { sentAt: null } });
  }
  const sendSeconds = (Date.now() - t) / 1000;
  log(`sent ${result.sent} in ${sendSeconds.toFixed(1)} s (failed ${result.failed}, retried ${result.retried})`);

  // Baseline: the bare requests, same concurrency, no database, on an account of its own.
  const other = await stripe.accounts.create({ controller: { stripe_dashboard: { type: "express" } } });
  const opts = { stripeAccount: other.id };
  await stripe.billing.meters.create(
    { display_name: "raw", event_name: "raw_seconds", default_aggregation: { formula: "sum" }, customer_mapping: { type: "by_id", event_payload_key: "stripe_customer_id" }, value_settings: { event_payload_key: "value" } },
    opts,
  );
  const customers = await Promise.all(Array.from({ length: CONCURRENCY }, () => stripe.customers.create({}, opts).then((c) => c.id)));
  t = Date.now();
  let next = 0;
  await Promise.all(
    customers.map(async (customer) => {
      while (next < BASELINE) {
        const i = next++;
        await stripe.billing.meterEvents.create({ event_name: "raw_seconds", identifier: `raw-${i}`, timestamp: Math.floor(Date.now() / 1000), payload: { stripe_customer_id: customer, value: "60" } }, { ...opts, maxNetworkRetries: 0 });
      }
    }),
  );
  const baselineSeconds = (Date.now() - t) / 1000;
  const sent = await db.usageRecord.count({ where: { meterStatus: "SENT" } });
  process.stdout.write(`${JSON.stringify({ events: N, sent, accountId: account.id, sendSeconds, failed: result.failed, retried: result.retried, baselineEvents: BASELINE, baselineSeconds, lanes: LANES, concurrency: CONCURRENCY })}\n`);
  await disconnectDb();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
