import twilio from "twilio";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startCarrierEmulator, type CarrierEmulator, type EmulatedCallRequest } from "@/server/telephony/emulator";
import { createTwilioPort } from "@/server/telephony/twilio-port";
import { EmulatorRequestClient } from "@/server/telephony/emulator-request-client";
import type { TelephonyPort } from "@/server/telephony/port";
import { startFakeApp, twiml, type FakeApp, type FakeRoute } from "../support/emulator-fake-app";

// The emulator calling a tiny fake app: signed requests, and the TwiML it answers acted out (100× fast).
const TOKEN = "test-twilio-auth-token-0123456789";
let emulator: CarrierEmulator;
let port: TelephonyPort;
let app: FakeApp | undefined;
let lastDigit = 0;

beforeAll(async () => {
  emulator = await startCarrierEmulator({ authToken: TOKEN, timeScale: 0.01 });
  port = createTwilioPort({ provider: "EMULATOR", accountSid: emulator.accountSid, authToken: TOKEN, emulatorUrl: emulator.url });
});
afterAll(() => emulator.stop());
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

const client = () => twilio(emulator.accountSid, TOKEN, { httpClient: new EmulatorRequestClient(emulator.url) });

/** A fresh number pointing at a fake app with these routes (plus /status), and a call to it. */
async function ring(routes: Record<string, FakeRoute>, request: Partial<EmulatedCallRequest> = {}) {
  app = await startFakeApp(TOKEN, { "/status": () => "", ...routes });
  const e164 = `+7495555010${lastDigit++}`;
  await client().incomingPhoneNumbers.create({ phoneNumber: e164, voiceUrl: `${app.url}/voice`, statusCallback: `${app.url}/status` });
  const { callSid } = emulator.placeCall({ to: e164, from: "+79161234567", ...request });
  return { callSid, e164, app };
}
const ended = async (callSid: string) => {
  await expect.poll(() => emulator.call(callSid)?.ended, { timeout: 10_000, interval: 20 }).toBe(true);
  return emulator.call(callSid)!;
};
const verbs = (callSid: string) => emulator.call(callSid)!.transcript.map((t) => t.verb);

