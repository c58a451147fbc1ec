import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { deskSnapshot, makeRingingOffer } from "../support/desk";
import { expectTrpcError, makeTenant, type Tenant } from "../support/tenants";

/** The desk end to end through the real ACD services: offer → accept → hang up → submit → available. */
let t: Tenant;
let s: { agencySlug: string };

beforeAll(async () => {
  t = await makeTenant("desk-flow");
  s = { agencySlug: t.agency.slug };
});

const form = { name: "Anna Petrova", phone: "+79161234567", reason: "Leaking tap" };

describe("an operator's call at the desk", () => {
  it("rings, is accepted, hung up, submitted with its summary, and the operator is available again", async () => {
    const op = t.as("OPERATOR");
    const { call, offer, line } = await makeRingingOffer(t, t.users.OPERATOR.id);
    await db.onCallEntry.create({
      data: { agencyId: t.agency.id, clientId: line.client.id, personName: "Ivan On-Call", email: "ivan@bluebird.test", startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() + 3_600_000) },
    });

    const ringing = await op.desk.me(s);
    expect(ringing.offer).toMatchObject({ id: offer.id, client: line.client.name, hotline: line.hotline.name, from: "+79167654321" });

    await op.desk.accept({ ...s, offerId: offer.id });
    const onCall = await op.desk.me(s);
    expect(onCall.presence.state).toBe("ON_CALL");
    expect(onCall.currentCall?.id).toBe(call.id);
    expect((await op.desk.screenPop({ ...s, callId: call.id })).terms?.greeting).toContain("Bluebird");

    await expectTrpcError(op.desk.submit({ ...s, callId: call.id, outcome: "CALLBACK", form }), "PRECONDITION_FAILED");
    await op.desk.hangUp({ ...s, callId: call.id });
    expect((await op.desk.me(s)).presence.state).toBe("WRAP_UP");

    await op.desk.submit({ ...s, callId: call.id, outcome: "CALLBACK", form, notes: "Mornings only" });
    const after = await op.desk.me(s);
    expect(after.presence.state).toBe("AVAILABLE");
    expect(after.currentCall).toBeNull();
    const row = await db.call.findUniqueOrThrow({ where: { id: call.id } });
    expect(row).toMatchObject({ outcome: "CALLBACK", notes: "Mornings only", operatorUserId: t.users.OPERATOR.id });
    // CALLBACK goes to whoever is on call: the summary is queued to them in the same transaction.
    expect(await db.message.findMany({ where: { callId: call.id }, select: { recipient: true } })).toEqual([{ recipient: "ivan@bluebird.test" }]);
    expect((await op.desk.history({ ...s, limit: 5 }))[0]).toMatchObject({ id: call.id, outcome: "CALLBACK" });
  });

  it("refuses an expired offer and one already taken, changing nothing", async () => {
    const expired = await makeRingingOffer(t, t.users.SUPERVISOR.id, { expiresInMs: -1000 });
    const before = await deskSnapshot(t.agency.id);
    await expectTrpcError(t.as("SUPERVISOR").desk.accept({ ...s, offerId: expired.offer.id }), "CONFLICT");
    expect(await deskSnapshot(t.agency.id)).toEqual(before);

    const taken = await makeRingingOffer(t, t.users.ADMIN.id);
    await db.callOffer.update({ where: { id: taken.offer.id }, data: { status: "CANCELLED" } });
    const snapshot = await deskSnapshot(t.agency.id);
    await expectTrpcError(t.as("ADMIN").desk.accept({ ...s, offerId: taken.offer.id }), "CONFLICT");
    // Another operator's offer is not theirs to take at all.
    const other = await makeRingingOffer(t, t.users.OWNER.id);
    const snapshot2 = await deskSnapshot(t.agency.id);
    await expectTrpcError(t.as("ADMIN").desk.accept({ ...s, offerId: other.offer.id }), "NOT_FOUND");
    expect(await deskSnapshot(t.agency.id)).toEqual(snapshot2);
    expect(snapshot.offers.find((o) => o.id === taken.offer.id)?.status).toBe("CANCELLED");
  });

  it("sets presence: a break with its reason, and back", async () => {
    const op = t.as("OPERATOR");
    await op.desk.setPresence({ ...s, state: "BREAK", reason: "Lunch" });
    expect((await op.desk.me(s)).presence).toMatchObject({ state: "BREAK", reason: "Lunch" });
    await op.desk.setPresence({ ...s, state: "AVAILABLE" });
    expect((await op.desk.me(s)).presence).toMatchObject({ state: "AVAILABLE", reason: null });
    await op.desk.heartbeat(s);
  });
});
