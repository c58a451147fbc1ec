import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { assignWaitingCalls } from "@/server/acd/assign";
import { finishWrapUp, hangUp, transferCall } from "@/server/acd/call-control";
import { acceptOffer, declineOffer, expireOffers } from "@/server/acd/offers";
import { expireStalePresence, setPresence } from "@/server/acd/presence";
import { makeClientRow, makeHotlineRow } from "@/tests/support/calls";
import { makeOperator, makeQueuedCall, offersOf, profileOf } from "@/tests/support/acd";
import { makeTenant } from "@/tests/support/tenants";

const ago = (s: number) => new Date(Date.now() - s * 1000);

async function setup(operators = 2) {
  const t = await makeTenant("acd");
  const client = await makeClientRow(t.agency.id);
  const hotline = await makeHotlineRow(t.agency.id, client.id);
  const ops: string[] = [];
  for (let i = 0; i < operators; i++) ops.push(await makeOperator(t, { skills: [{ hotlineId: hotline.id }], idleSince: ago(100 - i) }));
  const call = await makeQueuedCall(hotline);
  return { t, hotline, ops, call, agencyId: t.agency.id };
}

describe("offers", () => {
  it("accept: the operator is ON_CALL with the call, the call CONNECTED, the carrier asked to connect", async () => {
    const { ops, call, agencyId } = await setup(1);
    const [offer] = await assignWaitingCalls(db, { agencyId });
    await acceptOffer(db, { agencyId, userId: ops[0]!, offerId: offer!.offerId });
    expect(await profileOf(agencyId, ops[0]!)).toMatchObject({ presence: "ON_CALL", currentCallId: call.id });
    expect(await db.call.findUniqueOrThrow({ where: { id: call.id } })).toMatchObject({ status: "CONNECTED", operatorUserId: ops[0] });
    const outbox = await db.outboxEvent.findMany({ where: { agencyId, kind: "telephony.connect" } });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.payload).toMatchObject({ callSid: call.providerCallId });
    // Accepting twice, or someone else's offer, changes nothing.
    await expect(acceptOffer(db, { agencyId, userId: ops[0]!, offerId: offer!.offerId })).rejects.toMatchObject({ code: "CONFLICT", key: "acd.offerNoLongerRinging" });
  });

  it("refuses another operator's offer and another agency's offer as not found", async () => {
    const { ops, agencyId } = await setup(2);
    const other = await makeTenant("acd-other");
    const [offer] = await assignWaitingCalls(db, { agencyId });
    const stranger = ops.find((o) => o !== offer!.operatorUserId)!;
    await expect(acceptOffer(db, { agencyId, userId: stranger, offerId: offer!.offerId })).rejects.toMatchObject({ code: "NOT_FOUND", key: "acd.offerNotFound" });
    await expect(acceptOffer(db, { agencyId: other.agency.id, userId: offer!.operatorUserId, offerId: offer!.offerId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.callOffer.findUniqueOrThrow({ where: { id: offer!.offerId } })).status).toBe("RINGING");
  });

  it("decline: the call goes to the next operator and never back to the one who declined", async () => {
    const { ops, call, agencyId } = await setup(2);
    const [first] = await assignWaitingCalls(db, { agencyId });
    expect(first!.operatorUserId).toBe(ops[0]);
    await declineOffer(db, { agencyId, userId: ops[0]!, offerId: first!.offerId });
    const [second] = await assignWaitingCalls(db, { agencyId });
    expect(second).toMatchObject({ callId: call.id, operatorUserId: ops[1] });
    expect(await profileOf(agencyId, ops[0]!)).toMatchObject({ presence: "AVAILABLE" });
    await declineOffer(db, { agencyId, userId: ops[1]!, offerId: second!.offerId });
    expect(await assignWaitingCalls(db, { agencyId })).toEqual([]);
    expect((await offersOf(call.id)).map((o) => o.status)).toEqual(["DECLINED", "DECLINED"]);
  });

  it("expiry: an unanswered offer moves on, and a second miss in a row puts the operator on a break", async () => {
    const { t, hotline, ops, call, agencyId } = await setup(2);
    const [first] = await assignWaitingCalls(db, { agencyId, ringSeconds: 0 });
    expect(await expireOffers(db, new Date(Date.now() + 1000))).toBeGreaterThanOrEqual(1);
    await expect(acceptOffer(db, { agencyId, userId: ops[0]!, offerId: first!.offerId })).rejects.toMatchObject({ code: "CONFLICT", key: "acd.offerExpired" });
    expect(await profileOf(agencyId, ops[0]!)).toMatchObject({ presence: "AVAILABLE" });
    const [second] = await assignWaitingCalls(db, { agencyId });
    expect(second).toMatchObject({ callId: call.id, operatorUserId: ops[1] });

    const another = await makeQueuedCall(hotline);
    const [third] = await assignWaitingCalls(db, { agencyId, ringSeconds: 0 });
    expect(third).toMatchObject({ callId: another.id, operatorUserId: ops[0] });
    await expireOffers(db, new Date(Date.now() + 1000));
    expect(await profileOf(agencyId, ops[0]!)).toMatchObject({ presence: "BREAK", presenceReason: "missed" });
    expect(t.agency.id).toBe(agencyId);
  });

  it("a desk silent for 30 s goes OFFLINE and its ringing offer moves to the next operator", async () => {
    const { ops, call, agencyId } = await setup(2);
    await db.operatorProfile.updateMany({ where: { agencyId, userId: ops[0] }, data: { lastHeartbeatAt: ago(45) } });
    await db.operatorProfile.updateMany({ where: { agencyId, userId: ops[1] }, data: { lastHeartbeatAt: new Date() } });
    const [first] = await assignWaitingCalls(db, { agencyId });
    expect(first!.operatorUserId).toBe(ops[0]);
    await expireStalePresence(db);
    expect(await profileOf(agencyId, ops[0]!)).toMatchObject({ presence: "OFFLINE", presenceReason: "heartbeat" });
    expect((await db.callOffer.findUniqueOrThrow({ where: { id: first!.offerId } })).status).toBe("CANCELLED");
    const [next] = await assignWaitingCalls(db, { agencyId });
    expect(next).toMatchObject({ callId: call.id, operatorUserId: ops[1] });
  });
});

