import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { callEvent, dedupeKeys, type NewCallEvent } from "@/server/calls/call-events";
import { projectCall } from "@/server/calls/projection";

const t0 = new Date("2026-03-10T09:00:00Z");
const at = (s: number) => new Date(t0.getTime() + s * 1000);
const base = { startedAt: t0, language: "ru" };

const received = callEvent("RECEIVED", dedupeKeys.received, at(0), { from: "+79161234567", to: "+74955550101", callerName: null, forwardedFrom: null, language: "ru", termsVersionNumber: 3 });
const routed = (route: "QUEUE" | "AFTER_HOURS" | "PAUSED" = "QUEUE") => callEvent("ROUTED", dedupeKeys.routed, at(0), { route, reason: "open" });
const queued = callEvent("QUEUED", dedupeKeys.queued, at(12), {});
const status = (s: string, seq: number | null, sec: number, duration: number | null = null) =>
  callEvent("CARRIER_STATUS", dedupeKeys.carrierStatus(s, seq), at(sec), { status: s, sequence: seq, durationSeconds: duration });

describe("projectCall: the Call row from its events", () => {
  it("a caller hanging up in the queue is ABANDONED with the carrier's queue time", () => {
    const p = projectCall([received, routed(), queued, callEvent("LEFT_QUEUE", dedupeKeys.leftQueue, at(57), { result: "hangup", queueSeconds: 45 }), status("completed", 3, 58, 58)], base);
    expect(p).toMatchObject({ status: "ABANDONED", route: "QUEUE", waitSeconds: 45, queuedAt: at(12), endedAt: at(58), durationSeconds: 58, carrierStatus: "completed" });
  });

  it("without the queue result, the wait is measured from joining the queue to the end", () => {
    expect(projectCall([received, routed(), queued, status("completed", null, 42, 42)], base)).toMatchObject({ status: "ABANDONED", waitSeconds: 30 });
  });

  it("still in the queue: QUEUED, not ended", () => {
    expect(projectCall([received, routed(), callEvent("MENU", dedupeKeys.menu, at(1), {}), queued], base)).toMatchObject({ status: "QUEUED", menuAt: at(1), endedAt: null });
  });

  it("a voicemail makes it VOICEMAIL, from the Record action or, if that was lost, the recording callback", () => {
    const vm = callEvent("VOICEMAIL", dedupeKeys.voicemail, at(40), { url: "https://rec/RE1", seconds: 21 });
    expect(projectCall([received, routed("AFTER_HOURS"), vm, status("completed", 2, 41, 41)], base)).toMatchObject({ status: "VOICEMAIL", route: "AFTER_HOURS", voicemailUrl: "https://rec/RE1", voicemailSeconds: 21 });
    const rec = callEvent("RECORDING", dedupeKeys.recording("RE1"), at(45), { url: "https://rec/RE1", seconds: 21, kind: "voicemail" });
    expect(projectCall([received, routed("AFTER_HOURS"), rec, status("completed", 2, 41, 41)], base)).toMatchObject({ status: "VOICEMAIL", voicemailUrl: "https://rec/RE1" });
  });

  it("overflow: the route becomes OVERFLOW whatever it was at arrival", () => {
    const events = [received, routed(), queued, callEvent("LEFT_QUEUE", dedupeKeys.leftQueue, at(102), { result: "leave", queueSeconds: 90 }), callEvent("OVERFLOW", dedupeKeys.overflow, at(102), { reason: "maxWait", action: "VOICEMAIL" })];
    expect(projectCall(events, base)).toMatchObject({ route: "OVERFLOW", waitSeconds: 90, status: "QUEUED" });
    expect(projectCall([...events, status("completed", 4, 110, 110)], base)).toMatchObject({ route: "OVERFLOW", status: "ABANDONED" });
  });

  it("an answered forward is COMPLETED; a paused line that told the caller so is COMPLETED; busy/failed is FAILED", () => {
    const fwd = callEvent("FORWARDED", dedupeKeys.forwarded, at(50), { to: "+79160000000", dialStatus: "completed", dialSeconds: 40 });
    expect(projectCall([received, routed("AFTER_HOURS"), fwd, status("completed", 2, 51)], base)).toMatchObject({ status: "COMPLETED", forwardedTo: "+79160000000" });
    expect(projectCall([received, routed("PAUSED"), status("completed", 1, 8)], base)).toMatchObject({ status: "COMPLETED", route: "PAUSED" });
    expect(projectCall([received, routed(), status("busy", 1, 2)], base)).toMatchObject({ status: "FAILED" });
  });

  it("the menu choice sets the digits and the language the caller is served in", () => {
    const p = projectCall([received, routed(), callEvent("MENU_INPUT", dedupeKeys.menuInput(1), at(9), { digits: "2", language: "en" })], base);
    expect(p).toMatchObject({ menuDigits: "2", language: "en", startedAt: at(0) });
  });

  it("a late 'ringing' after 'completed' does not move the carrier status back", () => {
    expect(projectCall([received, routed(), status("completed", 3, 60, 60), status("ringing", 1, 1)], base)).toMatchObject({ carrierStatus: "completed", durationSeconds: 60 });
  });

  it("duplicate and reordered deliveries give the same row (any permutation, any duplicates)", () => {
    const events: NewCallEvent[] = [
      received,
      routed(),
      callEvent("MENU", dedupeKeys.menu, at(0), {}),
      callEvent("MENU_INPUT", dedupeKeys.menuInput(1), at(9), { digits: "1", language: null }),
      queued,
      callEvent("LEFT_QUEUE", dedupeKeys.leftQueue, at(70), { result: "leave", queueSeconds: 58 }),
      callEvent("OVERFLOW", dedupeKeys.overflow, at(70), { reason: "maxWait", action: "VOICEMAIL" }),
      callEvent("VOICEMAIL", dedupeKeys.voicemail, at(95), { url: "https://rec/RE2", seconds: 18 }),
      callEvent("RECORDING", dedupeKeys.recording("RE2"), at(99), { url: "https://rec/RE2", seconds: 18, kind: "voicemail" }),
      status("ringing", 0, 0),
      status("in-progress", 1, 0),
      status("completed", 2, 96, 96),
    ];
    const expected = projectCall(events, base);
    expect(expected).toMatchObject({ status: "VOICEMAIL", route: "OVERFLOW", waitSeconds: 58, endedAt: at(96), carrierStatus: "completed" });
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: events.length }), fc.array(fc.constantFrom(...events), { maxLength: 8 }), (order, dupes) => {
        expect(projectCall([...order, ...dupes], base)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
