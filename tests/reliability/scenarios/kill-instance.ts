/**
 * SIGKILL one web instance while calls come in, restart it 10 s later. The balancer's health check takes
 * it out within half a second and a refused connection goes to the other instance; only requests in flight
 * at the kill are cut (502 to the carrier, as a real load balancer answers). Every call must still be
 * recorded once, end, be rated once, reach Stripe once and have its e-mail sent once.
 */
import { sleep, trafficScenario, type Scenario } from "../lib/kit";

export const killInstance: Scenario = {
  name: "SIGKILL web1, restart",
  async run(session) {
    const { cluster, log } = session;
    const before = cluster.lb.stats();
    const result = await trafficScenario(session, this.name, { perMinute: 40, seconds: 35, seed: 22 }, async () => {
      await sleep(8000);
      log("SIGKILL web1");
      cluster.killInstance("web1");
      const killedAt = Date.now();
      await sleep(10_000);
      await cluster.startInstance("web1");
      return [`web1 down ${((Date.now() - killedAt) / 1000).toFixed(1)} s (SIGKILL, then next start until healthy)`];
    });
    const after = cluster.lb.stats();
    result.notes.push(`balancer: ${after.cut - before.cut} request(s) cut mid-flight, ${after.refusedRetries - before.refusedRetries} refused and sent to the other instance`);
    return result;
  },
};