describe("presence and call control", () => {
  it("presence: logs every change, refuses ON_CALL from a button, going on break cancels a ringing offer", async () => {
    const { ops, agencyId } = await setup(1);
    await expect(setPresence(db, { agencyId, userId: ops[0]!, state: "ON_CALL" })).rejects.toMatchObject({ code: "BAD_REQUEST", key: "acd.presenceNotSettable" });
    const [offer] = await assignWaitingCalls(db, { agencyId });
    await setPresence(db, { agencyId, userId: ops[0]!, state: "BREAK", reason: "lunch" });
    expect((await db.callOffer.findUniqueOrThrow({ where: { id: offer!.offerId } })).status).toBe("CANCELLED");
    await setPresence(db, { agencyId, userId: ops[0]!, state: "AVAILABLE" });
    const log = await db.presenceLog.findMany({ where: { agencyId, userId: ops[0] }, orderBy: { id: "asc" } });
    expect(log.map((l) => [l.state, l.reason, l.endedAt === null])).toEqual([["BREAK", "lunch", false], ["AVAILABLE", null, true]]);
    expect(await db.liveEvent.count({ where: { agencyId, type: "presence.changed" } })).toBe(2);
  });

  it("hang up → WRAP_UP with talk seconds and the carrier asked to end; finish → AVAILABLE; transfers need E.164", async () => {
    const { ops, call, agencyId } = await setup(1);
    const [offer] = await assignWaitingCalls(db, { agencyId });
    await acceptOffer(db, { agencyId, userId: ops[0]!, offerId: offer!.offerId });
    await expect(transferCall(db, { agencyId, userId: ops[0]!, callId: call.id, to: "112" })).rejects.toMatchObject({ key: "acd.invalidTransferNumber" });
    await expect(finishWrapUp(db, { agencyId, userId: ops[0]!, callId: call.id })).rejects.toMatchObject({ code: "CONFLICT", key: "acd.notInWrapUp" });
    await expect(setPresence(db, { agencyId, userId: ops[0]!, state: "OFFLINE" })).rejects.toMatchObject({ code: "CONFLICT", key: "acd.busyOnCall" });
    await hangUp(db, { agencyId, userId: ops[0]!, callId: call.id });
    expect(await profileOf(agencyId, ops[0]!)).toMatchObject({ presence: "WRAP_UP", currentCallId: call.id });
    expect(await db.call.findUniqueOrThrow({ where: { id: call.id } })).toMatchObject({ status: "WRAP_UP", talkSeconds: 0 });
    expect(await db.outboxEvent.count({ where: { agencyId, kind: "telephony.end" } })).toBe(1);
    await finishWrapUp(db, { agencyId, userId: ops[0]!, callId: call.id });
    expect(await profileOf(agencyId, ops[0]!)).toMatchObject({ presence: "AVAILABLE", currentCallId: null });
    await expect(hangUp(db, { agencyId, userId: ops[0]!, callId: call.id })).rejects.toMatchObject({ code: "NOT_FOUND", key: "acd.callNotFound" });
  });
});
