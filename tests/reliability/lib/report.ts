import type { ScenarioResult } from "./kit";

/** One table: scenario | placed | recorded | refused | usage | meter events | e-mails | result, then the notes. */
export function formatReport(results: ScenarioResult[]): string {
  const header = ["scenario", "placed", "recorded", "refused at carrier", "usage", "meter events (due/sent/at Stripe)", "e-mails (queued/arrived)", "result"];
  const rows = results.map((r) => {
    const c = r.counts;
    return [
      r.scenario,
      c ? String(c.placed) : "-",
      c ? `${c.recorded} (${c.final} ended)` : "-",
      c ? String(c.carrierRefused) : "-",
      c ? String(c.usage) : "-",
      c ? `${c.meterExpected}/${c.meterSentInDb}/${c.meterAtStripe}${c.meterDuplicatesRefused ? ` (+${c.meterDuplicatesRefused} repeats refused)` : ""}` : "-",
      c ? `${c.emailsExpected}/${c.emailsDistinct}${c.emailsTotal > c.emailsDistinct ? ` (+${c.emailsTotal - c.emailsDistinct} twice)` : ""}` : "-",
      r.problems.length === 0 ? `PASS ${r.seconds.toFixed(0)} s` : "FAIL",
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  const out = [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line), ""];
  for (const r of results) {
    const c = r.counts;
    if (c && c.meterAtStripe !== c.meterSentInDb) {
      out.push(`  ${r.scenario}: "at Stripe" counts every meter event of the window: ${c.meterMarkedSent} usage records of the agency were marked sent meanwhile (the demo's own backlog included)`);
    }
    for (const n of r.notes) out.push(`  ${r.scenario}: ${n}`);
    for (const p of r.problems) out.push(`  ${r.scenario}: MISMATCH ${p}`);
  }
  return out.join("\n");
}
