import { randomBytes, randomInt } from "node:crypto";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import { uid } from "./tenants";

/**
 * Calls made directly in the database, following the CallEvent contract (the write side has its own
 * tests): the read side is tested against rows shaped like the ones the call path writes.
 */
export async function makeClientRow(agencyId: string, v: { name?: string; country?: string; timezone?: string } = {}) {
  const tag = uid();
  return db.client.create({
    data: { agencyId, slug: `client-${tag}`, name: v.name ?? `Client ${tag}`, country: v.country ?? "RU", timezone: v.timezone ?? "Europe/Moscow" },
    select: { id: true, slug: true, name: true },
  });
}

export async function makeHotlineRow(agencyId: string, clientId: string, name = `Line ${uid()}`) {
  const hotline = await db.hotline.create({ data: { agencyId, clientId, name }, select: { id: true, name: true, clientId: true } });
  const e164 = `+7495${randomInt(1_000_000, 10_000_000)}`;
  const number = await db.phoneNumber.create({
    data: { agencyId, hotlineId: hotline.id, e164, kind: "LOCAL", provider: "EMULATOR", providerSid: `PN${randomBytes(16).toString("hex")}` },
    select: { id: true, e164: true },
  });
  return { ...hotline, agencyId, number };
}
export type HotlineRow = Awaited<ReturnType<typeof makeHotlineRow>>;

export type EventSpec = { type: string; at: Date; dedupeKey?: string; data?: Prisma.InputJsonValue };

/** A call on `hotline` with its events (inserted in the order given; the timeline sorts by time). */
export async function makeCallRow(hotline: HotlineRow, v: Partial<Prisma.CallUncheckedCreateInput> & { events?: EventSpec[] } = {}) {
  const { events = [], ...fields } = v;
  const call = await db.call.create({
    data: {
      agencyId: hotline.agencyId,
      clientId: hotline.clientId,
      hotlineId: hotline.id,
      phoneNumberId: hotline.number.id,
      provider: "EMULATOR",
      providerCallId: `CA${randomBytes(16).toString("hex")}`,
      fromNumber: "+79161234567",
      toNumber: hotline.number.e164,
      language: "ru",
      status: "COMPLETED",
      route: "QUEUE",
      startedAt: new Date(),
      ...fields,
    },
    select: { id: true, providerCallId: true, startedAt: true },
  });
  for (const [i, e] of events.entries()) {
    await db.callEvent.create({
      data: { agencyId: hotline.agencyId, callId: call.id, type: e.type, occurredAt: e.at, dedupeKey: e.dedupeKey ?? `${e.type.toLowerCase()}:${i}`, data: e.data ?? {} },
    });
  }
  return call;
}

/** A typical answered-by-nobody queue call: received, routed, queued, the caller hangs up, carrier completes. */
export function abandonedCallEvents(start: Date, from = "+79161234567", to = "+74955550101"): EventSpec[] {
  const at = (s: number) => new Date(start.getTime() + s * 1000);
  return [
    { type: "RECEIVED", at: at(0), dedupeKey: "voice", data: { from, to, callerName: null, forwardedFrom: null, language: "ru", termsVersionNumber: 3 } },
    { type: "ROUTED", at: at(0), dedupeKey: "routed", data: { route: "QUEUE", reason: "open" } },
    { type: "QUEUED", at: at(8), dedupeKey: "enqueue", data: {} },
    { type: "LEFT_QUEUE", at: at(50), dedupeKey: "enqueue-result", data: { result: "hangup", queueSeconds: 42 } },
    { type: "CARRIER_STATUS", at: at(51), dedupeKey: "status:completed", data: { status: "completed", sequence: 1, durationSeconds: 51 } },
  ];
}
