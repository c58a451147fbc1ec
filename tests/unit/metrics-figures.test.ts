import { describe, expect, it } from "vitest";
import { bucketOf, change, heatmap, metricsFromCalls, metricsFromRollups, rollupDelta, type CallFacts } from "@/server/metrics/metrics";

const opts = { slaSeconds: 20, shortAbandonSeconds: 5 };
const at = (iso: string) => new Date(iso);

/** Hand-made calls: each helper is one way a call ends. */
function answered(start: string, wait: number, talk: number, wrap: number | null, outcome: string | null = "ORDER"): CallFacts {
  const s = at(start);
  return { startedAt: s, status: "COMPLETED", route: "QUEUE", queuedAt: s, connectedAt: new Date(s.getTime() + wait * 1000), waitSeconds: wait, talkSeconds: talk, wrapUpSeconds: wrap, outcome };
}
const abandoned = (start: string, wait: number): CallFacts => ({ startedAt: at(start), status: "ABANDONED", route: "QUEUE", queuedAt: at(start), connectedAt: null, waitSeconds: wait, talkSeconds: null, wrapUpSeconds: null, outcome: null });
const afterHours = (start: string, voicemail: boolean): CallFacts => ({ startedAt: at(start), status: voicemail ? "VOICEMAIL" : "ABANDONED", route: "AFTER_HOURS", queuedAt: null, connectedAt: null, waitSeconds: null, talkSeconds: null, wrapUpSeconds: null, outcome: null });

describe("the report figures, defined once", () => {
  const calls = [
    answered("2026-03-02T09:00:10Z", 10, 120, 30, "ORDER"),
    answered("2026-03-02T09:05:00Z", 20, 60, 0, "ORDER"), // exactly on the target: within it
    answered("2026-03-02T09:20:00Z", 45, 180, null, "QUESTION"), // outside the target; no form yet
    abandoned("2026-03-02T09:21:00Z", 3), // short abandon: out of service level
    abandoned("2026-03-02T09:22:00Z", 5), // at the threshold: a real abandon
    abandoned("2026-03-02T09:23:00Z", 70),
    afterHours("2026-03-02T22:00:00Z", true),
    afterHours("2026-03-02T23:00:00Z", false),
  ];

  it("counts offered, answered, abandoned and short abandons", () => {
    const m = metricsFromCalls(calls, opts);
    expect(m).toMatchObject({ offered: 6, answered: 3, abandoned: 3, shortAbandoned: 1, afterHours: 2, voicemail: 1 });
  });

  it("service level leaves short abandons out: 2 within 20 s of (6 − 1)", () => {
    expect(metricsFromCalls(calls, opts).serviceLevel).toBeCloseTo(2 / 5);
    expect(metricsFromCalls(calls, { slaSeconds: 60, shortAbandonSeconds: 5 }).serviceLevel).toBeCloseTo(3 / 5);
    // With a 2 s threshold the 3 s abandon counts against service level.
    expect(metricsFromCalls(calls, { slaSeconds: 20, shortAbandonSeconds: 2 }).serviceLevel).toBeCloseTo(2 / 6);
  });

  it("ASA over answered calls, longest wait over all offered, AHT = (talk + wrap-up) ÷ answered", () => {
    const m = metricsFromCalls(calls, opts);
    expect(m.asaSeconds).toBeCloseTo((10 + 20 + 45) / 3);
    expect(m.longestWaitSeconds).toBe(70);
    expect(m.ahtSeconds).toBeCloseTo((120 + 60 + 180 + 30) / 3);
    expect(m.talkMinutes).toBeCloseTo(360 / 60);
    expect(m.outcomes).toEqual({ ORDER: 2, QUESTION: 1 });
  });

  it("a day without calls has zeros and no ratios (not 0 %, not NaN)", () => {
    const m = metricsFromCalls([], opts);
    expect(m).toEqual({ offered: 0, answered: 0, abandoned: 0, shortAbandoned: 0, serviceLevel: null, asaSeconds: null, longestWaitSeconds: 0, ahtSeconds: null, talkMinutes: 0, afterHours: 0, voicemail: 0, outcomes: {} });
  });

  it("calls still in progress are not counted", () => {
    const live = { ...answered("2026-03-02T09:00:00Z", 5, 0, null, null), status: "CONNECTED" };
    expect(metricsFromCalls([live], opts).offered).toBe(0);
  });

  it("rollups of any grouping give the same figures as the calls", () => {
    const deltas = calls.map((c) => rollupDelta(c, opts));
    expect(metricsFromRollups(deltas)).toEqual(metricsFromCalls(calls, opts));
    // Summed per bucket first (what CallRollup stores).
    const byBucket = new Map<number, typeof deltas>();
    for (const d of deltas) byBucket.set(d.bucketStart.getTime(), [...(byBucket.get(d.bucketStart.getTime()) ?? []), d]);
    const summed = [...byBucket.values()].map((ds) => ({ ...metricsFromRollupsRow(ds) }));
    expect(metricsFromRollups(summed)).toEqual(metricsFromCalls(calls, opts));
  });

  it("a call belongs to the 15-minute bucket it started in", () => {
    expect(bucketOf(at("2026-03-02T09:14:59.999Z"))).toEqual(at("2026-03-02T09:00:00Z"));
    expect(rollupDelta(calls[2]!, opts).bucketStart).toEqual(at("2026-03-02T09:15:00Z"));
  });

  it("per-call SLA options: each call measured against the terms in force at it", () => {
    const m = metricsFromCalls(calls, (c) => ({ slaSeconds: c.startedAt < at("2026-03-02T09:10:00Z") ? 5 : 60, shortAbandonSeconds: 5 }));
    expect(m.serviceLevel).toBeCloseTo(1 / 5);
  });
});

