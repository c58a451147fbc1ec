import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { startCarrierEmulator, type CarrierEmulator } from "@/server/telephony/emulator";
import { createTwilioPort } from "@/server/telephony/twilio-port";
import { makeTenant } from "@/tests/support/tenants";
import { termsWithHours } from "@/tests/support/telephony-terms";
import { callBySid, eventsOf, makeHotline, post, voiceParams, type HotlineOptions } from "@/tests/support/telephony";
import { startWebhookServer } from "@/tests/support/telephony-http";

// The emulator calls our route handlers over HTTP and signs for PUBLIC_URL: point PUBLIC_URL at the
// webhook server before any server code reads the environment (env() is read once, lazily).
let app: Awaited<ReturnType<typeof startWebhookServer>>;
let emulator: CarrierEmulator;

beforeAll(async () => {
  app = await startWebhookServer();
  process.env.PUBLIC_URL = app.url;
  emulator = await startCarrierEmulator({ authToken: process.env.TWILIO_AUTH_TOKEN!, timeScale: 0.02 });
  // Warm the route modules and the database pool, so the first call's webhook is not slower than a fast-forwarded caller.
  await post("voice", voiceParams("+74950000000"));
});
afterAll(async () => {
  await emulator?.stop();
  await app?.stop();
});

/** A hotline whose number the emulator owns with our webhooks (bought through the real twilio package). */
async function emulatedHotline(opts: HotlineOptions) {
  const line = await makeHotline(await makeTenant("emu"), opts);
  const port = createTwilioPort({ provider: "EMULATOR", accountSid: emulator.accountSid, authToken: emulator.authToken, emulatorUrl: emulator.url });
  await port.buyNumber(line.number.e164, "test");
  return line;
}

/** Places a call and waits until it ended and its final status reached the Call row. */
async function callAndWait(to: string, request: { staySeconds?: number; voicemailSeconds?: number; digits?: string }) {
  const { callSid } = emulator.placeCall({ to, from: "+79161234567", ...request });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const call = await callBySid(callSid);
    if (emulator.call(callSid)?.ended && call?.carrierStatus === "completed") return { call, transcript: emulator.call(callSid)!.transcript };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`call ${callSid} did not finish: ${JSON.stringify(emulator.call(callSid))}`);
}

describe("the call path, driven by the carrier emulator over HTTP", () => {
  it("a caller who hangs up while queued ends ABANDONED with the time they waited", async () => {
    const { number } = await emulatedHotline({ hotline: { maxWaitSeconds: 600 } });
    const { call, transcript } = await callAndWait(number.e164, { staySeconds: 150 });
    expect(transcript.map((e) => e.verb)).toEqual(expect.arrayContaining(["Say", "Enqueue"]));
    expect(call).toMatchObject({ status: "ABANDONED", route: "QUEUE" });
    expect(call.waitSeconds).toBeGreaterThan(0);
    expect(call.waitSeconds).toBeLessThan(150);
    expect((await eventsOf(call.id)).map((e) => e.type)).toEqual(expect.arrayContaining(["RECEIVED", "ROUTED", "QUEUED", "LEFT_QUEUE", "CARRIER_STATUS"]));
  });

  it("after hours: the caller leaves a voicemail that the call keeps", async () => {
    const { number } = await emulatedHotline({ terms: termsWithHours("ru", { alwaysOpen: false, weekly: {} }) });
    const { call } = await callAndWait(number.e164, { voicemailSeconds: 12 });
    expect(call).toMatchObject({ status: "VOICEMAIL", route: "AFTER_HOURS", voicemailSeconds: 12 });
    expect(call.voicemailUrl).toContain(emulator.url);
    expect((await fetch(call.voicemailUrl!)).headers.get("content-type")).toBe("audio/wav");
  });

  it("overflow: after the hotline's maximum wait the caller leaves the queue for voicemail", async () => {
    const { number } = await emulatedHotline({ hotline: { maxWaitSeconds: 60 } });
    const { call } = await callAndWait(number.e164, { staySeconds: 400, voicemailSeconds: 8 });
    expect(call).toMatchObject({ status: "VOICEMAIL", route: "OVERFLOW", voicemailSeconds: 8 });
    expect(call.waitSeconds).toBeGreaterThanOrEqual(60);
    expect(await db.callEvent.count({ where: { callId: call.id, type: "OVERFLOW" } })).toBe(1);
  });
});
