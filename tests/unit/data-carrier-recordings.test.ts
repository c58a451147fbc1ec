import { describe, expect, it } from "vitest";
import { carrierRecordingSids, recordingSidOfUrl } from "@/server/data/carrier-recording-sids";

const A = `RE${"a".repeat(32)}`;
const B = `RE${"0123456789abcdef".repeat(2)}`;
const url = (sid: string, tail = "") => `https://api.twilio.com/2010-04-01/Accounts/AC${"1".repeat(32)}/Recordings/${sid}${tail}`;

describe("carrier recording sids of a purged call", () => {
  it("reads the sid out of a carrier RecordingUrl, with or without extension or query; nothing from other URLs", () => {
    expect(recordingSidOfUrl(url(A))).toBe(A);
    expect(recordingSidOfUrl(url(A, ".wav"))).toBe(A);
    expect(recordingSidOfUrl(url(A, ".mp3?Download=true"))).toBe(A);
    for (const other of [null, "", "http://localhost:3000/demo/voicemail.wav", url("REc1234"), url(`${A}0`), url(A, "/Transcriptions"), `https://x.test/${A}`]) {
      expect(recordingSidOfUrl(other), String(other)).toBeNull();
    }
  });

  it("joins the callback's sids and the URLs' sids, once each, and ignores malformed sids", () => {
    const sids = carrierRecordingSids({
      recordingUrl: url(B),
      voicemailUrl: url(A),
      recordingEvents: [{ data: { sid: A, url: url(A), kind: "voicemail" } }, { data: { sid: "RE../../Calls", url: "not a url" } }, { data: null }, { data: { sid: B } }],
    });
    expect(sids.sort()).toEqual([A, B].sort());
    expect(carrierRecordingSids({ recordingUrl: null, voicemailUrl: "http://localhost/demo/voicemail.wav", recordingEvents: [] })).toEqual([]);
  });
});
