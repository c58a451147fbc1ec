import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { startCarrierEmulator, type CarrierEmulator } from "@/server/telephony/emulator";
import type { TelephonyPort } from "@/server/telephony/port";
import { QUIET_MINUTES, reconcileOpenCalls, UNKNOWN_AT_CARRIER } from "@/server/telephony/reconcile-open-calls";
import { createTwilioPort } from "@/server/telephony/twilio-port";
import { makeTenant } from "@/tests/support/tenants";
import { callBySid, eventsOf, makeHotline, post, ROUTES, voiceParams, type WebhookName } from "@/tests/support/telephony";

/**
 * Issue 9 (faults): a final status callback that reached no database (PostgreSQL down: 500) is never resent by
 * the carrier. Here our real routes run behind a node:http server that answers 500 to the status callbacks of
 * chosen calls, as the product did while PostgreSQL was down; the reconciliation then asks the carrier emulator
 * over HTTP through the real twilio package.
 */
const dropStatusOf = new Set<string>();
let server: http.Server;
let emulator: CarrierEmulator;
let port: TelephonyPort;

async function startApp() {
  server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const name = /^\/api\/telephony\/twilio\/([a-z-]+)/.exec(req.url ?? "")?.[1] as WebhookName | undefined;
    const route = name && ROUTES[name];
    if (!route || req.method !== "POST") return void res.writeHead(404).end();
    if (name === "status" && dropStatusOf.has(new URLSearchParams(body.toString()).get("CallSid") ?? "")) return void res.writeHead(500).end("database unavailable");
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const answer = await route(new Request(`http://internal${req.url}`, { method: "POST", headers, body }));
    res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "text/plain" });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  // The emulator signs for PUBLIC_URL: set it before any server code reads the environment.
  process.env.PUBLIC_URL = await startApp();
  emulator = await startCarrierEmulator({ authToken: process.env.TWILIO_AUTH_TOKEN!, timeScale: 0.02 });
  port = createTwilioPort({ provider: "EMULATOR", accountSid: emulator.accountSid, authToken: emulator.authToken, emulatorUrl: emulator.url });
});
afterAll(async () => {
  await emulator?.stop();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** A hotline (own agency) whose number the emulator owns with our webhooks, and a price plan so its calls are rated. */
async function emulatedHotline(label: string, hotline: { status?: "PAUSED" } = {}) {
  const line = await makeHotline(await makeTenant(label), { hotline: { maxWaitSeconds: 3600, ...hotline } });
  await db.pricePlan.create({
    data: { agencyId: line.client.agencyId, clientId: line.client.id, version: 1, effectiveFrom: new Date("2026-01-01T00:00:00Z"), currency: "RUB", monthlyFeeMinor: 0n, ratePerMinute: "2500" },
  });
  await port.buyNumber(line.number.e164, "reconcile test");
  return line;
}

async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

/** Places a call whose final status callback is answered 500, and waits until the carrier ended it and tried. */
async function callWithLostStatus(to: string, staySeconds: number) {
  const { callSid } = emulator.placeCall({ to, from: "+79161234567", staySeconds });
  dropStatusOf.add(callSid);
  const view = await until("the carrier ended the call", async () => {
    const v = emulator.call(callSid);
    return v?.ended && v;
  });
  const lost = view.transcript.filter((t) => t.verb === "status-callback").map((t) => t.params?.status);
  expect(lost).toEqual([500]);
  return { callSid, carrierSeconds: view.durationSeconds };
}

/** The reconciliation as the job runs it, at a time when every call placed here has been quiet long enough. */
const runLater = () => reconcileOpenCalls(db, port, new Date(Date.now() + (QUIET_MINUTES + 1) * 60_000));

const statusEvents = async (callId: string) => (await eventsOf(callId)).filter((e) => e.type === "CARRIER_STATUS");

describe("calls left open by a lost status callback are closed from the carrier", () => {
  it("closes each call with the carrier's status and duration, rolls it up and rates it once; a second run changes nothing", async () => {
    // Two agencies. A paused line: the caller hears the message and the carrier completes the call. A caller who
    // hangs up while it still rings: canceled. Nothing but the carrier's final status would end either call.
    const a = await emulatedHotline("recon-a", { status: "PAUSED" });
    const b = await emulatedHotline("recon-b");
    const paused = await callWithLostStatus(a.number.e164, 600);
    const canceled = await callWithLostStatus(b.number.e164, 0);
    expect(paused.carrierSeconds).toBeGreaterThan(0);

    const open = (await callBySid(paused.callSid))!;
    expect(open).toMatchObject({ status: "RINGING", route: "PAUSED", rolledUpAt: null, endedAt: null });
    // Not quiet long enough yet: nothing is asked.
    const early = await reconcileOpenCalls(db, port);
    expect(early.checked).toBe(0);
    expect((await callBySid(paused.callSid))!.status).toBe("RINGING");

    const run = await runLater();
    expect(run.settled).toBeGreaterThanOrEqual(2);
    const expected = [
      { lost: paused, line: a, status: "COMPLETED", carrierStatus: "completed" },
      { lost: canceled, line: b, status: "FAILED", carrierStatus: "canceled" },
    ] as const;
    for (const { lost, line, status, carrierStatus } of expected) {
      const call = (await callBySid(lost.callSid))!;
      expect(call).toMatchObject({ status, carrierStatus, durationSeconds: lost.carrierSeconds, agencyId: line.client.agencyId });
      expect(call.endedAt).not.toBeNull();
      expect(call.rolledUpAt).not.toBeNull();
      expect(await statusEvents(call.id)).toEqual([
        { type: "CARRIER_STATUS", dedupeKey: `status:${carrierStatus}`, data: { status: carrierStatus, sequence: null, durationSeconds: lost.carrierSeconds } },
      ]);
      expect(await db.usageRecord.count({ where: { callId: call.id, kind: "CALL" } })).toBe(1);
    }
    const sids = [paused.callSid, canceled.callSid];
    const hotlineIds = [a.hotline.id, b.hotline.id];
    const snapshot = async () => ({
      calls: await db.call.findMany({ where: { providerCallId: { in: sids } }, orderBy: { id: "asc" } }),
      events: await db.callEvent.findMany({ where: { call: { providerCallId: { in: sids } } }, orderBy: { id: "asc" } }),
      rollups: await db.callRollupDay.findMany({ where: { hotlineId: { in: hotlineIds } }, orderBy: [{ hotlineId: "asc" }, { day: "asc" }] }),
      usage: await db.usageRecord.findMany({ where: { clientId: { in: [a.client.id, b.client.id] } }, orderBy: { id: "asc" } }),
    });
    const before = await snapshot();
    expect(before.rollups.map((r) => r.hotlineId).sort()).toEqual([...hotlineIds].sort());
    const again = await runLater();
    expect(again.settled).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("a late real status callback after the reconciliation changes nothing that was settled", async () => {
    const line = await emulatedHotline("recon-late", { status: "PAUSED" });
    const { callSid } = await callWithLostStatus(line.number.e164, 600);
    await runLater();
    const settled = (await callBySid(callSid))!;
    expect(settled).toMatchObject({ status: "COMPLETED", carrierStatus: "completed" });
    // The carrier's own callback after all (the emulator delivers it again, now answered): the same final status,
    // with its SequenceNumber. Status, duration, end (to the carrier's second), rollup and rating stay as settled.
    dropStatusOf.delete(callSid);
    expect((await fetch(`${emulator.url}/emulator/calls/${callSid}/status-callback`, { method: "POST" })).status).toBe(200);
    const late = emulator.call(callSid)!.transcript.filter((t) => t.verb === "status-callback (again)").map((t) => t.params?.status);
    expect(late).toEqual([200]);
    const after = (await callBySid(callSid))!;
    const pick = (c: typeof after) => ({ status: c.status, carrierStatus: c.carrierStatus, durationSeconds: c.durationSeconds, rolledUpAt: c.rolledUpAt, endedAtSecond: Math.floor(c.endedAt!.getTime() / 1000) });
    expect(pick(after)).toEqual(pick(settled));
    expect(await db.usageRecord.count({ where: { callId: settled.id } })).toBe(1);
  });

  it("a call still live at the carrier stays open, and is asked again only after another quiet period", async () => {
    const line = await emulatedHotline("recon-live");
    // A caller who waits in the queue for an hour of call time (72 s real): live at the carrier all test long.
    const { callSid } = emulator.placeCall({ to: line.number.e164, from: "+79161234567", staySeconds: 3600 });
    const queued = await until("the call is queued", async () => {
      const call = await callBySid(callSid);
      return call?.status === "QUEUED" && call;
    });
    const events = await eventsOf(queued.id);

    const run = await reconcileOpenCalls(db, port, new Date(Date.now() + (QUIET_MINUTES + 1) * 60_000));
    expect(run.stillLive).toBeGreaterThanOrEqual(1);
    const after = (await callBySid(callSid))!;
    expect(after.status).toBe("QUEUED");
    expect(await eventsOf(queued.id)).toEqual(events);
    // The claim moved updatedAt: the next run a minute later does not ask about it again.
    expect(after.updatedAt.getTime()).toBeGreaterThan(queued.updatedAt.getTime());
    const next = await reconcileOpenCalls(db, port, new Date(after.updatedAt.getTime() + 60_000));
    expect(next.checked).toBe(0);
    expect(emulator.call(callSid)?.ended).toBe(false);
  });

  it("two instances reconciling at once ask the carrier about each call once", async () => {
    const line = await emulatedHotline("recon-race", { status: "PAUSED" });
    const lost = [await callWithLostStatus(line.number.e164, 600), await callWithLostStatus(line.number.e164, 600), await callWithLostStatus(line.number.e164, 600)];
    const asked: string[] = [];
    const counting: TelephonyPort = { ...port, fetchCall: (sid) => (asked.push(sid), port.fetchCall(sid)) };
    const later = new Date(Date.now() + (QUIET_MINUTES + 1) * 60_000);
    await Promise.all([reconcileOpenCalls(db, counting, later), reconcileOpenCalls(db, counting, later)]);
    const sids = lost.map((l) => l.callSid);
    expect(asked.filter((sid) => sids.includes(sid)).sort()).toEqual([...sids].sort());
    for (const sid of sids) expect((await callBySid(sid))!.status).toBe("COMPLETED");
  });

  it("a call the carrier does not know is recorded once and not asked about again", async () => {
    const line = await emulatedHotline("recon-unknown");
    // A call only our database has (the voice webhook, signed, but never placed at the emulator).
    const params = voiceParams(line.number.e164);
    expect((await post("voice", params)).status).toBe(200);

    const run = await runLater();
    expect(run.unknown).toBeGreaterThanOrEqual(1);
    expect((await callBySid(params.CallSid))!.status).toBe("RINGING");
    const marks = () => db.telephonyRejection.count({ where: { callSid: params.CallSid, endpoint: UNKNOWN_AT_CARRIER } });
    expect(await marks()).toBe(1);

    const again = await reconcileOpenCalls(db, port, new Date(Date.now() + 10 * 60_000));
    expect(again.unknown).toBe(0);
    expect(await marks()).toBe(1);
  });
});
