import { getTRPCErrorShape, type TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@/server/root";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import { wallboardSnapshot } from "@/server/wallboard/snapshot";
import { makeOperator } from "../support/acd";
import { makeCallRow, makeClientRow, makeHotlineRow, type HotlineRow } from "../support/calls";
import { termsWithHours } from "../support/telephony-terms";
import { expectTrpcError, makeTenant, type Tenant } from "../support/tenants";

// Nothing listens on port 9 (discard): the emulator "does not answer". Set before server code reads env.
process.env.CARRIER_EMULATOR_URL = "http://127.0.0.1:9";

// 06:00 UTC: already Monday in Moscow (09:00), still 01:00 Monday in New York; 04:30 UTC is Sunday there.
const now = new Date("2026-03-02T06:00:00Z");
const at = (iso: string) => new Date(`2026-03-02T${iso}Z`);
let t: Tenant;
let moscow: HotlineRow;
let newYork: HotlineRow;

/** What the browser receives for a refusal: the translated message and the field errors. */
function shapeOf(error: TRPCError, locale: "en" | "ru" = "en") {
  const shape = getTRPCErrorShape({ config: appRouter._def._config, error, type: "mutation", path: "wallboard.simulateTraffic", input: undefined, ctx: { locale } as never });
  return { message: shape.message, fieldErrors: (shape.data as { fieldErrors?: Record<string, string> }).fieldErrors };
}

async function approveSla(clientId: string, answeredPercent: number, withinSeconds: number) {
  const document = termsWithHours("en");
  document.sla = { ...document.sla, answeredPercent, withinSeconds };
  await db.termsVersion.create({
    data: { agencyId: t.agency.id, clientId, number: 1, state: "APPROVED", document: document as unknown as Prisma.InputJsonValue, approvedAt: at("00:00:00"), effectiveFrom: new Date("2026-01-01T00:00:00Z") },
  });
}

beforeAll(async () => {
  t = await makeTenant("wall");
  const ru = await makeClientRow(t.agency.id, { name: "Aurora", timezone: "Europe/Moscow" });
  const us = await makeClientRow(t.agency.id, { name: "Bluebird", country: "US", timezone: "America/New_York" });
  moscow = await makeHotlineRow(t.agency.id, ru.id, "Aurora line");
  newYork = await makeHotlineRow(t.agency.id, us.id, "Bluebird line");
  await approveSla(ru.id, 80, 20);
  for (const h of [moscow, newYork]) {
    // Early this morning UTC: today for Moscow, yesterday for New York.
    await makeCallRow(h, { status: "COMPLETED", startedAt: at("04:30:00"), queuedAt: at("04:30:05"), connectedAt: at("04:30:15"), waitSeconds: 10 });
    await makeCallRow(h, { status: "COMPLETED", startedAt: at("05:10:00"), queuedAt: at("05:10:05"), connectedAt: at("05:11:05"), waitSeconds: 60 });
    await makeCallRow(h, { status: "ABANDONED", startedAt: at("05:20:00"), queuedAt: at("05:20:05"), waitSeconds: 40 });
    await makeCallRow(h, { status: "QUEUED", startedAt: at("05:58:00"), queuedAt: at("05:59:00") });
  }
});

describe("wallboard figures", () => {
  it("counts today in each client's own time zone, with the service level against the client's SLA", async () => {
    const snap = await wallboardSnapshot(db, t.agency.id, now);
    const ru = snap.hotlines.find((h) => h.id === moscow.id)!;
    const us = snap.hotlines.find((h) => h.id === newYork.id)!;
    // Moscow: 2 answered (one within 20 s), 1 abandoned → 1/3; waiting one for 60 s.
    expect(ru).toMatchObject({ waiting: 1, longestWaitSeconds: 60, answered: 2, abandoned: 1, serviceLevelPercent: 33.3, meetsTarget: false, sla: { answeredPercent: 80, withinSeconds: 20 } });
    // New York's day began at 05:00 UTC: the 04:30 call is yesterday's. No terms in force: no SLA.
    expect(us).toMatchObject({ waiting: 1, answered: 1, abandoned: 1, serviceLevelPercent: null, sla: null });
    expect(snap.liveCalls.map((c) => c.status)).toEqual(["QUEUED", "QUEUED"]);
    expect(snap.liveCalls[0]).toMatchObject({ secondsInStatus: 60 });
  });

  it("lists operators with their state and time in it, busy ones first", async () => {
    const idle = await makeOperator(t, { presence: "AVAILABLE" });
    const busy = await makeOperator(t, { presence: "AVAILABLE" });
    const call = await makeCallRow(moscow, { status: "CONNECTED", startedAt: at("05:50:00"), queuedAt: at("05:50:05"), connectedAt: at("05:55:00"), operatorUserId: busy });
    await db.operatorProfile.updateMany({ where: { userId: busy }, data: { presence: "ON_CALL", presenceSince: at("05:55:00"), currentCallId: call.id } });
    await db.operatorProfile.updateMany({ where: { userId: idle }, data: { presenceSince: at("05:40:00") } });
    const snap = await wallboardSnapshot(db, t.agency.id, now);
    const ids = snap.operators.map((o) => o.userId);
    expect(ids.indexOf(busy)).toBeLessThan(ids.indexOf(idle));
    expect(snap.operators.find((o) => o.userId === busy)).toMatchObject({ presence: "ON_CALL", secondsInState: 300, call: { id: call.id, hotlineName: "Aurora line" } });
    expect(snap.operators.find((o) => o.userId === idle)).toMatchObject({ presence: "AVAILABLE", secondsInState: 1200, call: null });
    // The tenant's OPERATOR member without a profile yet is shown offline.
    expect(snap.operators.find((o) => o.userId === t.users.OPERATOR.id)).toMatchObject({ presence: "OFFLINE" });
    expect(snap.liveCalls.find((c) => c.id === call.id)).toMatchObject({ status: "CONNECTED", operatorName: expect.any(String), secondsInStatus: 300 });
  });
});

describe("wallboard procedures", () => {
  it("are for supervisors and up: an operator is refused", async () => {
    await expectTrpcError(t.as("OPERATOR").wallboard.snapshot({ agencySlug: t.agency.slug }), "FORBIDDEN");
    const snap = await t.as("SUPERVISOR").wallboard.snapshot({ agencySlug: t.agency.slug });
    expect(snap.hotlines.map((h) => h.name).sort()).toEqual(["Aurora line", "Bluebird line"]);
    expect(snap.demo).toBe(true);
  });

  it("refuses bad traffic input at its field and changes nothing", async () => {
    const before = await db.auditLog.count({ where: { agencyId: t.agency.id } });
    const error = await expectTrpcError(t.as("SUPERVISOR").wallboard.simulateTraffic({ agencySlug: t.agency.slug, callsPerMinute: 0, minutes: 500 }), "BAD_REQUEST");
    expect(shapeOf(error).fieldErrors).toEqual({ callsPerMinute: "Between 1 and 120 calls per minute.", minutes: "Between 1 and 60 minutes." });
    expect(shapeOf(error, "ru").fieldErrors).toMatchObject({ minutes: "От 1 до 60 минут." });
    expect(await db.auditLog.count({ where: { agencyId: t.agency.id } })).toBe(before);
  });

  it("says clearly when the emulator does not answer", async () => {
    const error = await expectTrpcError(t.as("SUPERVISOR").wallboard.simulateTraffic({ agencySlug: t.agency.slug, callsPerMinute: 5, minutes: 1 }), "PRECONDITION_FAILED");
    expect(shapeOf(error).message).toBe("The carrier emulator does not answer. Is it running?");
  });

  it("lets a supervisor put an operator on break, recorded as changed by the supervisor", async () => {
    const op = await makeOperator(t, { presence: "AVAILABLE" });
    const result = await t.as("SUPERVISOR").wallboard.forcePresence({ agencySlug: t.agency.slug, userId: op, state: "BREAK", reason: "coaching" });
    expect(result).toEqual({ userId: op, presence: "BREAK" });
    const log = await db.presenceLog.findFirst({ where: { agencyId: t.agency.id, userId: op, endedAt: null } });
    expect(log).toMatchObject({ state: "BREAK", reason: "coaching", changedBy: t.users.SUPERVISOR.id });
  });

  it("turns the demo's bot operators on (signed in) and off (signed out)", async () => {
    const on = await t.as("SUPERVISOR").wallboard.setBots({ agencySlug: t.agency.slug, on: true });
    const operators = await db.agencyMember.count({ where: { agencyId: t.agency.id, role: "OPERATOR" } });
    expect(on.operators).toBe(operators);
    const idle = await db.operatorProfile.findMany({ where: { agencyId: t.agency.id, presence: { notIn: ["ON_CALL", "WRAP_UP"] } } });
    expect(idle.every((p) => p.bot && p.presence === "AVAILABLE")).toBe(true);
    await t.as("SUPERVISOR").wallboard.setBots({ agencySlug: t.agency.slug, on: false });
    const after = await db.operatorProfile.findMany({ where: { agencyId: t.agency.id, presence: { notIn: ["ON_CALL", "WRAP_UP"] } } });
    expect(after.every((p) => !p.bot && p.presence === "OFFLINE")).toBe(true);
  });
});