describe("placing a call", () => {
  it("posts Twilio's parameters, signed so that twilio.validateRequest accepts them", async () => {
    const { callSid, e164, app } = await ring({ "/voice": () => twiml("<Hangup/>") }, { callerName: "Ivan Petrov", forwardedFrom: "+74951112233" });
    const voice = await app.waitFor("/voice");
    expect(voice.signatureValid).toBe(true);
    expect(voice.params).toMatchObject({
      CallSid: callSid, AccountSid: emulator.accountSid, From: "+79161234567", To: e164, CallStatus: "ringing", Direction: "inbound",
      ApiVersion: "2010-04-01", CallerName: "Ivan Petrov", ForwardedFrom: "+74951112233", ToCountry: "RU", ToCity: "MOSCOW", FromCountry: "RU",
    });
    expect(callSid).toMatch(/^CA[0-9a-f]{32}$/);
    const status = await app.waitFor("/status");
    expect(status.signatureValid).toBe(true);
    expect(status.params).toMatchObject({ CallSid: callSid, CallStatus: "completed", SequenceNumber: "0", CallbackSource: "call-progress-events" });
    // CallDuration in seconds (real HTTP milliseconds count as call time at this scale), Duration in billed minutes.
    expect(status.params.CallDuration).toMatch(/^\d+$/);
    expect(Number(status.params.Duration)).toBe(Math.ceil(Number(status.params.CallDuration) / 60));
    expect(status.params.Timestamp).toMatch(/\+0000$/);
    // A forged signature would not pass: the same check with another token fails.
    expect(twilio.validateRequest("another-token-another-token-00", "x", `${app.url}/voice`, voice.params)).toBe(false);
  });

  it("says, gathers the caller's digits, follows the action and reports the call's length", async () => {
    const greeting = "a".repeat(100);
    const { callSid, app } = await ring(
      {
        "/voice": () => twiml(`<Say language="ru-RU">${greeting}</Say>`, `<Gather numDigits="1" action="menu"><Say>Press 1</Say></Gather>`, "<Say>never</Say>"),
        "/menu": (r) => twiml(`<Say>You chose ${r.params.Digits}</Say>`, `<Pause length="3"/>`),
      },
      { digits: "2" },
    );
    const menu = await app.waitFor("/menu");
    expect(menu.params).toMatchObject({ Digits: "2", CallStatus: "in-progress" });
    expect(menu.signatureValid).toBe(true);
    const call = await ended(callSid);
    expect(call.status).toBe("completed");
    const say = call.transcript.find((t) => t.verb === "Say")!;
    expect(say).toMatchObject({ text: greeting, params: { language: "ru-RU" } });
    // 100 characters take about 6 s of call time.
    const gatherAt = call.transcript.find((t) => t.verb === "Gather")!.second;
    expect(gatherAt - say.second).toBeGreaterThanOrEqual(6);
    expect(call.transcript.map((t) => t.text)).not.toContain("never");
    const status = await app.waitFor("/status");
    expect(Number(status.params.CallDuration)).toBeGreaterThanOrEqual(10);
  });

  it("without digits, Gather times out and the document goes on", async () => {
    const { callSid } = await ring({ "/voice": () => twiml(`<Gather timeout="2" action="/menu"/>`, "<Say>No choice made</Say>") });
    const call = await ended(callSid);
    expect(call.transcript.find((t) => t.verb === "Gather")?.text).toBe("no input");
    expect(call.transcript.some((t) => t.text === "No choice made")).toBe(true);
  });

  it("follows a Redirect and a plain-text answer is read aloud", async () => {
    const { callSid, app } = await ring({ "/voice": () => twiml(`<Redirect method="POST">/next?step=2</Redirect>`), "/next": () => ({ type: "text/plain", body: "Hello in plain text" }) });
    const next = await app.waitFor("/next");
    expect(next.query.get("step")).toBe("2");
    expect(next.signatureValid).toBe(true);
    const call = await ended(callSid);
    expect(call.transcript.some((t) => t.verb === "Say" && t.text === "Hello in plain text")).toBe(true);
  });

  it("Reject does not answer: busy, with no duration", async () => {
    const { callSid, app } = await ring({ "/voice": () => twiml(`<Reject reason="busy"/>`) });
    const call = await ended(callSid);
    expect(call.status).toBe("busy");
    expect((await app.waitFor("/status")).params).toMatchObject({ CallStatus: "busy", CallDuration: "0" });
    expect(verbs(callSid)).not.toContain("answered");
  });
});

