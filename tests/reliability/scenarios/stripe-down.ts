/**
 * The fake Stripe drops every API connection for 25 s while calls are rated: the meter-event sender retries
 * with backoff, and afterwards every usage record reaches Stripe exactly once (its id is the identifier).
 */
import { sleep, trafficScenario, type Scenario } from "../lib/kit";

const DOWN_MS = 25_000;

export const stripeDown: Scenario = {
  name: "fake Stripe down 25 s",
  async run(session) {
    const { cluster, log } = session;
    return trafficScenario(session, this.name, { perMinute: 40, seconds: 30, seed: 44, settleMs: 150_000 }, async () => {
      log("fake Stripe down");
      cluster.stripeDown(DOWN_MS);
      await sleep(DOWN_MS);
      cluster.stripeUp();
      return [`Stripe API down ${DOWN_MS / 1000} s from the first call`];
    });
  },
};
