import { expect, test } from "@playwright/test";
import { stopRunningClusters } from "../reliability/lib/cluster";
import { formatReport } from "../reliability/lib/report";
import { runScenarios } from "../reliability/lib/session";
import { CI_SCENARIOS } from "../reliability/scenarios";

/**
 * The part of `npm run test:reliability` that fits CI's time: the product scaled out (two web instances of the
 * e2e build behind a load balancer, a worker, one PostgreSQL of its own) takes traffic with a call traced across
 * instances, then one instance is SIGKILLed mid-traffic and restarted. Calls placed, recorded, usage records,
 * meter events and e-mails must match. No browser: the desk is driven over HTTP as the browser would.
 */
// A timed-out test leaves its cluster behind: stop its processes (instances, worker, PostgreSQL) here.
test.afterAll(() => stopRunningClusters());

test("two instances and a worker share calls, offers and jobs; a SIGKILLed instance loses nothing", async () => {
  test.setTimeout(6 * 60_000);
  const results = await runScenarios(CI_SCENARIOS, {
    distDir: ".next-e2e", // built by the e2e global setup
    instances: 2,
    waitForBacklog: false,
    log: (line) => console.log(`[scale-out] ${line}`),
  });
  console.log(formatReport(results));
  for (const r of results) expect(r.problems, r.scenario).toEqual([]);
  expect(results.every((r) => (r.counts?.placed ?? 0) > 5)).toBe(true);
});