describe("queues", () => {
  it("holds callers in arrival order, asks the wait URL with their position, and leaves on <Leave/>", async () => {
    let leave = false;
    const routes = {
      "/voice": () => twiml(`<Enqueue waitUrl="/wait" action="/queue-result">hotline-1</Enqueue>`),
      "/wait": () => (leave ? twiml("<Leave/>") : twiml(`<Say>Please hold</Say><Pause length="2"/>`)),
      "/queue-result": () => twiml("<Say>Leaving the queue</Say><Hangup/>"),
    };
    const first = await ring(routes);
    await first.app.waitFor("/wait");
    const second = emulator.placeCall({ to: first.e164, from: "+79160000002" });
    const secondWait = await first.app.waitFor("/wait", (r) => r.params.CallSid === second.callSid);
    expect(secondWait.params).toMatchObject({ QueuePosition: "2", CurrentQueueSize: "2", MaxQueueSize: "1000" });
    expect(secondWait.params.QueueSid).toMatch(/^QU[0-9a-f]{32}$/);
    expect(secondWait.signatureValid).toBe(true);
    leave = true;
    const result = await first.app.waitFor("/queue-result", (r) => r.params.CallSid === first.callSid);
    expect(result.params.QueueResult).toBe("leave");
    expect(Number(result.params.QueueTime)).toBeGreaterThanOrEqual(1);
    await ended(first.callSid);
    await ended(second.callSid);
  });

  it("a caller who hangs up while queued: the action hears hangup with the wait, the call ends completed", async () => {
    const { callSid, app } = await ring(
      { "/voice": () => twiml(`<Enqueue waitUrl="/wait" action="/queue-result">hotline-2</Enqueue>`), "/wait": () => twiml(`<Play>http://x/music.mp3</Play>`), "/queue-result": () => twiml("<Hangup/>") },
      { staySeconds: 60 },
    );
    const result = await app.waitFor("/queue-result");
    expect(result.params).toMatchObject({ QueueResult: "hangup", CallStatus: "completed" });
    expect(Number(result.params.QueueTime)).toBeGreaterThanOrEqual(40);
    expect(Number(result.params.QueueTime)).toBeLessThanOrEqual(61);
    const call = await ended(callSid);
    expect(call.status).toBe("completed");
    expect(verbs(callSid)).toContain("caller hung up");
  });

  it("a full queue answers queue-full at once", async () => {
    const routes = {
      "/voice": () => twiml(`<Enqueue maxQueueSize="1" waitUrl="/wait" action="/queue-result">hotline-3</Enqueue>`),
      "/wait": () => twiml(`<Pause length="5"/>`),
      "/queue-result": (r: { params: Record<string, string> }) => twiml(`<Say>${r.params.QueueResult}</Say>`),
    };
    const first = await ring(routes, { staySeconds: 60 });
    await first.app.waitFor("/wait");
    const second = emulator.placeCall({ to: first.e164, from: "+79160000003" });
    const result = await first.app.waitFor("/queue-result", (r) => r.params.CallSid === second.callSid);
    expect(result.params).toMatchObject({ QueueResult: "queue-full", QueueTime: "0" });
    await port.endCall(first.callSid);
    expect((await ended(first.callSid)).status).toBe("completed");
  });

  it("the Calls API takes a caller out of the queue to a new URL (QueueResult redirected), or with TwiML", async () => {
    const { callSid, app } = await ring({
      "/voice": () => twiml(`<Enqueue waitUrl="/wait" action="/queue-result">hotline-4</Enqueue>`),
      "/wait": () => twiml(`<Pause length="10"/>`),
      "/queue-result": () => twiml("<Say>ignored</Say>"),
      "/operator": () => twiml("<Say>Connecting you to an operator</Say><Pause length=\"2\"/>"),
    });
    await app.waitFor("/wait");
    await port.redirectCall(callSid, `${app.url}/operator`);
    const operator = await app.waitFor("/operator");
    expect(operator.signatureValid).toBe(true);
    expect((await app.waitFor("/queue-result")).params.QueueResult).toBe("redirected");
    await client().calls(callSid).update({ twiml: "<Response><Say>Goodbye from TwiML</Say><Hangup/></Response>" });
    const call = await ended(callSid);
    expect(call.transcript.some((t) => t.text === "Goodbye from TwiML")).toBe(true);
    expect(call.transcript.some((t) => t.text === "ignored")).toBe(false);
  });
});

describe("voicemail and forwarding", () => {
  it("Record: the caller speaks, the action gets RecordingUrl (a WAV the emulator serves), the status callback fires", async () => {
    const { callSid, app } = await ring(
      {
        "/voice": () => twiml(`<Say>Leave a message</Say><Record maxLength="60" action="/voicemail" recordingStatusCallback="/recording"/>`),
        "/voicemail": () => twiml("<Hangup/>"),
        "/recording": () => "",
      },
      { voicemailSeconds: 12 },
    );
    const action = await app.waitFor("/voicemail");
    expect(action.params).toMatchObject({ RecordingDuration: "12", Digits: "" });
    const recording = await app.waitFor("/recording");
    expect(recording.params).toMatchObject({ RecordingStatus: "completed", RecordingDuration: "12", CallSid: callSid, RecordingUrl: action.params.RecordingUrl });
    const wav = await fetch(`${action.params.RecordingUrl}.wav`);
    expect(wav.headers.get("content-type")).toBe("audio/wav");
    expect(Buffer.from(await wav.arrayBuffer()).subarray(0, 4).toString()).toBe("RIFF");
    await ended(callSid);
  });

  it("a hang-up during Record still delivers the message with Digits=hangup", async () => {
    const { app } = await ring({ "/voice": () => twiml(`<Record action="/voicemail"/>`), "/voicemail": () => twiml("<Hangup/>") }, { voicemailSeconds: 120, staySeconds: 40 });
    const action = await app.waitFor("/voicemail");
    expect(action.params.Digits).toBe("hangup");
    expect(Number(action.params.RecordingDuration)).toBeGreaterThanOrEqual(25);
    expect(Number(action.params.RecordingDuration)).toBeLessThanOrEqual(40);
  });

  it("Dial: the target answers and talks, then the action hears completed and the duration; busy when scripted", async () => {
    const routes = { "/voice": () => twiml(`<Dial action="/dial-result" timeout="20"><Number>+74951112233</Number></Dial>`), "/dial-result": () => twiml("<Hangup/>") };
    const answered = await ring(routes, { dialSeconds: 40 });
    const result = await answered.app.waitFor("/dial-result");
    expect(result.params).toMatchObject({ DialCallStatus: "completed", DialBridged: "true" });
    expect(Number(result.params.DialCallDuration)).toBeGreaterThanOrEqual(40);
    await ended(answered.callSid);
    await app!.stop();
    const busy = await ring(routes, { dialStatus: "busy" });
    expect((await busy.app.waitFor("/dial-result")).params).toMatchObject({ DialCallStatus: "busy" });
  });
});

