/**
 * Runs scenarios on one cluster, one after another, and returns their rows. A scenario that throws becomes a
 * FAIL row with its error; the next one still runs (on whatever state the cluster is in).
 */
import { startCluster, type Cluster, type ClusterOptions } from "./cluster";
import { waitForBilling, type Scenario, type ScenarioResult, type Session } from "./kit";

export async function runScenarios(scenarios: Scenario[], opts: ClusterOptions & { log: (line: string) => void; waitForBacklog?: boolean }): Promise<ScenarioResult[]> {
  const started = Date.now();
  let cluster: Cluster | undefined;
  const session: Partial<Session> & { log: (line: string) => void } = { log: opts.log, staff: null };
  try {
    cluster = await startCluster(opts);
    session.cluster = cluster;
    opts.log(`cluster ready in ${((Date.now() - started) / 1000).toFixed(1)} s; waiting for billing to be connected …`);
    await waitForBilling(cluster, { backlog: opts.waitForBacklog ?? true });
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) {
      const t0 = Date.now();
      opts.log(`${scenario.name} …`);
      try {
        results.push(await scenario.run(session as Session));
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        results.push({ scenario: scenario.name, counts: null, problems: [message], notes: [], seconds: (Date.now() - t0) / 1000 });
      }
      const last = results.at(-1)!;
      // A process that died by itself is a failure of this scenario; it is restarted so the next one stands alone.
      for (const crash of await cluster.takeCrashes()) last.problems.push(crash);
      opts.log(`${scenario.name}: ${last.problems.length ? "FAIL" : "PASS"} in ${last.seconds.toFixed(1)} s`);
      if (last.problems.length) for (const name of ["web1", "web2", "worker"]) opts.log(`--- ${name} (last lines)\n${cluster.tail(name)}`);
    }
    return results;
  } finally {
    for (const op of session.staff ?? []) await op.stop().catch(() => undefined);
    await cluster?.stop();
  }
}
