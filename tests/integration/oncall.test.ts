import { PrismaPg } from "@prisma/adapter-pg";
import { getTRPCErrorShape, type TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { PrismaClient } from "@/server/generated/prisma/client";
import type { ClientRole } from "@/server/generated/prisma/enums";
import { addDays, instantToLocal, localToInstant, localToday, mondayOf } from "@/server/oncall/local-time";
import { createEntry } from "@/server/oncall/entries";
import { onCallAt } from "@/server/oncall/on-call-at";
import type { OnCallEntryInput } from "@/server/oncall/oncall.schema";
import { appRouter } from "@/server/root";
import { makeUser } from "@/server/seed/factories";
import { callerAs, expectTrpcError, makeTenant, tenantSnapshot, uid, type Caller, type Tenant } from "../support/tenants";

const ZONE = "America/Chicago";

/** What the browser would receive for a refusal: the translated message and the field errors. */
function shapeOf(error: TRPCError) {
  const shape = getTRPCErrorShape({ config: appRouter._def._config, error, type: "mutation", path: "onCall", input: undefined, ctx: { locale: "en" } as never });
  return { message: shape.message, fieldErrors: (shape.data as { fieldErrors?: Record<string, string> }).fieldErrors };
}

type TestClient = { id: string; slug: string; users: Record<ClientRole, { id: string }>; as: (r: ClientRole) => Caller };

async function makeChicagoClient(agencyId: string, label: string): Promise<TestClient> {
  const tag = uid();
  const client = await db.client.create({
    data: { agencyId, slug: `${label}-${tag}`, name: `${label} ${tag}`, country: "US", timezone: ZONE, currency: "USD", locale: "en" },
    select: { id: true, slug: true },
  });
  const users = {} as TestClient["users"];
  for (const role of ["CLIENT_ADMIN", "CLIENT_VIEWER"] as const) {
    const user = await makeUser(db, { email: `${role.toLowerCase()}-${tag}@${label}.test`, name: `${role} ${tag}`, passwordHash: "unused" });
    await db.clientMember.create({ data: { agencyId, clientId: client.id, userId: user.id, role } });
    users[role] = { id: user.id };
  }
  return { ...client, users, as: (r) => callerAs(users[r].id) };
}

// Days relative to today in the client's zone, so the tests hold whenever they run.
const day = (n: number) => addDays(localToday(ZONE), n);
function shift(over: Partial<OnCallEntryInput> = {}): OnCallEntryInput {
  return {
    personName: "Dana Whitfield",
    phone: "(312) 555-0142",
    email: "",
    startDate: day(1),
    startTime: "18:00",
    endDate: day(2),
    endTime: "08:00",
    escalationOrder: 1,
    note: "",
    ...over,
  };
}
const instant = (date: string, time: string) => {
  const r = localToInstant(date, time, ZONE);
  if (!r || "gap" in r) throw new Error("no such time");
  return r.instant;
};

let agency: Tenant;
let other: Tenant;
let client: TestClient;
let sibling: TestClient;
let s: { agencySlug: string; clientSlug: string };

beforeAll(async () => {
  agency = await makeTenant("oncall");
  other = await makeTenant("oncall-other");
  client = await makeChicagoClient(agency.agency.id, "bluebird");
  sibling = await makeChicagoClient(agency.agency.id, "sibling");
  s = { agencySlug: agency.agency.slug, clientSlug: client.slug };
});

const auditRows = (entityId: string) =>
  db.auditLog.findMany({ where: { entityType: "OnCallEntry", entityId }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, before: true, after: true } });

