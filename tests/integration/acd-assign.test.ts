import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { assignWaitingCalls } from "@/server/acd/assign";
import { makeClientRow, makeHotlineRow } from "@/tests/support/calls";
import { makeOperator, makeQueuedCall, offersOf, profileOf } from "@/tests/support/acd";
import { makeTenant } from "@/tests/support/tenants";

const ago = (s: number) => new Date(Date.now() - s * 1000);

async function line(agencyId: string, priority = 5) {
  const client = await makeClientRow(agencyId);
  const hotline = await makeHotlineRow(agencyId, client.id);
  await db.hotline.update({ where: { id: hotline.id }, data: { priority } });
  return hotline;
}

describe("assignWaitingCalls: the order", () => {
  it("offers the higher-priority line first, then the longest waiting call, to the most skilled then longest idle operator", async () => {
    const t = await makeTenant("acd");
    const low = await line(t.agency.id, 2);
    const high = await line(t.agency.id, 9);
    const lowOld = await makeQueuedCall(low, { queuedAt: ago(300) });
    const highNew = await makeQueuedCall(high, { queuedAt: ago(10) });
    const highOld = await makeQueuedCall(high, { queuedAt: ago(60) });
    const novice = await makeOperator(t, { skills: [{ hotlineId: high.id, level: 1 }, { hotlineId: low.id, level: 1 }], idleSince: ago(900) });
    const expertRecent = await makeOperator(t, { skills: [{ clientId: high.clientId, level: 5 }], idleSince: ago(5) });
    const expertIdle = await makeOperator(t, { skills: [{ hotlineId: high.id, level: 5 }], idleSince: ago(100) });

    const offers = await assignWaitingCalls(db, { agencyId: t.agency.id });
    expect(offers.map((o) => [o.callId, o.operatorUserId])).toEqual([
      [highOld.id, expertIdle],
      [highNew.id, expertRecent],
      [lowOld.id, novice],
    ]);
    const call = await db.call.findUniqueOrThrow({ where: { id: highOld.id } });
    expect(call).toMatchObject({ status: "OFFERED", operatorUserId: expertIdle });
    expect(await db.callEvent.count({ where: { callId: highOld.id, type: "OFFERED" } })).toBe(1);
    expect((await profileOf(t.agency.id, expertIdle)).idleSince).toBeNull();
    const live = await db.liveEvent.findMany({ where: { agencyId: t.agency.id, type: "offer.created" } });
    expect(live.map((e) => e.userId).sort()).toEqual([expertIdle, expertRecent, novice].sort());
    expect(live.find((e) => e.userId === expertIdle)?.payload).toMatchObject({ callId: highOld.id, offerId: offers[0]!.offerId });
    // Nothing left to offer: a second round makes no offer.
    expect(await assignWaitingCalls(db, { agencyId: t.agency.id })).toEqual([]);
  });

  it("offers a call only to an operator who speaks its language and has a skill for its line or client, in the same agency", async () => {
    const t = await makeTenant("acd");
    const other = await makeTenant("acd-other");
    const hotline = await line(t.agency.id);
    const call = await makeQueuedCall(hotline, { language: "en" });
    await makeOperator(t, { skills: [{ hotlineId: hotline.id }], languages: ["ru"] });
    await makeOperator(t, { skills: [], languages: ["en"] });
    await makeOperator(t, { skills: [{ hotlineId: hotline.id }], languages: ["en"], presence: "BREAK" });
    await makeOperator(other, { skills: [{ hotlineId: hotline.id }], languages: ["en"] });
    expect(await assignWaitingCalls(db, {})).not.toContainEqual(expect.objectContaining({ callId: call.id }));
    const good = await makeOperator(t, { skills: [{ hotlineId: hotline.id }], languages: ["ru", "en"] });
    expect(await assignWaitingCalls(db, { agencyId: t.agency.id })).toEqual([expect.objectContaining({ callId: call.id, operatorUserId: good })]);
  });
});

describe("assignWaitingCalls: many parallel assigners", () => {
  it("never offers one call twice nor one operator two calls", async () => {
    const t = await makeTenant("acd");
    const hotline = await line(t.agency.id);
    const calls = await Promise.all(Array.from({ length: 60 }, (_, i) => makeQueuedCall(hotline, { queuedAt: ago(600 - i) })));
    const operators = await Promise.all(Array.from({ length: 40 }, () => makeOperator(t, { skills: [{ hotlineId: hotline.id }] })));

    const rounds = await Promise.all(Array.from({ length: 12 }, () => assignWaitingCalls(db, { agencyId: t.agency.id })));
    const made = rounds.flat();
    expect(made).toHaveLength(40);
    expect(new Set(made.map((o) => o.callId)).size).toBe(40);
    expect(new Set(made.map((o) => o.operatorUserId)).size).toBe(40);
    const ringing = await db.callOffer.findMany({ where: { agencyId: t.agency.id, status: "RINGING" } });
    expect(ringing).toHaveLength(40);
    // The 40 longest-waiting calls got the operators; the 20 newest still wait.
    const offered = new Set(ringing.map((o) => o.callId));
    expect(calls.slice(0, 40).every((c) => offered.has(c.id))).toBe(true);
    for (const c of calls.slice(40)) expect(await offersOf(c.id)).toEqual([]);
    expect(operators.length).toBe(40);
  });
});
