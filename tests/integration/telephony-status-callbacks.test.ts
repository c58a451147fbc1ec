import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { makeTenant } from "@/tests/support/tenants";
import { callBySid, eventsOf, makeHotline, newCallSid, post, voiceParams } from "@/tests/support/telephony";

const T = (s: number) => new Date(Date.UTC(2026, 2, 10, 9, 0, s)).toUTCString().replace("GMT", "+0000");

/** Everything a person sees of a call, without the ids, bookkeeping, and the times we stamp on receipt. */
async function visible(sid: string) {
  const { id: _id, providerCallId: _p, createdAt: _c, updatedAt: _u, rolledUpAt: _r, startedAt: _s, queuedAt, ...rest } = (await callBySid(sid))!;
  expect(queuedAt).not.toBeNull();
  return rest;
}

type Delivery = [name: "wait" | "queue-result" | "status", params: Record<string, string>, query?: Record<string, string>];

const deliveries = (sid: string): Delivery[] => [
  ["status", { CallSid: sid, CallStatus: "ringing", SequenceNumber: "0", Timestamp: T(0) }],
  ["status", { CallSid: sid, CallStatus: "in-progress", SequenceNumber: "1", Timestamp: T(1) }],
  ["wait", { CallSid: sid, QueuePosition: "1", QueueTime: "0" }, { lang: "ru", max: "120" }],
  ["queue-result", { CallSid: sid, QueueResult: "hangup", QueueTime: "44" }, { lang: "ru" }],
  ["status", { CallSid: sid, CallStatus: "completed", SequenceNumber: "2", CallDuration: "58", Duration: "1", Timestamp: T(58) }],
];

describe("status callbacks: idempotent and order independent", () => {
  it("replayed, duplicated, reordered and concurrent deliveries give the same final row as the orderly ones", async () => {
    const t = await makeTenant("status");
    const { number } = await makeHotline(t);
    const orderly = newCallSid();
    const messy = newCallSid();
    await post("voice", voiceParams(number.e164, { CallSid: orderly }));
    await post("voice", voiceParams(number.e164, { CallSid: messy }));

    for (const [name, params, query] of deliveries(orderly)) expect((await post(name, params, { query })).status).toBe(200);

    const [ringing, inProgress, waited, hungUp, completed] = deliveries(messy);
    // The final status first, then the old ones late, some twice and at the same time, the voice webhook replayed.
    for (const [name, params, query] of [completed!, hungUp!, completed!]) expect((await post(name, params, { query })).status).toBe(200);
    const burst = [inProgress!, ringing!, waited!, inProgress!, completed!, hungUp!, waited!].map(([name, params, query]) => post(name, params, { query }));
    expect((await Promise.all(burst)).map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200, 200]);

    const row = await visible(orderly);
    expect(row).toMatchObject({ status: "ABANDONED", waitSeconds: 44, durationSeconds: 58, carrierStatus: "completed", endedAt: new Date(T(58)) });
    expect(await visible(messy)).toEqual(row);
    const [a, b] = [await eventsOf((await callBySid(orderly))!.id), await eventsOf((await callBySid(messy))!.id)];
    expect(b).toHaveLength(a.length);
    expect(new Set(b.map((e) => e.dedupeKey))).toEqual(new Set(a.map((e) => e.dedupeKey)));
  });

  it("a replayed voice webhook answers again but stores no second call and no second event", async () => {
    const t = await makeTenant("status");
    const { number } = await makeHotline(t);
    const params = voiceParams(number.e164);
    const first = await post("voice", params);
    const again = await Promise.all([post("voice", params), post("voice", params)]);
    expect(again.map((r) => r.text)).toEqual([first.text, first.text]);
    expect(await db.call.count({ where: { providerCallId: params.CallSid } })).toBe(1);
    expect((await eventsOf((await callBySid(params.CallSid))!.id)).map((e) => e.dedupeKey)).toEqual(["voice", "routed"]);
  });

  it("without SequenceNumber, callbacks dedupe by status; the completed one wins over a late ringing", async () => {
    const t = await makeTenant("status");
    const { number } = await makeHotline(t);
    const sid = newCallSid();
    await post("voice", voiceParams(number.e164, { CallSid: sid }));
    await post("status", { CallSid: sid, CallStatus: "completed", CallDuration: "12" });
    await post("status", { CallSid: sid, CallStatus: "completed", CallDuration: "12" });
    await post("status", { CallSid: sid, CallStatus: "ringing" });
    const call = await callBySid(sid);
    expect(call).toMatchObject({ carrierStatus: "completed", durationSeconds: 12, status: "ABANDONED" });
    expect((await eventsOf(call!.id)).filter((e) => e.type === "CARRIER_STATUS").map((e) => e.dedupeKey)).toEqual(["status:completed", "status:ringing"]);
  });
});
