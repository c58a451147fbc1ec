import { describe, expect, it } from "vitest";
import { breakAfterMiss, isE164, pickNextCall, rankOperators, type Candidate, type WaitingCall } from "@/server/acd/ordering";

const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, s));
const call = (v: Partial<WaitingCall> = {}): WaitingCall => ({ id: "c1", hotlineId: "h1", clientId: "k1", language: "ru", priority: 5, queuedAt: t(0), ...v });
const op = (v: Partial<Candidate> & { userId: string }): Candidate => ({
  presence: "AVAILABLE", idleSince: t(0), currentCallId: null, languages: ["ru"], skills: [{ hotlineId: "h1", clientId: null, level: 3 }], ...v,
});

describe("which waiting call is served first", () => {
  it("serves the highest hotline priority first, then the longest wait", () => {
    const calls = [call({ id: "old-low", priority: 3, queuedAt: t(0) }), call({ id: "new-high", priority: 8, queuedAt: t(50) }), call({ id: "old-high", priority: 8, queuedAt: t(10) })];
    expect(pickNextCall(calls)?.id).toBe("old-high");
    expect(pickNextCall([])).toBeNull();
  });
});

describe("which operator gets the call", () => {
  it("prefers the highest skill level, then the longest idle", () => {
    const ranked = rankOperators(
      [op({ userId: "novice", idleSince: t(0), skills: [{ hotlineId: "h1", clientId: null, level: 1 }] }),
       op({ userId: "expert-recent", idleSince: t(30), skills: [{ hotlineId: "h1", clientId: null, level: 5 }] }),
       op({ userId: "expert-idle", idleSince: t(5), skills: [{ hotlineId: null, clientId: "k1", level: 5 }] })],
      call(),
    );
    expect(ranked.map((o) => o.userId)).toEqual(["expert-idle", "expert-recent", "novice"]);
  });

  it("skips operators without the call's language, without a skill, not available, ringing, on a call, or who refused it", () => {
    const ranked = rankOperators(
      [op({ userId: "english-only", languages: ["en"] }),
       op({ userId: "other-line", skills: [{ hotlineId: "h2", clientId: null, level: 5 }] }),
       op({ userId: "on-break", presence: "BREAK" }),
       op({ userId: "ringing", idleSince: null }),
       op({ userId: "busy", currentCallId: "c9" }),
       op({ userId: "decliner" }),
       op({ userId: "ok" })],
      call(),
      new Set(["decliner"]),
    );
    expect(ranked.map((o) => o.userId)).toEqual(["ok"]);
  });
});

describe("missed offers", () => {
  it("sends the operator on a break after two misses in a row only", () => {
    expect(breakAfterMiss(["EXPIRED", "EXPIRED"])).toBe(true);
    expect(breakAfterMiss(["EXPIRED", "ACCEPTED"])).toBe(false);
    expect(breakAfterMiss(["EXPIRED"])).toBe(false);
  });
});

describe("transfer targets", () => {
  it("accepts E.164 numbers only", () => {
    expect(isE164("+74951234567")).toBe(true);
    expect(isE164("84951234567")).toBe(false);
    expect(isE164("+7 495 123")).toBe(false);
  });
});
