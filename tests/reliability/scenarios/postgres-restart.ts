/**
 * PostgreSQL stopped and started again (same data, same port) while traffic runs: the pools reconnect, the
 * LISTEN connections come back or the sweeps cover for them. A webhook that finds no database gets a 500 and
 * the carrier fails that call (counted as refused at the carrier); everything recorded must settle. A final status
 * callback that met no database is never resent: the worker's reconciliation (telephony.reconcile-open-calls) asks
 * the carrier once the call has been quiet QUIET_MINUTES, at the next minute's run; settling waits for that.
 */
// The constant alone (no server imports: Playwright loads this file for the e2e scale-out spec).
import { QUIET_MINUTES } from "../../../server/telephony/reconcile-timing";
import type { Cluster } from "../lib/cluster";
import { sleep, trafficScenario, type Scenario } from "../lib/kit";

/** A call quiet since the outage + the reconciliation's quiet period + its cron minute + pg-boss pickup, then the
 *  meter-events run that sends its usage (every 10 s) — with a minute to spare. It ends as soon as all settles. */
const SETTLE_MS = (QUIET_MINUTES * 60 + 180) * 1000;

/** Calls that started since `since` whose final status callback got no 200 (the outage): what the reconciliation closed. */
async function lostStatusCallbacks(emulator: Cluster["emulator"], since: number): Promise<number> {
  const { calls } = (await (await fetch(`${emulator.url}/emulator/calls`)).json()) as { calls: { sid: string; startedAt: string }[] };
  return calls
    .filter((c) => Date.parse(c.startedAt) >= since)
    .map((c) => emulator.call(c.sid)?.transcript ?? [])
    // Calls refused at the carrier (their voice webhook failed: an "error" entry) were never recorded: not ours to close.
    .filter((t) => !t.some((e) => e.verb === "error") && t.some((e) => e.verb === "status-callback" && e.params?.status !== 200)).length;
}

export const postgresRestart: Scenario = {
  name: "PostgreSQL restart",
  async run(session) {
    const { cluster, log } = session;
    const started = Date.now();
    const result = await trafficScenario(session, this.name, { perMinute: 40, seconds: 30, seed: 33, settleMs: SETTLE_MS }, async () => {
      await sleep(8000);
      log("stopping PostgreSQL");
      const t0 = Date.now();
      await cluster.stopPostgres();
      await sleep(3000);
      await cluster.startPostgres();
      return [`PostgreSQL down ${((Date.now() - t0) / 1000).toFixed(1)} s (fast shutdown, 3 s pause, start on the same data and port)`];
    });
    const lost = await lostStatusCallbacks(cluster.emulator, started).catch(() => null);
    if (lost !== null) result.notes.push(`${lost} final status callback(s) met no database; closed from the carrier's record (telephony.reconcile-open-calls)`);
    return result;
  },
};