describe("the agency edits a client's roster", () => {
  it("an ADMIN adds an entry typed in the client's time zone; it is stored in UTC and audited", async () => {
    const entry = await agency.as("ADMIN").onCall.agency.create({ ...s, ...shift() });
    expect(entry.startsAt).toEqual(instant(day(1), "18:00"));
    expect(instantToLocal(entry.startsAt, ZONE)).toEqual({ date: day(1), time: "18:00" });
    expect(entry.phone).toBe("+13125550142");
    expect(await auditRows(entry.id)).toEqual([
      {
        action: "oncall.created",
        actorId: agency.users.ADMIN.id,
        before: null,
        after: expect.objectContaining({ clientId: client.id, personName: "Dana Whitfield", phone: "+13125550142", startsAt: entry.startsAt.toISOString(), escalationOrder: 1 }),
      },
    ]);
    const list = await agency.as("SUPERVISOR").onCall.agency.list(s);
    expect(list.entries.map((e) => e.id)).toContain(entry.id);
    expect(list.client.timeZone).toBe(ZONE);
    expect(list.period).toMatchObject({ from: localToday(ZONE), days: 28 });
    expect(list.canEdit).toBe(false);
  });

  it("a SUPERVISOR reads but is refused edits; an OPERATOR cannot even read", async () => {
    const before = await tenantSnapshot(agency.agency.id);
    await expectTrpcError(agency.as("SUPERVISOR").onCall.agency.create({ ...s, ...shift({ escalationOrder: 5 }) }), "FORBIDDEN");
    await expectTrpcError(agency.as("OPERATOR").onCall.agency.list(s), "FORBIDDEN");
    await expectTrpcError(agency.as("OPERATOR").onCall.agency.history(s), "FORBIDDEN");
    expect(await tenantSnapshot(agency.agency.id)).toEqual(before);
  });

  it("refuses the same escalation order at an overlapping time, naming who holds it, at the order field", async () => {
    const owner = agency.as("OWNER");
    await owner.onCall.agency.create({ ...s, ...shift({ personName: "Sam Ortiz", startDate: day(3), startTime: "09:00", endDate: day(3), endTime: "17:00" }) });
    const before = await tenantSnapshot(agency.agency.id);
    const error = await expectTrpcError(
      owner.onCall.agency.create({ ...s, ...shift({ personName: "Lee", startDate: day(3), startTime: "16:00", endDate: day(3), endTime: "20:00" }) }),
      "CONFLICT",
    );
    const shape = shapeOf(error);
    expect(shape.fieldErrors?.escalationOrder).toContain("Sam Ortiz");
    expect(shape.fieldErrors?.escalationOrder).toContain("#1");
    expect(await tenantSnapshot(agency.agency.id)).toEqual(before);
    // A handover at 17:00 and a second person at order 2 are fine.
    await owner.onCall.agency.create({ ...s, ...shift({ personName: "Lee", startDate: day(3), startTime: "17:00", endDate: day(3), endTime: "20:00" }) });
    await owner.onCall.agency.create({ ...s, ...shift({ personName: "Kim", escalationOrder: 2, startDate: day(3), startTime: "10:00", endDate: day(3), endTime: "12:00" }) });
  });

  it("refuses bad input with a message at the field, and writes nothing", async () => {
    const before = await tenantSnapshot(agency.agency.id);
    const cases: [Partial<OnCallEntryInput>, string, string][] = [
      [{ endDate: day(1), endTime: "17:00" }, "endTime", "The end must be after the start."],
      [{ phone: "555", email: "" }, "phone", "Enter a valid phone number"],
      [{ phone: "", email: "" }, "phone", "Give a phone number or an e-mail"],
      [{ startDate: day(-3), endDate: day(1) }, "startTime", "more than a day ago"],
      [{ personName: "" }, "personName", "This field is required."],
    ];
    for (const [input, field, text] of cases) {
      const error = await expectTrpcError(agency.as("ADMIN").onCall.agency.create({ ...s, ...shift(input) }), "BAD_REQUEST");
      const shape = shapeOf(error);
      expect(shape.message).toBe("Please check the highlighted fields.");
      expect(shape.fieldErrors?.[field]).toContain(text);
    }
    expect(await tenantSnapshot(agency.agency.id)).toEqual(before);
  });

  it("updates and deletes with before and after in the audit log; history lists them, deleted ones included", async () => {
    const admin = agency.as("ADMIN");
    const entry = await admin.onCall.agency.create({ ...s, ...shift({ personName: "Pat", escalationOrder: 3 }) });
    const updated = await admin.onCall.agency.update({ ...s, ...shift({ personName: "Pat", escalationOrder: 3, endTime: "09:00" }), entryId: entry.id });
    expect(updated.endsAt).toEqual(instant(day(2), "09:00"));
    await admin.onCall.agency.remove({ ...s, entryId: entry.id });
    expect(await db.onCallEntry.findUnique({ where: { id: entry.id } })).toBeNull();
    const rows = await auditRows(entry.id);
    expect(rows.map((r) => r.action)).toEqual(["oncall.created", "oncall.updated", "oncall.deleted"]);
    expect(rows[1]!.before).toMatchObject({ endsAt: instant(day(2), "08:00").toISOString() });
    expect(rows[1]!.after).toMatchObject({ endsAt: instant(day(2), "09:00").toISOString() });
    expect(rows[2]).toMatchObject({ before: { personName: "Pat" }, after: null });

    const history = await agency.as("SUPERVISOR").onCall.agency.history({ ...s, limit: 100 });
    const mine = history.items.filter((h) => h.entityId === entry.id);
    expect(mine.map((h) => h.action)).toEqual(["oncall.deleted", "oncall.updated", "oncall.created"]);
    expect(mine[0]!.actor).toEqual({ name: expect.stringContaining("ADMIN"), side: "agency" });
  });

  it("keeps ended entries as the record: they cannot be changed or deleted", async () => {
    const ended = await db.onCallEntry.create({
      data: { agencyId: agency.agency.id, clientId: client.id, personName: "Old", phone: "+13125550100", startsAt: instant(day(-3), "09:00"), endsAt: instant(day(-2), "09:00") },
    });
    const e1 = await expectTrpcError(agency.as("OWNER").onCall.agency.remove({ ...s, entryId: ended.id }), "PRECONDITION_FAILED");
    expect(shapeOf(e1).message).toContain("already ended");
    await expectTrpcError(agency.as("OWNER").onCall.agency.update({ ...s, ...shift({ personName: "New" }), entryId: ended.id }), "PRECONDITION_FAILED");
    expect(await db.onCallEntry.findUnique({ where: { id: ended.id }, select: { personName: true } })).toEqual({ personName: "Old" });
  });

  it("lets an entry under way be edited while keeping its old start", async () => {
    const running = await db.onCallEntry.create({
      data: { agencyId: agency.agency.id, clientId: client.id, personName: "Running", phone: "+13125550101", escalationOrder: 9, startsAt: instant(day(-3), "09:00"), endsAt: instant(day(4), "09:00") },
    });
    const input = shift({ personName: "Running", phone: "+13125550101", escalationOrder: 9, startDate: day(-3), startTime: "09:00", endDate: day(5), endTime: "09:00" });
    const updated = await agency.as("ADMIN").onCall.agency.update({ ...s, ...input, entryId: running.id });
    expect(updated.endsAt).toEqual(instant(day(5), "09:00"));
  });
});

