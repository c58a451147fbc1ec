import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCarrierEmulator, type CarrierEmulator } from "@/server/telephony/emulator";
import { startFakeApp, twiml, type FakeApp } from "../support/emulator-fake-app";

// Generated traffic: Poisson arrivals, bounded by count and time, watched through the control API.
const TOKEN = "test-twilio-auth-token-0123456789";
let emulator: CarrierEmulator;
let app: FakeApp;

const control = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${emulator.url}${path}`, { method, headers: body ? { "content-type": "application/json" } : {}, body: body ? JSON.stringify(body) : undefined });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

beforeAll(async () => {
  app = await startFakeApp(TOKEN, {
    "/voice": () => twiml(`<Gather numDigits="1" action="/menu" timeout="2"><Say>Press 1 or 2</Say></Gather>`, `<Enqueue waitUrl="/wait">traffic</Enqueue>`),
    "/menu": () => twiml(`<Enqueue waitUrl="/wait">traffic</Enqueue>`),
    "/wait": () => twiml(`<Pause length="10"/>`),
    "/status": () => "",
  });
  emulator = await startCarrierEmulator({ authToken: TOKEN, timeScale: 0.005 });
  for (const phoneNumber of ["+74955550110", "+18005550110"]) {
    await fetch(`${emulator.url}/2010-04-01/Accounts/${emulator.accountSid}/IncomingPhoneNumbers.json`, {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from(`${emulator.accountSid}:${TOKEN}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ PhoneNumber: phoneNumber, VoiceUrl: `${app.url}/voice`, StatusCallback: `${app.url}/status` }),
    });
  }
});
afterAll(async () => {
  await emulator.stop();
  await app.stop();
});

describe("traffic", () => {
  it("places exactly maxCalls calls to the given numbers, each ending with a status callback", async () => {
    const started = await control("POST", "/emulator/traffic", { numbers: ["+74955550110", "+18005550110"], callsPerMinute: 120, maxCalls: 12, seed: 7, staySeconds: { min: 100, max: 200 } });
    expect(started.status).toBe(201);
    const id = started.body.id as string;
    await expect.poll(async () => (await control("GET", `/emulator/traffic/${id}`)).body, { timeout: 15_000, interval: 50 }).toMatchObject({ status: "finished", placed: 12, active: 0 });
    const run = (await control("GET", `/emulator/traffic/${id}`)).body as { callSids: string[]; byStatus: Record<string, number> };
    expect(run.byStatus).toEqual({ completed: 12 });
    const statusCallbacks = app.requests.filter((r) => r.path === "/status" && run.callSids.includes(r.params.CallSid!));
    expect(statusCallbacks).toHaveLength(12);
    expect(new Set(statusCallbacks.map((r) => r.params.To))).toEqual(new Set(["+74955550110", "+18005550110"]));
    expect(statusCallbacks.every((r) => r.signatureValid)).toBe(true);
    // Russian numbers get Russian mobile callers, US numbers US ones.
    expect(statusCallbacks.filter((r) => r.params.To === "+74955550110").every((r) => r.params.From!.startsWith("+79"))).toBe(true);
  });

  it("stops at maxSeconds of call time even below maxCalls, and can be stopped", async () => {
    const timed = await control("POST", "/emulator/traffic", { numbers: ["+74955550110"], callsPerMinute: 1, maxCalls: 1000, maxSeconds: 30, staySeconds: { min: 5, max: 5 } });
    await expect.poll(async () => (await control("GET", `/emulator/traffic/${timed.body.id}`)).body.status, { timeout: 10_000, interval: 50 }).toBe("finished");
    expect((await control("GET", `/emulator/traffic/${timed.body.id}`)).body.placed).toBeLessThan(10);
    const endless = await control("POST", "/emulator/traffic", { numbers: ["+74955550110"], callsPerMinute: 1, maxCalls: 1000, maxSeconds: 86_400 });
    const stopped = await control("DELETE", `/emulator/traffic/${endless.body.id}`);
    expect(stopped.body.status).toBe("stopped");
  });

  it("refuses unbounded or malformed requests", async () => {
    const tooFast = await control("POST", "/emulator/traffic", { numbers: ["+74955550110"], callsPerMinute: 100_000 });
    expect(tooFast.status).toBe(400);
    expect(tooFast.body.message).toMatch(/callsPerMinute/);
    expect((await control("POST", "/emulator/traffic", { numbers: [], callsPerMinute: 5 })).status).toBe(400);
    expect((await control("POST", "/emulator/traffic", { numbers: ["74955550110"], callsPerMinute: 5 })).body.message).toMatch(/E\.164/);
    expect((await control("GET", "/emulator/traffic/TR0")).status).toBe(404);
  });
});
