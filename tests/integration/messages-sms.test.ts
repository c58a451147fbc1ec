import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as smsStatusRoute } from "@/app/api/telephony/twilio/sms-status/route";
import { db } from "@/server/db";
import { deliverDueOutbox } from "@/server/jobs/outbox";
import { deliverOutcome } from "@/server/messages/deliver";
import { startCarrierEmulator, type CarrierEmulator } from "@/server/telephony/emulator";
import { messagingFixture } from "../support/messages";
import { makeTenant } from "../support/tenants";

// The emulator posts the signed SMS status callback to our real route handler, served here over HTTP.
let server: http.Server;
let emulator: CarrierEmulator;

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const answer = req.url?.startsWith("/api/telephony/twilio/sms-status")
      ? await smsStatusRoute(new Request(`http://internal${req.url}`, { method: "POST", headers, body: Buffer.concat(chunks) }))
      : new Response("", { status: 404 });
    res.writeHead(answer.status).end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.PUBLIC_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  emulator = await startCarrierEmulator({ authToken: process.env.TWILIO_AUTH_TOKEN!, timeScale: 0.01 });
  process.env.CARRIER_EMULATOR_URL = emulator.url;
});
afterAll(async () => {
  await emulator?.stop();
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
});

describe("call summary by SMS through the carrier emulator", () => {
  it("sends from the hotline's number, and the signed status callback marks it DELIVERED once", async () => {
    const t = await makeTenant("msgsms");
    const f = await messagingFixture(t.agency.id, { recipients: ["anna"], channel: "SMS", urgent: true, requiresAck: true });
    const [id] = await db.$transaction((tx) => deliverOutcome(tx, { call: f.call, outcomeCode: "CALLBACK", terms: f.terms, clientId: f.client.id, agencyId: t.agency.id }));
    expect(await deliverDueOutbox(db)).toBe(1);

    const deadline = Date.now() + 10_000;
    let row = await db.message.findUniqueOrThrow({ where: { id: id! }, include: { events: { orderBy: { id: "asc" } } } });
    while (row.status !== "DELIVERED" && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      row = await db.message.findUniqueOrThrow({ where: { id: id! }, include: { events: { orderBy: { id: "asc" } } } });
    }
    expect(row.recipient).toBe("+79160000001");
    expect(row.events.map((e) => e.status)).toEqual(["QUEUED", "SENT", "DELIVERED"]);
    expect(row.events[1]!.detail).toMatch(/^SM[0-9a-f]{32}$/);
  });

  it("refuses an unsigned status callback and changes nothing", async () => {
    const answer = await smsStatusRoute(
      new Request(`${process.env.PUBLIC_URL}/api/telephony/twilio/sms-status?message=x`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "MessageStatus=delivered" }),
    );
    expect(answer.status).toBe(403);
  });
});