describe("the client edits its own roster in the portal", () => {
  const p = () => ({ clientSlug: client.slug });

  it("a CLIENT_ADMIN creates, updates and deletes; the agency sees the changes and who made them", async () => {
    const admin = client.as("CLIENT_ADMIN");
    const entry = await admin.onCall.portal.create({ ...p(), ...shift({ personName: "Riley", escalationOrder: 4, phone: "", email: "riley@bluebird.test" }) });
    expect(entry.email).toBe("riley@bluebird.test");
    await admin.onCall.portal.update({ ...p(), ...shift({ personName: "Riley Chen", escalationOrder: 4, phone: "", email: "riley@bluebird.test" }), entryId: entry.id });
    const agencyHistory = await agency.as("ADMIN").onCall.agency.history(s);
    expect(agencyHistory.items[0]).toMatchObject({ action: "oncall.updated", entityId: entry.id, actor: { side: "client" }, before: { personName: "Riley" }, after: { personName: "Riley Chen" } });
    await admin.onCall.portal.remove({ ...p(), entryId: entry.id });
    expect((await auditRows(entry.id)).map((r) => [r.action, r.actorId])).toEqual([
      ["oncall.created", client.users.CLIENT_ADMIN.id],
      ["oncall.updated", client.users.CLIENT_ADMIN.id],
      ["oncall.deleted", client.users.CLIENT_ADMIN.id],
    ]);
  });

  it("a CLIENT_VIEWER reads the roster and its history but every change is FORBIDDEN and changes nothing", async () => {
    const viewer = client.as("CLIENT_VIEWER");
    const entry = await client.as("CLIENT_ADMIN").onCall.portal.create({ ...p(), ...shift({ personName: "Viewer test", escalationOrder: 6 }) });
    const list = await viewer.onCall.portal.list(p());
    expect(list.canEdit).toBe(false);
    expect(list.entries.map((e) => e.id)).toContain(entry.id);
    expect((await viewer.onCall.portal.history(p())).items.length).toBeGreaterThan(0);
    const before = await tenantSnapshot(agency.agency.id);
    await expectTrpcError(viewer.onCall.portal.create({ ...p(), ...shift({ escalationOrder: 7 }) }), "FORBIDDEN");
    await expectTrpcError(viewer.onCall.portal.update({ ...p(), ...shift({ escalationOrder: 7 }), entryId: entry.id }), "FORBIDDEN");
    await expectTrpcError(viewer.onCall.portal.remove({ ...p(), entryId: entry.id }), "FORBIDDEN");
    await expectTrpcError(viewer.onCall.portal.copyWeek({ ...p(), weekStart: mondayOf(day(0)) }), "FORBIDDEN");
    expect(await tenantSnapshot(agency.agency.id)).toEqual(before);
  });
});

