import { describe, expect, it } from "vitest";
import { callFiltersSchema } from "@/server/call-log/call-log.schema";
import { callerMatch } from "@/server/call-log/caller-search";
import { anyInProgress, isFinalStatus } from "@/server/call-log/call-status";
import { dayRangeInZone, localIsoDate } from "@/server/call-log/day-range";
import { buildTimeline, safeAudioUrl } from "@/server/call-log/timeline";

describe("days picked in the agency's zone", () => {
  it("a day in Moscow starts at 21:00 UTC the evening before", () => {
    expect(dayRangeInZone({ from: "2026-03-01", to: "2026-03-01" }, "Europe/Moscow")).toEqual({
      gte: new Date("2026-02-28T21:00:00Z"),
      lt: new Date("2026-03-01T21:00:00Z"),
    });
  });

  it("the day US clocks spring forward is 23 hours long, the day they fall back 25", () => {
    const spring = dayRangeInZone({ from: "2026-03-08", to: "2026-03-08" }, "America/New_York");
    expect(spring).toEqual({ gte: new Date("2026-03-08T05:00:00Z"), lt: new Date("2026-03-09T04:00:00Z") });
    const fall = dayRangeInZone({ from: "2026-11-01", to: "2026-11-01" }, "America/New_York");
    expect(fall.lt!.getTime() - fall.gte!.getTime()).toBe(25 * 3_600_000);
  });

  it("an open end stays open", () => {
    expect(dayRangeInZone({ from: "2026-03-01" }, "Europe/Berlin")).toEqual({ gte: new Date("2026-02-28T23:00:00Z") });
    expect(dayRangeInZone({}, "Europe/Berlin")).toEqual({});
  });

  it("today in a zone is the local date, not the UTC one", () => {
    const lateEvening = new Date("2026-03-01T22:30:00Z");
    expect(localIsoDate(lateEvening, "Europe/Moscow")).toBe("2026-03-02");
    expect(localIsoDate(lateEvening, "America/New_York")).toBe("2026-03-01");
    expect(localIsoDate(lateEvening, "Europe/Moscow", -6)).toBe("2026-02-24");
  });
});

describe("caller search", () => {
  it("reads a number as people write it, in the countries the agency serves", () => {
    expect(callerMatch("8 (916) 123-45-67", ["RU"])).toEqual({ kind: "phone", exact: ["+79161234567"], digits: "89161234567" });
    expect(callerMatch("+1 212 555 0142")).toMatchObject({ kind: "phone", exact: ["+12125550142"] });
  });

  it("a fragment matches by its digits; text without digits searches names", () => {
    expect(callerMatch("555 01")).toEqual({ kind: "phone", exact: [], digits: "55501" });
    expect(callerMatch("  Ivanov ")).toEqual({ kind: "name", text: "Ivanov" });
    expect(callerMatch("   ")).toBeNull();
  });
});

describe("call filters", () => {
  const errorsOf = (input: unknown) => {
    const r = callFiltersSchema.safeParse(input);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
  };

  it("explains each bad filter next to it", () => {
    expect(errorsOf({ from: "2026-02-30" })).toEqual({ from: "validation.calls.date" });
    expect(errorsOf({ from: "2026-03-05", to: "2026-03-01" })).toEqual({ to: "validation.calls.toBeforeFrom" });
    expect(errorsOf({ caller: "12" })).toEqual({ caller: "validation.calls.callerTooShort" });
    expect(errorsOf({ status: "LOST" })).toEqual({ status: "validation.calls.status" });
  });

  it("accepts a same-day range and a name search", () => {
    expect(errorsOf({ from: "2026-03-01", to: "2026-03-01", caller: "Anna", status: "QUEUED", route: "OVERFLOW" })).toEqual({});
  });
});

describe("call states", () => {
  it("final states stop the live refresh", () => {
    expect(isFinalStatus("ABANDONED")).toBe(true);
    expect(isFinalStatus("QUEUED")).toBe(false);
    expect(anyInProgress([{ status: "COMPLETED" }, { status: "VOICEMAIL" }])).toBe(false);
    expect(anyInProgress([{ status: "COMPLETED" }, { status: "IN_MENU" }])).toBe(true);
  });
});

describe("the timeline", () => {
  const start = new Date("2026-03-01T10:00:00Z");
  const at = (s: number) => new Date(start.getTime() + s * 1000);

  it("orders events by when they happened, then by arrival, whatever order they were stored in", () => {
    const timeline = buildTimeline(
      [
        { id: "12", type: "CARRIER_STATUS", occurredAt: at(60), data: { status: "completed", sequence: 2, durationSeconds: 60 } },
        { id: "10", type: "QUEUED", occurredAt: at(5), data: {} },
        { id: "9", type: "ROUTED", occurredAt: at(0), data: { route: "QUEUE" } },
        { id: "3", type: "RECEIVED", occurredAt: at(0), data: { from: "+79161234567", termsVersionNumber: 2 } },
      ],
      start,
    );
    expect(timeline.map((e) => e.type)).toEqual(["RECEIVED", "ROUTED", "QUEUED", "CARRIER_STATUS"]);
    expect(timeline.map((e) => e.offsetSeconds)).toEqual([0, 0, 5, 60]);
    expect(timeline[0]!.facts).toEqual({ from: "+79161234567", termsVersionNumber: 2 });
    expect(timeline[3]!.facts).toEqual({ status: "completed", sequence: 2, durationSeconds: 60 });
  });

  it("keeps unknown types and odd data visible instead of failing", () => {
    const [e] = buildTimeline([{ id: "1", type: "SOMETHING_NEW", occurredAt: at(-3), data: ["not", "an", "object"] }], start);
    expect(e).toMatchObject({ type: "OTHER", rawType: "SOMETHING_NEW", facts: {}, offsetSeconds: 0, audio: null });
    const [f] = buildTimeline([{ id: "2", type: "LEFT_QUEUE", occurredAt: at(9), data: { result: "hangup", queueSeconds: "42", junk: { deep: 1 } } }], start);
    expect(f!.facts).toEqual({ result: "hangup", queueSeconds: 42 });
  });

  it("offers a player for voicemails and recordings with a web address only", () => {
    const [vm, bad] = buildTimeline(
      [
        { id: "1", type: "VOICEMAIL", occurredAt: at(30), data: { url: "http://localhost:4010/rec/RE1.wav", seconds: 12 } },
        { id: "2", type: "RECORDING", occurredAt: at(31), data: { url: "javascript:alert(1)", seconds: 3 } },
      ],
      start,
    );
    expect(vm!.audio).toEqual({ url: "http://localhost:4010/rec/RE1.wav", seconds: 12 });
    expect(bad!.audio).toBeNull();
    expect(safeAudioUrl("not a url")).toBeNull();
  });
});

describe("the timeline's audio", () => {
  it("plays a voicemail once even when its recording callback brings the same clip again", () => {
    const start = new Date("2026-03-01T10:00:00Z");
    const url = "http://localhost:4010/recordings/RE1.wav";
    const [vm, rec] = buildTimeline(
      [
        { id: "1", type: "VOICEMAIL", occurredAt: new Date(start.getTime() + 30_000), data: { url, seconds: 12 } },
        { id: "2", type: "RECORDING", occurredAt: new Date(start.getTime() + 31_000), data: { url, seconds: 12, kind: "voicemail" } },
      ],
      start,
    );
    expect(vm!.audio).toEqual({ url, seconds: 12 });
    expect(rec!.audio).toBeNull();
    expect(rec!.facts.kind).toBe("voicemail");
  });
});
