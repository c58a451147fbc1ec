/**
 * PostgreSQL stopped and started again (same data, same port) while traffic runs: the pools reconnect, the
 * LISTEN connections come back or the sweeps cover for them. A webhook that finds no database gets a 500 and
 * the carrier fails that call (counted as refused at the carrier); everything recorded must settle.
 */
import { sleep, trafficScenario, type Scenario } from "../lib/kit";

export const postgresRestart: Scenario = {
  name: "PostgreSQL restart",
  async run(session) {
    const { cluster, log } = session;
    return trafficScenario(session, this.name, { perMinute: 40, seconds: 30, seed: 33, settleMs: 240_000 }, async () => {
      await sleep(8000);
      log("stopping PostgreSQL");
      const t0 = Date.now();
      await cluster.stopPostgres();
      await sleep(3000);
      await cluster.startPostgres();
      return [`PostgreSQL down ${((Date.now() - t0) / 1000).toFixed(1)} s (fast shutdown, 3 s pause, start on the same data and port)`];
    });
  },
};