describe("strangers find nothing", () => {
  it("another client's admin (same agency) cannot reach this client's entries through its own portal", async () => {
    const entry = await agency.as("ADMIN").onCall.agency.create({ ...s, ...shift({ personName: "Private", escalationOrder: 8 }) });
    const before = await tenantSnapshot(agency.agency.id);
    const stranger = sibling.as("CLIENT_ADMIN");
    await expectTrpcError(stranger.onCall.portal.list({ clientSlug: client.slug }), "NOT_FOUND");
    await expectTrpcError(stranger.onCall.portal.update({ clientSlug: sibling.slug, ...shift({ personName: "Hijack", escalationOrder: 8 }), entryId: entry.id }), "NOT_FOUND");
    await expectTrpcError(stranger.onCall.portal.remove({ clientSlug: sibling.slug, entryId: entry.id }), "NOT_FOUND");
    expect((await stranger.onCall.portal.list({ clientSlug: sibling.slug })).entries).toEqual([]);
    expect((await stranger.onCall.portal.history({ clientSlug: sibling.slug })).items).toEqual([]);
    expect(await tenantSnapshot(agency.agency.id)).toEqual(before);
  });

  it("another agency gets NOT_FOUND, with the victim's slugs or with its own client and the victim's entry id", async () => {
    const entry = await agency.as("ADMIN").onCall.agency.create({ ...s, ...shift({ personName: "Secret", escalationOrder: 10 }) });
    const theirs = await makeChicagoClient(other.agency.id, "theirs");
    const before = await tenantSnapshot(agency.agency.id);
    await expectTrpcError(other.as("OWNER").onCall.agency.list(s), "NOT_FOUND");
    await expectTrpcError(other.as("OWNER").onCall.agency.list({ agencySlug: other.agency.slug, clientSlug: client.slug }), "NOT_FOUND");
    const own = { agencySlug: other.agency.slug, clientSlug: theirs.slug };
    await expectTrpcError(other.as("OWNER").onCall.agency.update({ ...own, ...shift({ escalationOrder: 10 }), entryId: entry.id }), "NOT_FOUND");
    await expectTrpcError(other.as("OWNER").onCall.agency.remove({ ...own, entryId: entry.id }), "NOT_FOUND");
    await expectTrpcError(theirs.as("CLIENT_ADMIN").onCall.portal.remove({ clientSlug: theirs.slug, entryId: entry.id }), "NOT_FOUND");
    expect(await tenantSnapshot(agency.agency.id)).toEqual(before);
  });
});

describe("who is on call, for the desk and message delivery", () => {
  it("onCallAt lists the people covering an instant in escalation order, and hands over at the boundary", async () => {
    const c = await makeChicagoClient(agency.agency.id, "escalation");
    const cs = { ...s, clientSlug: c.slug };
    const admin = agency.as("ADMIN");
    const first = await admin.onCall.agency.create({ ...cs, ...shift({ personName: "First", startDate: day(1), startTime: "08:00", endDate: day(1), endTime: "20:00" }) });
    const backup = await admin.onCall.agency.create({ ...cs, ...shift({ personName: "Backup", escalationOrder: 2, startDate: day(1), startTime: "00:00", endDate: day(2), endTime: "00:00" }) });
    const next = await admin.onCall.agency.create({ ...cs, ...shift({ personName: "Next", startDate: day(1), startTime: "20:00", endDate: day(2), endTime: "08:00" }) });
    const names = async (date: string, time: string) => (await onCallAt(db, c.id, instant(date, time))).map((e) => e.personName);
    expect(await names(day(1), "12:00")).toEqual(["First", "Backup"]);
    expect(await names(day(1), "20:00")).toEqual(["Next", "Backup"]);
    expect(await names(day(2), "07:00")).toEqual(["Next"]);
    expect(await names(day(2), "08:00")).toEqual([]);
    expect([first, backup, next].every((e) => e.id)).toBe(true);
    // The client's own roster only.
    expect(await onCallAt(db, client.id, instant(day(1), "12:00"))).not.toContainEqual(expect.objectContaining({ personName: "First" }));
  });

  it("the list says who is on call now, whatever period is shown", async () => {
    const c = await makeChicagoClient(agency.agency.id, "now");
    await db.onCallEntry.create({
      data: { agencyId: agency.agency.id, clientId: c.id, personName: "On now", email: "now@x.test", startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() + 3_600_000) },
    });
    const list = await c.as("CLIENT_VIEWER").onCall.portal.list({ clientSlug: c.slug, from: day(30), weeks: 1 });
    expect(list.entries).toEqual([]);
    expect(list.current.map((e) => e.personName)).toEqual(["On now"]);
  });
});

