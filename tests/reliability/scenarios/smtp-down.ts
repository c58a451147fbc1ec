/**
 * The SMTP server unreachable for 20 s while call summaries are e-mailed: the outbox retries with backoff
 * and every summary arrives afterwards, once (a resend after a session cut at the wrong moment would show
 * as the same Message-ID twice).
 */
import { sleep, trafficScenario, type Scenario } from "../lib/kit";

const DOWN_MS = 20_000;

export const smtpDown: Scenario = {
  name: "SMTP down 20 s",
  async run(session) {
    const { cluster, log } = session;
    return trafficScenario(session, this.name, { perMinute: 40, seconds: 30, seed: 55 }, async () => {
      await sleep(3000);
      log("SMTP down");
      await cluster.smtpDown();
      await sleep(DOWN_MS);
      await cluster.smtpUp();
      return [`SMTP port closed ${DOWN_MS / 1000} s (connections refused, open sessions cut)`];
    });
  },
};
