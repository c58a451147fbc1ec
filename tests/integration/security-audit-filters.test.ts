import { describe, expect, it } from "vitest";
import { readAuditUrl, toProcedureFilter } from "@/server/audit-log/audit-filter";
import { db } from "@/server/db";
import { expectTrpcError, makeTenant } from "../support/tenants";

async function seedLog(agencyId: string, rows: { action: string; actorId: string | null; entityType: string; entityId: string; createdAt: Date }[]) {
  await db.auditLog.createMany({ data: rows.map((r) => ({ agencyId, ...r })) });
}

describe("audit log filters", () => {
  it("filters by action, actor, entity and date range, pages through the result, and stays inside the agency", async () => {
    const t = await makeTenant("auditf");
    const other = await makeTenant("auditf2");
    const admin = t.users.ADMIN.id;
    const owner = t.users.OWNER.id;
    const day = (d: number) => new Date(Date.UTC(2026, 10, d, 12));
    await seedLog(t.agency.id, [
      ...Array.from({ length: 7 }, (_, i) => ({ action: "client.updated", actorId: admin, entityType: "Client", entityId: `c${i}`, createdAt: day(10 + i) })),
      { action: "member.removed", actorId: owner, entityType: "AgencyMember", entityId: "m1", createdAt: day(12) },
      { action: "client.updated", actorId: owner, entityType: "Client", entityId: "c9", createdAt: day(20) },
    ]);
    await seedLog(other.agency.id, [{ action: "client.updated", actorId: other.users.ADMIN.id, entityType: "Client", entityId: "x", createdAt: day(12) }]);
    const list = (filter: object, cursor?: string) => t.as("ADMIN").audit.list({ agencySlug: t.agency.slug, limit: 3, filter, cursor });

    // Action + actor + date range [11, 14): the 11th, 12th, 13th by the admin only.
    const first = await list({ action: "client.updated", actorId: admin, from: day(11), to: day(14) });
    expect(first.items.map((i) => i.entityId)).toEqual(["c3", "c2", "c1"]);
    expect(first.nextCursor).toBeNull(); // exactly one page

    // Paging a larger result: 8 client entries, 3 at a time, newest first, no repeats.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await list({ entityType: "Client" }, cursor);
      seen.push(...page.items.map((i) => i.entityId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(["c9", "c6", "c5", "c4", "c3", "c2", "c1", "c0"]);

    expect((await list({ actorId: owner, entityType: "AgencyMember" })).items.map((i) => i.action)).toEqual(["member.removed"]);
    // Another agency's user as the actor filter finds nothing here: the agency scope always applies.
    expect((await list({ actorId: other.users.ADMIN.id })).items).toEqual([]);

    const options = await t.as("ADMIN").audit.filterOptions({ agencySlug: t.agency.slug });
    expect(options.actions).toEqual(["client.updated", "member.removed"]);
    expect(options.entityTypes).toEqual(["AgencyMember", "Client"]);
    expect(options.actors.map((a) => a.id).sort()).toEqual([admin, owner].sort());
  });

  it("is ADMIN and up, and a date range that ends before it starts is BAD_REQUEST", async () => {
    const t = await makeTenant("auditr");
    await expectTrpcError(t.as("SUPERVISOR").audit.list({ agencySlug: t.agency.slug }), "FORBIDDEN");
    await expectTrpcError(t.as("SUPERVISOR").audit.filterOptions({ agencySlug: t.agency.slug }), "FORBIDDEN");
    await expectTrpcError(t.as("ADMIN").audit.list({ agencySlug: t.agency.slug, filter: { from: new Date("2026-02-01"), to: new Date("2026-01-01") } }), "BAD_REQUEST");
    await expectTrpcError(t.as("ADMIN").audit.list({ agencySlug: t.agency.slug, filter: { action: "x".repeat(101) } }), "BAD_REQUEST");
  });

  it("reads the URL: keeps valid values, drops nonsense, and makes `to` cover its whole day", () => {
    const url = readAuditUrl(new URLSearchParams("action=client.updated&actor=u1&entity=Client&from=2026-11-01&to=2026-11-03&junk=1&page=x"));
    expect(url).toEqual({ action: "client.updated", actor: "u1", entity: "Client", from: "2026-11-01", to: "2026-11-03" });
    expect(readAuditUrl(new URLSearchParams("from=yesterday&to=2026-13-45x"))).toEqual({});
    const f = toProcedureFilter(url);
    expect(f.from).toEqual(new Date(2026, 10, 1));
    expect(f.to).toEqual(new Date(2026, 10, 4));
  });
});