describe("copy last week", () => {
  it("copies last week's entries seven days on at the same local times, skips what is over, and a second click copies nothing", async () => {
    const c = await makeChicagoClient(agency.agency.id, "copy");
    const nextMonday = addDays(mondayOf(day(0)), 7);
    const week = (n: number) => addDays(nextMonday, n);
    const admin = c.as("CLIENT_ADMIN");
    await admin.onCall.portal.create({ clientSlug: c.slug, ...shift({ personName: "Mon", startDate: week(0), startTime: "18:00", endDate: week(1), endTime: "08:00" }) });
    await admin.onCall.portal.create({ clientSlug: c.slug, ...shift({ personName: "Sun", escalationOrder: 2, startDate: week(6), startTime: "09:00", endDate: week(6), endTime: "17:00" }) });
    const result = await admin.onCall.portal.copyWeek({ clientSlug: c.slug, weekStart: week(7) });
    expect(result).toEqual({ copied: 2, skipped: 0, sourceCount: 2 });
    const copies = await db.onCallEntry.findMany({ where: { clientId: c.id, startsAt: { gte: instant(week(7), "00:00") } }, orderBy: { startsAt: "asc" } });
    expect(copies.map((e) => [e.personName, instantToLocal(e.startsAt, ZONE), instantToLocal(e.endsAt, ZONE)])).toEqual([
      ["Mon", { date: week(7), time: "18:00" }, { date: week(8), time: "08:00" }],
      ["Sun", { date: week(13), time: "09:00" }, { date: week(13), time: "17:00" }],
    ]);
    expect(await db.auditLog.count({ where: { action: "oncall.copied", entityId: { in: copies.map((e) => e.id) } } })).toBe(2);
    expect(await admin.onCall.portal.copyWeek({ clientSlug: c.slug, weekStart: week(7) })).toEqual({ copied: 0, skipped: 2, sourceCount: 2 });
    await expectTrpcError(admin.onCall.portal.copyWeek({ clientSlug: c.slug, weekStart: week(8) }), "BAD_REQUEST"); // not a Monday
  });
});

describe("the roster's guarantees", () => {
  it("people saving the same escalation order for the same night at once, on several app instances: exactly one wins", async () => {
    const c = await makeChicagoClient(agency.agency.id, "race");
    const scope = { id: c.id, agencyId: agency.agency.id };
    // One Prisma client per "instance", as N app processes on one database would have.
    const instances = Array.from({ length: 6 }, () => new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) }));
    try {
      const results = await Promise.allSettled(
        instances.map((instance, i) =>
          createEntry(instance, scope, { userId: agency.users.ADMIN.id, locale: "en" }, shift({ personName: `Person ${i}`, startDate: day(4), endDate: day(5) })),
        ),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await db.onCallEntry.count({ where: { clientId: c.id } })).toBe(1);
    } finally {
      await Promise.all(instances.map((i) => i.$disconnect()));
    }
  });

  it("an ENDED client's roster is read-only history on both sides", async () => {
    const c = await makeChicagoClient(agency.agency.id, "ended");
    const cs = { ...s, clientSlug: c.slug };
    const entry = await agency.as("ADMIN").onCall.agency.create({ ...cs, ...shift() });
    await db.client.update({ where: { id: c.id }, data: { status: "ENDED" } });
    expect((await agency.as("ADMIN").onCall.agency.list(cs)).canEdit).toBe(false);
    expect((await c.as("CLIENT_ADMIN").onCall.portal.list({ clientSlug: c.slug })).canEdit).toBe(false);
    const before = await tenantSnapshot(agency.agency.id);
    const error = await expectTrpcError(agency.as("ADMIN").onCall.agency.create({ ...cs, ...shift({ escalationOrder: 2 }) }), "PRECONDITION_FAILED");
    expect(shapeOf(error).message).toContain("ended");
    await expectTrpcError(c.as("CLIENT_ADMIN").onCall.portal.remove({ clientSlug: c.slug, entryId: entry.id }), "PRECONDITION_FAILED");
    await expectTrpcError(c.as("CLIENT_ADMIN").onCall.portal.copyWeek({ clientSlug: c.slug, weekStart: mondayOf(day(7)) }), "PRECONDITION_FAILED");
    expect(await tenantSnapshot(agency.agency.id)).toEqual(before);
  });
});
