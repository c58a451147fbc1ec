import { describe, expect, it } from "vitest";
import { callMediaKeys, retentionCutoff } from "@/server/data/retention-cutoff";
import { retentionInputSchema } from "@/server/data/retention.schema";
import { toJson } from "@/server/data/client-export";
import { buildTimeline } from "@/server/call-log/timeline";

describe("recording retention rules", () => {
  it("empty keeps forever; 1..3650 whole days are accepted, from text or a number", () => {
    const parse = (v: unknown) => retentionInputSchema.safeParse({ recordingRetentionDays: v });
    expect(parse("").data).toEqual({ recordingRetentionDays: null });
    expect(parse("  ").data).toEqual({ recordingRetentionDays: null });
    expect(parse(null).data).toEqual({ recordingRetentionDays: null });
    expect(parse("1").data).toEqual({ recordingRetentionDays: 1 });
    expect(parse(" 90 ").data).toEqual({ recordingRetentionDays: 90 });
    expect(parse(3650).data).toEqual({ recordingRetentionDays: 3650 });
    for (const bad of ["0", "3651", "-5", "1.5", "abc", "1e3", 0, 3651, 2.5, Number.NaN, true, {}, undefined, "12345678901"]) {
      const r = parse(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
    }
    expect(parse("0").error!.issues[0]!.message).toBe("validation.data.retentionRange");
  });

  it("the cutoff is N days of 24 hours back; forever has none", () => {
    const now = new Date("2026-11-25T02:45:00Z");
    expect(retentionCutoff(now, null)).toBeNull();
    expect(retentionCutoff(now, 1)).toEqual(new Date("2026-11-24T02:45:00Z"));
    expect(retentionCutoff(now, 30)).toEqual(new Date("2026-10-26T02:45:00Z"));
  });

  it("media keys are per agency and call, and valid storage keys", () => {
    expect(callMediaKeys({ agencyId: "ag1", id: "c1" })).toEqual(["call-media/ag1/c1/recording", "call-media/ag1/c1/voicemail"]);
  });

  it("a purged call's timeline offers no player, though its events keep the links", () => {
    const events = [{ id: "1", type: "RECORDING", occurredAt: new Date(1000), data: { kind: "call", url: "https://x.test/r.wav", seconds: 3 } }];
    expect(buildTimeline(events, new Date(0))[0]!.audio).not.toBeNull();
    expect(buildTimeline(events, new Date(0), { mediaPurged: true })[0]!.audio).toBeNull();
  });
});

describe("client export JSON", () => {
  it("writes BigInt as text, dates as ISO", () => {
    expect(toJson({ a: 5000000n, d: new Date("2026-01-01T00:00:00Z") })).toBe('{"a":"5000000","d":"2026-01-01T00:00:00.000Z"}');
  });
});
