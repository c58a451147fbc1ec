import twilio from "twilio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCarrierEmulator, type CarrierEmulator } from "@/server/telephony/emulator";
import { createTwilioPort } from "@/server/telephony/twilio-port";
import { EmulatorRequestClient } from "@/server/telephony/emulator-request-client";
import type { TelephonyPort } from "@/server/telephony/port";

// The app's side of the emulator: the real twilio package, re-hosted by EmulatorRequestClient.
const TOKEN = "test-twilio-auth-token-0123456789";
let emulator: CarrierEmulator;
let port: TelephonyPort;

beforeAll(async () => {
  emulator = await startCarrierEmulator({ authToken: TOKEN, timeScale: 0.01 });
  port = createTwilioPort({ provider: "EMULATOR", accountSid: emulator.accountSid, authToken: TOKEN, emulatorUrl: emulator.url });
});
afterAll(() => emulator.stop());

const rawClient = (token = TOKEN) => twilio(emulator.accountSid, token, { httpClient: new EmulatorRequestClient(emulator.url) });

describe("numbers through the twilio package", () => {
  it("offers Moscow, toll-free and US numbers from its inventory, filtered by Contains", async () => {
    const moscow = await port.searchNumbers({ country: "RU", kind: "LOCAL", limit: 5 });
    expect(moscow).toHaveLength(5);
    expect(moscow.some((n) => n.e164.startsWith("+7495555") && n.locality === "Moscow")).toBe(true);
    const tollFree = await port.searchNumbers({ country: "US", kind: "TOLL_FREE", contains: "0155" });
    expect(tollFree.map((n) => n.e164)).toEqual(["+18005550155"]);
    expect(await port.searchNumbers({ country: "RU", kind: "TOLL_FREE", contains: "555014*" })).toHaveLength(10);
  });

  it("buys a number with our webhooks, idempotently, and stops offering it", async () => {
    const bought = await port.buyNumber("+74955550142", "Aurora, Moscow");
    expect(bought).toMatchObject({ e164: "+74955550142", friendlyName: "Aurora, Moscow" });
    expect(bought.sid).toMatch(/^PN[0-9a-f]{32}$/);
    const again = await port.buyNumber("+74955550142", "Aurora, Moscow line");
    expect(again.sid).toBe(bought.sid);
    const owned = emulator.numbers().filter((n) => n.e164 === "+74955550142");
    expect(owned).toHaveLength(1);
    expect(owned[0]).toMatchObject({ voiceUrl: "http://localhost:3999/api/telephony/twilio/voice", statusCallback: "http://localhost:3999/api/telephony/twilio/status", friendlyName: "Aurora, Moscow line" });
    const offered = await port.searchNumbers({ country: "RU", kind: "LOCAL", contains: "74955550142" });
    expect(offered).toEqual([]);
  });

  it("answers Twilio's error shape: an owned number is not available, a bad one is invalid", async () => {
    await port.buyNumber("+12125550107", "NY");
    const create = (phoneNumber: string) => rawClient().incomingPhoneNumbers.create({ phoneNumber, voiceUrl: "http://localhost:3999/voice" });
    await expect(create("+12125550107")).rejects.toMatchObject({ status: 400, code: 21422, moreInfo: "https://www.twilio.com/docs/errors/21422" });
    await expect(create("12345")).rejects.toMatchObject({ status: 400, code: 21421 });
    await expect(rawClient().incomingPhoneNumbers.create({ phoneNumber: "+12125550108", voiceUrl: "not a url" })).rejects.toMatchObject({ status: 400, code: 21502 });
  });

  it("refuses a wrong auth token with 401 (20003) and an unknown country with 404", async () => {
    await expect(rawClient("wrong-token-wrong-token-0000").incomingPhoneNumbers.list()).rejects.toMatchObject({ status: 401, code: 20003 });
    await expect(port.searchNumbers({ country: "ZZ", kind: "LOCAL" })).rejects.toMatchObject({ status: 404, code: 20404 });
  });

  it("attaches an owned number by sid, lists by PhoneNumber, releases idempotently", async () => {
    const bought = await rawClient().incomingPhoneNumbers.create({ phoneNumber: "+18005550133", friendlyName: "bought in the console" });
    expect(bought.voiceUrl).toBe("");
    const attached = await port.attachNumber(bought.sid, "Bluebird toll-free");
    expect(attached).toEqual({ sid: bought.sid, e164: "+18005550133", friendlyName: "Bluebird toll-free" });
    const listed = await rawClient().incomingPhoneNumbers.list({ phoneNumber: "+18005550133" });
    expect(listed.map((n) => [n.sid, n.voiceUrl, n.statusCallback])).toEqual([[bought.sid, "http://localhost:3999/api/telephony/twilio/voice", "http://localhost:3999/api/telephony/twilio/status"]]);
    await port.releaseNumber(bought.sid);
    await port.releaseNumber(bought.sid);
    await expect(rawClient().incomingPhoneNumbers(bought.sid).fetch()).rejects.toMatchObject({ status: 404 });
    await expect(port.attachNumber(bought.sid, "gone")).rejects.toMatchObject({ status: 404 });
  });

  it("gives a number the same sid when it is bought again after a restart", async () => {
    const first = await port.buyNumber("+78005550177", "toll-free");
    const other = await startCarrierEmulator({ authToken: TOKEN, timeScale: 0.01 });
    try {
      const otherPort = createTwilioPort({ provider: "EMULATOR", accountSid: other.accountSid, authToken: TOKEN, emulatorUrl: other.url });
      expect((await otherPort.buyNumber("+78005550177", "toll-free")).sid).toBe(first.sid);
    } finally {
      await other.stop();
    }
  });
});

describe("calls through the twilio package", () => {
  it("fetches a call and refuses to redirect one that has ended (21220)", async () => {
    // Nothing listens at this VoiceUrl: the call fails with the application error and ends.
    await rawClient().incomingPhoneNumbers.create({ phoneNumber: "+74955550150", voiceUrl: "http://127.0.0.1:9/voice" });
    const { callSid } = await port.placeTestCall!({ to: "+74955550150", from: "+79161234567", staySeconds: 30 });
    await expect.poll(() => emulator.call(callSid)?.ended, { timeout: 10_000 }).toBe(true);
    const call = await rawClient().calls(callSid).fetch();
    expect(call).toMatchObject({ sid: callSid, status: "failed", direction: "inbound", from: "+79161234567", to: "+74955550150" });
    await expect(port.redirectCall(callSid, "http://localhost:3999/elsewhere")).rejects.toMatchObject({ status: 400, code: 21220 });
    await expect(port.endCall("CA00000000000000000000000000000000")).rejects.toMatchObject({ status: 404 });
  });

  it("a test call to a number the emulator does not own is refused with a reason", async () => {
    await expect(port.placeTestCall!({ to: "+74955550199", from: "+79161234567" })).rejects.toMatchObject({ status: 404, code: 21211 });
  });
});
