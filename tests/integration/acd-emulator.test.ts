import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { startAcdLoop } from "@/server/acd/loop";
import { acceptOffer } from "@/server/acd/offers";
import { startOutboxWorker } from "@/server/jobs/worker";
import { startCarrierEmulator, type CarrierEmulator } from "@/server/telephony/emulator";
import { createTwilioPort } from "@/server/telephony/twilio-port";
import { POST as connect } from "@/app/api/telephony/twilio/connect/route";
import { POST as connectResult } from "@/app/api/telephony/twilio/connect-result/route";
import { makeOperator, profileOf } from "@/tests/support/acd";
import { makeTenant } from "@/tests/support/tenants";
import { callBySid, eventsOf, makeHotline, ROUTES } from "@/tests/support/telephony";

const routes: Record<string, (req: Request) => Promise<Response>> = { ...ROUTES, connect, "connect-result": connectResult };

/** Our real route handlers (issue 5's and the ACD's) behind node:http, for the emulator to call. */
async function startServer() {
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const route = routes[/^\/api\/telephony\/twilio\/([a-z-]+)/.exec(req.url ?? "")?.[1] ?? ""];
    if (!route) return void res.writeHead(404).end();
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const answer = await route(new Request(`http://internal${req.url}`, { method: "POST", headers, body: Buffer.concat(chunks) }));
    res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "text/plain" });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop: () => (server.closeAllConnections(), new Promise<void>((r) => server.close(() => r()))) };
}

let app: Awaited<ReturnType<typeof startServer>>;
let emulator: CarrierEmulator;
let stops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  app = await startServer();
  emulator = await startCarrierEmulator({ authToken: process.env.TWILIO_AUTH_TOKEN!, timeScale: 0.01 });
  // Before any server code reads the environment: our webhooks live here, the carrier is the emulator.
  process.env.PUBLIC_URL = app.url;
  process.env.CARRIER_EMULATOR_URL = emulator.url;
  stops = [startAcdLoop(), startOutboxWorker()];
});
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
  await emulator?.stop();
  await app?.stop();
});

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("the ACD through the carrier emulator", () => {
  it("queued call → offer → accept → CONNECTED to the operator's browser → caller hangs up → COMPLETED with talk seconds", async () => {
    const t = await makeTenant("acd-emu");
    const { hotline, number } = await makeHotline(t, { hotline: { maxWaitSeconds: 600 } });
    const port = createTwilioPort({ provider: "EMULATOR", accountSid: emulator.accountSid, authToken: emulator.authToken, emulatorUrl: emulator.url });
    await port.buyNumber(number.e164, "acd test");
    const operator = await makeOperator(t, { skills: [{ hotlineId: hotline.id, level: 4 }] });

    const { callSid } = emulator.placeCall({ to: number.e164, from: "+79161234567", staySeconds: 500 });
    const offer = await until("an offer", () => db.callOffer.findFirst({ where: { agencyId: t.agency.id, operatorUserId: operator, status: "RINGING" } }));
    expect(await db.liveEvent.count({ where: { agencyId: t.agency.id, userId: operator, type: "offer.created" } })).toBe(1);
    await acceptOffer(db, { agencyId: t.agency.id, userId: operator, offerId: offer.id });

    await until("the browser to answer", async () => emulator.call(callSid)?.transcript.some((e) => e.verb === "Dial answered"));
    const dial = emulator.call(callSid)!.transcript.find((e) => e.verb === "Dial");
    expect(dial?.params?.to).toBe(`Client:op_${operator}`);
    expect((await callBySid(callSid))?.status).toBe("CONNECTED");

    const call = await until("the call to complete", async () => {
      const row = await callBySid(callSid);
      return row?.status === "COMPLETED" ? row : null;
    });
    expect(call.operatorUserId).toBe(operator);
    expect(call.talkSeconds).toBeGreaterThan(0);
    expect(call.connectedAt).not.toBeNull();
    expect((await eventsOf(call.id)).map((e) => e.type)).toEqual(expect.arrayContaining(["QUEUED", "OFFERED", "CONNECTED", "LEFT_QUEUE", "WRAP_UP", "CARRIER_STATUS"]));
    expect(await profileOf(t.agency.id, operator)).toMatchObject({ presence: "WRAP_UP", currentCallId: call.id });
  });
});
