import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { LiveHub, type LiveMessage } from "@/server/live/hub";
import { pruneLiveEvents } from "@/server/live/prune";
import { publishLive } from "@/server/live/publish";
import { makeTenant, type Tenant } from "../support/tenants";

/** Collects a stream's events and waits for the n-th. */
function inbox() {
  const events: LiveMessage[] = [];
  const waiters: (() => void)[] = [];
  return {
    events,
    send: (e: LiveMessage) => {
      events.push(e);
      waiters.splice(0).forEach((w) => w());
    },
    async waitFor(n: number, ms = 3000) {
      const deadline = Date.now() + ms;
      while (events.length < n) {
        if (Date.now() > deadline) throw new Error(`got ${events.length} of ${n} events`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return events;
    },
  };
}

// Two hubs with their own LISTEN connections stand for two instances of the app behind a load balancer.
let hubA: LiveHub;
let hubB: LiveHub;
let tenant: Tenant;
let other: Tenant;

beforeAll(async () => {
  // A long poll: delivery within the test's wait proves the NOTIFY path, not the poll.
  hubA = new LiveHub(db, { connectionString: env().DATABASE_URL, pollMs: 60_000 });
  hubB = new LiveHub(db, { connectionString: env().DATABASE_URL, pollMs: 60_000 });
  await Promise.all([hubA.start(), hubB.start()]);
  tenant = await makeTenant("live");
  other = await makeTenant("live-other");
});
afterAll(async () => {
  await Promise.all([hubA.stop(), hubB.stop()]);
});

describe("live event streams", () => {
  it("delivers an event published once to the streams of both instances, within a NOTIFY's time", async () => {
    const a = inbox();
    const b = inbox();
    const offA = await hubA.subscribe({ agencyId: tenant.agency.id, userId: tenant.users.SUPERVISOR.id, send: a.send });
    const offB = await hubB.subscribe({ agencyId: tenant.agency.id, userId: tenant.users.OWNER.id, send: b.send });
    const started = Date.now();
    const id = await db.$transaction((tx) => publishLive(tx, { agencyId: tenant.agency.id, type: "wallboard.changed", payload: { n: 1 } }));
    const [ea] = await a.waitFor(1);
    const [eb] = await b.waitFor(1);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(ea).toMatchObject({ id: id.toString(), type: "wallboard.changed", payload: { n: 1 } });
    expect(eb).toMatchObject({ id: id.toString(), type: "wallboard.changed" });
    offA();
    offB();
  });

  it("sends a user's own events only to that user, and nothing of another agency", async () => {
    const operator = inbox();
    const supervisor = inbox();
    const stranger = inbox();
    const offs = [
      await hubA.subscribe({ agencyId: tenant.agency.id, userId: tenant.users.OPERATOR.id, send: operator.send }),
      await hubB.subscribe({ agencyId: tenant.agency.id, userId: tenant.users.SUPERVISOR.id, send: supervisor.send }),
      await hubB.subscribe({ agencyId: other.agency.id, userId: other.users.OWNER.id, send: stranger.send }),
    ];
    await publishLive(db, { agencyId: tenant.agency.id, userId: tenant.users.OPERATOR.id, type: "offer.created", payload: { offerId: "o1" } });
    await publishLive(db, { agencyId: tenant.agency.id, type: "presence.changed", payload: {} });
    await operator.waitFor(2);
    await supervisor.waitFor(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(operator.events.map((e) => e.type)).toEqual(["offer.created", "presence.changed"]);
    expect(supervisor.events.map((e) => e.type)).toEqual(["presence.changed"]);
    expect(stranger.events).toEqual([]);
    offs.forEach((off) => off());
  });

  it("resumes after Last-Event-ID: a reconnecting browser gets exactly what it missed, in order", async () => {
    const ids: bigint[] = [];
    for (const n of [1, 2, 3]) ids.push(await publishLive(db, { agencyId: tenant.agency.id, type: "call.changed", payload: { n } }));
    const resumed = inbox();
    const off = await hubB.subscribe({ agencyId: tenant.agency.id, userId: tenant.users.OWNER.id, afterId: ids[0], send: resumed.send });
    await resumed.waitFor(2);
    expect(resumed.events.map((e) => e.payload)).toEqual([{ n: 2 }, { n: 3 }]);
    // Without a Last-Event-ID a new stream starts now: nothing old.
    const fresh = inbox();
    const off2 = await hubA.subscribe({ agencyId: tenant.agency.id, userId: tenant.users.OWNER.id, send: fresh.send });
    await publishLive(db, { agencyId: tenant.agency.id, type: "call.changed", payload: { n: 4 } });
    await fresh.waitFor(1);
    await resumed.waitFor(3);
    await new Promise((r) => setTimeout(r, 200));
    expect(fresh.events.map((e) => e.payload)).toEqual([{ n: 4 }]);
    expect(resumed.events.map((e) => e.payload)).toEqual([{ n: 2 }, { n: 3 }, { n: 4 }]);
    off();
    off2();
    expect(hubA.streamCount + hubB.streamCount).toBe(0);
  });

  it("delivers an event whose transaction committed after a later id (no step-over)", async () => {
    const s = inbox();
    const off = await hubA.subscribe({ agencyId: tenant.agency.id, userId: tenant.users.OWNER.id, send: s.send });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // The slow transaction takes its id first and commits last.
    const slow = db.$transaction(async (tx) => {
      await publishLive(tx, { agencyId: tenant.agency.id, type: "slow", payload: {} });
      await gate;
    });
    await new Promise((r) => setTimeout(r, 100));
    await publishLive(db, { agencyId: tenant.agency.id, type: "fast", payload: {} });
    await s.waitFor(1);
    release();
    await slow;
    await s.waitFor(2);
    expect(s.events.map((e) => e.type)).toEqual(["fast", "slow"]);
    off();
  });

  it("prunes events older than a day", async () => {
    const old = await publishLive(db, { agencyId: tenant.agency.id, type: "old", payload: {} });
    await db.liveEvent.update({ where: { id: old }, data: { createdAt: new Date(Date.now() - 25 * 3600_000) } });
    const { deleted } = await pruneLiveEvents(db, new Date());
    expect(deleted).toBeGreaterThanOrEqual(1);
    expect(await db.liveEvent.findUnique({ where: { id: old } })).toBeNull();
    expect(await db.liveEvent.count({ where: { agencyId: tenant.agency.id } })).toBeGreaterThan(0);
  });
});
