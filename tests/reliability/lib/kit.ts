/**
 * What every scenario shares: the cluster, the desk staff (two operators answering through the balancer),
 * generated traffic to the reliability line in real-time units, and the result row.
 */
import pg from "pg";
import { DEMO_PASSWORD } from "../../../server/seed/demo-users";
import type { Cluster } from "./cluster";
import { mismatches, settle, stripeBaseline, type Counts, type StripeBaseline } from "./counts";
import { startDeskOperator, type DeskOperator } from "./desk-operator";

export type Session = { cluster: Cluster; staff: DeskOperator[] | null; log: (line: string) => void };

export type ScenarioResult = { scenario: string; counts: Counts | null; problems: string[]; notes: string[]; seconds: number };

export type Scenario = { name: string; run(session: Session): Promise<ScenarioResult> };

export const OPERATORS = ["operator1@demo.test", "operator2@demo.test"];

/** Bluebird's terms ask for a name and a phone; VISIT_BOOKED e-mails the summary to its contact. */
export const OUTCOME = "VISIT_BOOKED";
// The callback number the caller gives (a fixed valid one: generated caller ids are not all valid numbers).
export const formFor = (_offer: { from: string }) => ({ name: "Reliability caller", phone: "+13125550100", reason: "Leaking tap, reliability run" });

export async function ensureStaff(session: Session): Promise<DeskOperator[]> {
  session.staff ??= await Promise.all(
    OPERATORS.map((email) =>
      startDeskOperator({
        baseUrl: session.cluster.url, agencySlug: session.cluster.tenant.agencySlug, email, password: DEMO_PASSWORD,
        outcome: OUTCOME, form: formFor, log: (line) => session.log(`[desk] ${line}`),
      }),
    ),
  );
  return session.staff;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poisson arrivals at the reliability line: `perMinute` calls a minute for `seconds`, both in real time. */
export function startTraffic(cluster: Cluster, opts: { perMinute: number; seconds: number; seed: number }) {
  const scale = cluster.emulator.timeScale;
  const { id } = cluster.emulator.startTraffic({
    numbers: [cluster.tenant.number],
    callsPerMinute: opts.perMinute * scale,
    maxCalls: Math.ceil((opts.perMinute * opts.seconds) / 60) * 3,
    maxSeconds: opts.seconds / scale,
    digits: [""],
    // Callers wait 10–25 s (real) before they give up: long enough for a free operator, short enough to settle fast.
    staySeconds: { min: 10 / scale, max: 25 / scale },
    seed: opts.seed,
  });
  return { id, sids: () => cluster.emulator.traffic(id)?.callSids ?? [], done: () => cluster.emulator.traffic(id)?.status !== "running" };
}

export async function waitUntil(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 500) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(everyMs);
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
}

/**
 * Before the first scenario: Bluebird's Stripe subscription exists (the outbox syncs it at start) and, with
 * `backlog`, the demo's own usage (this month's seeded calls, sent at the worker's first meter run) reached
 * Stripe, so that the "at Stripe" figures of the table are the scenarios' own. The comparison does not need it.
 */
export async function waitForBilling(cluster: Cluster, opts: { backlog: boolean; timeoutMs?: number }) {
  const client = new pg.Client({ connectionString: cluster.databaseUrl() });
  await client.connect();
  try {
    await waitUntil(opts.backlog ? "the demo's usage backlog at Stripe" : "Bluebird's Stripe subscription", async () => {
      const { rows } = await client.query<{ pending: string; subscribed: boolean }>(
        `SELECT (SELECT count(*) FROM "UsageRecord" WHERE "agencyId" = $2 AND "meterStatus" = 'PENDING') AS pending,
                EXISTS (SELECT 1 FROM "ClientBilling" WHERE "clientId" = $1 AND "stripeSubscriptionId" IS NOT NULL) AS subscribed`,
        [cluster.tenant.clientId, cluster.tenant.agencyId],
      );
      return rows[0]!.subscribed && (!opts.backlog || Number(rows[0]!.pending) === 0);
    }, opts.timeoutMs ?? 150_000, 1000);
  } finally {
    await client.end();
  }
}

/** Runs `during` while traffic flows, then lets the figures settle and compares them. */
export async function trafficScenario(
  session: Session,
  name: string,
  opts: { perMinute: number; seconds: number; seed: number; settleMs?: number; extraSids?: string[]; baseline?: StripeBaseline },
  during: (elapsed: () => number) => Promise<string[] | void>,
): Promise<ScenarioResult> {
  const { cluster, log } = session;
  const started = Date.now();
  await ensureStaff(session);
  const baseline = opts.baseline ?? (await stripeBaseline(cluster));
  const traffic = startTraffic(cluster, opts);
  const notes = (await during(() => Date.now() - started)) ?? [];
  await waitUntil("traffic finished", traffic.done, opts.seconds * 1000 + 60_000);
  const sids = [...(opts.extraSids ?? []), ...traffic.sids()];
  log(`${name}: ${sids.length} calls placed; settling …`);
  const counts = await settle(cluster, sids, baseline, opts.settleMs ?? 120_000);
  return { scenario: name, counts, problems: mismatches(counts), notes, seconds: (Date.now() - started) / 1000 };
}