/** Sum rows the way the database does (+ for counts, max for the longest wait). */
function metricsFromRollupsRow(rows: ReturnType<typeof rollupDelta>[]) {
  const out = { ...rows[0]!, outcomes: {} as Record<string, number> };
  for (const k of ["offered", "answered", "abandoned", "shortAbandoned", "answeredInSla", "voicemail", "afterHours", "answerWaitSeconds", "talkSeconds", "wrapUpSeconds"] as const) out[k] = rows.reduce((s, r) => s + r[k], 0);
  out.maxWaitSeconds = Math.max(...rows.map((r) => r.maxWaitSeconds));
  for (const r of rows) for (const [c, n] of Object.entries(r.outcomes)) out.outcomes[c] = (out.outcomes[c] ?? 0) + n;
  return out;
}

describe("vs previous period", () => {
  it("gives the difference and the relative change, none against nothing", () => {
    expect(change(120, 100)).toEqual({ delta: 20, ratio: 0.2 });
    expect(change(5, 0)).toEqual({ delta: 5, ratio: null });
    expect(change(null, 0.8)).toBeNull();
    expect(change(0.9, 0.8)!.delta).toBeCloseTo(0.1);
  });
});

describe("heatmap by local weekday and hour", () => {
  it("places a call late on Sunday UTC on Monday morning in Moscow", () => {
    const grid = heatmap([{ bucketStart: at("2026-03-01T22:15:00Z"), offered: 2, afterHours: 1 }], "Europe/Moscow");
    expect(grid).toHaveLength(7);
    expect(grid[0]![1]).toBe(3); // Monday 01:15 local
    expect(grid.flat().reduce((a, b) => a + b, 0)).toBe(3);
  });

  it("follows DST: 13:00 UTC is 09:00 in New York in summer, 08:00 in winter", () => {
    const grid = heatmap([
      { bucketStart: at("2026-07-06T13:00:00Z"), offered: 1, afterHours: 0 }, // Monday
      { bucketStart: at("2026-01-05T13:00:00Z"), offered: 1, afterHours: 0 }, // Monday
    ], "America/New_York");
    expect(grid[0]![9]).toBe(1);
    expect(grid[0]![8]).toBe(1);
  });

  it("a call across midnight counts on the day it started", () => {
    const m = metricsFromCalls([answered("2026-03-02T20:59:00Z", 90, 300, 0)], opts); // 23:59 Moscow, connected after midnight
    expect(m.answered).toBe(1);
    const grid = heatmap([{ ...rollupDelta(answered("2026-03-02T20:59:00Z", 90, 300, 0), opts) }], "Europe/Moscow");
    expect(grid[0]![23]).toBe(1); // Monday 23:45 bucket
  });
});