describe("an app that answers badly never crashes the emulator", () => {
  const cases: [string, FakeRoute, number][] = [
    ["malformed XML", () => "<Response><Say>unclosed</Response>", 12100],
    ["an unknown verb", () => twiml("<Sya>typo</Sya>"), 12100],
    ["a wrong root", () => "<Reply><Say>hi</Say></Reply>", 12100],
    ["an HTTP 500", () => ({ status: 500, body: "boom" }), 11200],
    ["an empty body", () => "", 12100],
    ["a bad attribute", () => twiml(`<Pause length="soon"/>`), 12100],
  ];
  it.each(cases)("%s: logged, the caller hears the application error, the call fails", async (_label, route, code) => {
    const { callSid, app } = await ring({ "/voice": route });
    const call = await ended(callSid);
    expect(call.status).toBe("failed");
    expect(call.transcript.find((t) => t.verb === "error")?.params).toMatchObject({ code });
    expect(call.transcript.some((t) => t.verb === "Say" && /application error/.test(t.text ?? ""))).toBe(true);
    expect((await app.waitFor("/status")).params.CallStatus).toBe("failed");
  });

  it("a bad action document mid-call fails the call the same way", async () => {
    const { callSid } = await ring({ "/voice": () => twiml(`<Gather numDigits="1" action="/menu"/>`), "/menu": () => "<Response><Gather><Dial/></Gather></Response>" }, { digits: "1" });
    const call = await ended(callSid);
    expect(call.status).toBe("failed");
    expect(call.transcript.find((t) => t.verb === "error")?.text).toMatch(/cannot be nested in <Gather>/);
  });
});

describe("control API", () => {
  it("places a call, shows its transcript, hangs it up and delivers its status callback again", async () => {
    const { e164, app } = await ring({ "/voice": () => twiml(`<Pause length="100"/>`) });
    const placed = await fetch(`${emulator.url}/emulator/calls`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ to: e164, from: "+12125550100", language: "en" }) });
    expect(placed.status).toBe(201);
    const { callSid } = (await placed.json()) as { callSid: string };
    await app.waitFor("/voice", (r) => r.params.CallSid === callSid);
    expect((await fetch(`${emulator.url}/emulator/calls/${callSid}/hangup`, { method: "POST" })).status).toBe(200);
    await ended(callSid);
    const view = (await (await fetch(`${emulator.url}/emulator/calls/${callSid}`)).json()) as { status: string; ended: boolean; transcript: { verb: string }[] };
    expect(view).toMatchObject({ status: "completed", ended: true });
    expect(view.transcript.map((t) => t.verb)).toEqual(expect.arrayContaining(["ringing", "webhook", "answered", "Pause", "caller hung up", "ended"]));
    expect((await fetch(`${emulator.url}/emulator/calls/${callSid}/status-callback`, { method: "POST" })).status).toBe(200);
    const deliveries = app.requests.filter((r) => r.path === "/status" && r.params.CallSid === callSid);
    expect(deliveries).toHaveLength(2);
    expect(deliveries[1]!.params).toEqual(deliveries[0]!.params);
  });

  it("refuses a bad request with the field and the reason", async () => {
    const response = await fetch(`${emulator.url}/emulator/calls`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ to: "8 495", from: "+7916", digits: "1x" }) });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { message: string; code: number };
    expect(body.message).toMatch(/to: must be an E\.164 number/);
    expect(body.message).toMatch(/digits: digits are 0-9/);
    expect((await fetch(`${emulator.url}/emulator/calls`, { method: "POST", body: "{not json" })).status).toBe(400);
    expect((await fetch(`${emulator.url}/emulator/calls/CA123`)).status).toBe(404);
  });
});
