import { describe, expect, it } from "vitest";
import { hotlineFigures, type CallFacts } from "@/server/wallboard/stats";

const now = new Date("2026-03-02T12:00:00Z");
const ago = (s: number) => new Date(now.getTime() - s * 1000);
const call = (v: Partial<CallFacts>): CallFacts => ({ status: "COMPLETED", startedAt: ago(600), queuedAt: ago(590), connectedAt: null, waitSeconds: null, ...v });

describe("hotlineFigures", () => {
  it("counts waiting calls and the longest wait, answered within the SLA, abandoned after queueing", () => {
    const figures = hotlineFigures(
      [
        call({ status: "QUEUED", queuedAt: ago(45) }),
        call({ status: "OFFERED", queuedAt: ago(12) }),
        call({ connectedAt: ago(500), waitSeconds: 10 }),
        call({ connectedAt: ago(400), waitSeconds: 35 }),
        call({ status: "ABANDONED", waitSeconds: 50 }),
        call({ status: "ABANDONED", queuedAt: null }), // hung up in the menu: not the queue's fault
      ],
      now,
      { answeredPercent: 80, withinSeconds: 20 },
    );
    expect(figures).toMatchObject({ waiting: 2, longestWaitSeconds: 45, answered: 2, abandoned: 1, answeredWithinTarget: 1, serviceLevelPercent: 33.3, meetsTarget: false });
  });

  it("has no service level before any call left the queue, and none without an SLA", () => {
    expect(hotlineFigures([call({ status: "QUEUED", queuedAt: ago(3) })], now, { answeredPercent: 80, withinSeconds: 20 })).toMatchObject({ serviceLevelPercent: null, meetsTarget: null });
    expect(hotlineFigures([call({ connectedAt: ago(1), waitSeconds: 1 })], now, null)).toMatchObject({ answered: 1, serviceLevelPercent: null });
  });

  it("derives the wait from queued→connected when the wait is not recorded yet", () => {
    const f = hotlineFigures([call({ status: "CONNECTED", queuedAt: ago(30), connectedAt: ago(12) })], now, { answeredPercent: 90, withinSeconds: 20 });
    expect(f).toMatchObject({ answered: 1, answeredWithinTarget: 1, serviceLevelPercent: 100, meetsTarget: true });
  });
});
