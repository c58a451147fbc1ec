import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { TENANT_ROLE, withoutTenant, withTenant } from "@/server/tenant-db";
import { makeClientRow, makeHotlineRow, makeCallRow } from "../support/calls";
import { makeTenant } from "../support/tenants";

/**
 * PostgreSQL row-level security, the second wall behind the procedures' own scoping: inside withTenant every
 * transaction runs as switchboard_app with the agency set, and sees and writes that agency's rows only — even
 * for a query that forgets its "where agencyId".
 */
describe("row-level security", () => {
  afterEach(() => {
    delete process.env.DATABASE_RLS;
  });

  it("covers every table that carries an agency, with a role that cannot bypass it", async () => {
    const uncovered = await db.$queryRaw<{ table: string }[]>`
      SELECT c.table_name AS "table" FROM information_schema.columns c
      JOIN pg_class k ON k.relname = c.table_name AND k.relnamespace = 'public'::regnamespace
      WHERE c.table_schema = 'public' AND c.column_name = 'agencyId' AND c.is_nullable = 'NO' AND k.relkind = 'r'
        AND (NOT k.relrowsecurity OR NOT EXISTS (
          SELECT 1 FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.table_name
            AND p.policyname = 'tenant_isolation' AND ${TENANT_ROLE} = ANY (p.roles)))`;
    expect(uncovered).toEqual([]);
    const covered = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relrowsecurity`;
    expect(covered[0]!.n).toBeGreaterThan(25);
    const [role] = await db.$queryRaw<{ rolbypassrls: boolean; rolsuper: boolean }[]>`SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = ${TENANT_ROLE}`;
    expect(role).toEqual({ rolbypassrls: false, rolsuper: false });
    // The agency id is written into the SET statement: anything but an id is refused before it gets there.
    await expect(withTenant("x'; RESET ROLE; --", () => db.client.count())).rejects.toThrow(/not an agency id/);
  });

  it("shows a tenant only its own rows, even to a query without a where", async () => {
    const a = await makeTenant("rls-a");
    const b = await makeTenant("rls-b");
    const clientA = await makeClientRow(a.agency.id);
    const clientB = await makeClientRow(b.agency.id);
    await makeCallRow(await makeHotlineRow(a.agency.id, clientA.id));
    await makeCallRow(await makeHotlineRow(b.agency.id, clientB.id));

    const seen = await withTenant(a.agency.id, async () => ({
      clients: await db.client.findMany({ select: { agencyId: true } }),
      calls: await db.call.findMany({ select: { agencyId: true } }),
      agencies: await db.agency.findMany({ select: { id: true } }),
      other: await db.client.findFirst({ where: { id: clientB.id } }),
      raw: await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Client" WHERE "agencyId" = ${b.agency.id}`,
      who: await db.$queryRaw<{ role: string; agency: string }[]>`SELECT current_user AS role, current_setting('app.agency_id') AS agency`,
    }));
    expect(seen.clients.map((c) => c.agencyId)).toEqual([a.agency.id]);
    expect(new Set(seen.calls.map((c) => c.agencyId))).toEqual(new Set([a.agency.id]));
    expect(seen.agencies).toEqual([{ id: a.agency.id }]);
    expect(seen.other).toBeNull();
    expect(seen.raw[0]!.n).toBe(0);
    expect(seen.who).toEqual([{ role: TENANT_ROLE, agency: a.agency.id }]);

    // System work (outside withTenant, or leaving it) sees everything, as the owner of the tables.
    const system = await withTenant(a.agency.id, () => withoutTenant(() => db.client.count({ where: { id: { in: [clientA.id, clientB.id] } } })));
    expect(system).toBe(2);
  });

  it("refuses writes into another agency and leaves its rows unchanged", async () => {
    const a = await makeTenant("rls-wa");
    const b = await makeTenant("rls-wb");
    const clientB = await makeClientRow(b.agency.id, { name: "Kept name" });

    await withTenant(a.agency.id, async () => {
      const updated = await db.client.updateMany({ where: { id: clientB.id }, data: { name: "Overwritten" } });
      expect(updated.count).toBe(0);
      const deleted = await db.client.deleteMany({ where: { agencyId: b.agency.id } });
      expect(deleted.count).toBe(0);
      await expect(
        db.client.create({ data: { agencyId: b.agency.id, slug: `planted-${Date.now()}`, name: "Planted" } }),
      ).rejects.toThrow(/row-level security|violates/i);
    });
    expect((await db.client.findUniqueOrThrow({ where: { id: clientB.id } })).name).toBe("Kept name");
    expect(await db.client.count({ where: { agencyId: b.agency.id } })).toBe(1);
  });

  it("keeps tenants apart when Prisma batches their lookups in the same tick", async () => {
    const a = await makeTenant("rls-ta");
    const b = await makeTenant("rls-tb");
    const clientA = await makeClientRow(a.agency.id);
    const clientB = await makeClientRow(b.agency.id);
    // findUnique calls of one tick are batched by Prisma and run in the first caller's context.
    const [aSeesA, bSeesA, bSeesB, systemSeesB] = await Promise.all([
      withTenant(a.agency.id, () => db.client.findUnique({ where: { id: clientA.id }, select: { id: true } })),
      withTenant(b.agency.id, () => db.client.findUnique({ where: { id: clientA.id }, select: { id: true } })),
      withTenant(b.agency.id, () => db.client.findUnique({ where: { id: clientB.id }, select: { id: true } })),
      db.client.findUnique({ where: { id: clientB.id }, select: { id: true } }),
    ]);
    expect(aSeesA).toEqual({ id: clientA.id });
    expect(bSeesA).toBeNull();
    expect(bSeesB).toEqual({ id: clientB.id });
    expect(systemSeesB).toEqual({ id: clientB.id });
  });

  it("scopes interactive and batch transactions, with an isolation level too", async () => {
    const a = await makeTenant("rls-xa");
    const b = await makeTenant("rls-xb");
    await makeClientRow(b.agency.id);
    const inside = await withTenant(a.agency.id, () =>
      db.$transaction(
        async (tx) => {
          const [who] = await tx.$queryRaw<{ agency: string; role: string }[]>`SELECT current_setting('app.agency_id') AS agency, current_user AS role`;
          return { who, others: await tx.client.count({ where: { agencyId: b.agency.id } }) };
        },
        { isolationLevel: Prisma.TransactionIsolationLevel.Serializable },
      ),
    );
    expect(inside).toEqual({ who: { agency: a.agency.id, role: TENANT_ROLE }, others: 0 });
    const [count] = await withTenant(a.agency.id, () => db.$transaction([db.client.count({ where: { agencyId: b.agency.id } })]));
    expect(count).toBe(0);
    // The connection goes back to the pool as the owner, with no agency left set.
    const after = await db.$queryRaw<{ agency: string | null; role: string }[]>`SELECT current_setting('app.agency_id', true) AS agency, current_user AS role`;
    expect(after[0]!.role).not.toBe(TENANT_ROLE);
    expect(after[0]!.agency ?? "").toBe("");
  });

  it("applies to tRPC procedures: an agency admin's queries run as the tenant", async () => {
    const a = await makeTenant("rls-pa");
    const b = await makeTenant("rls-pb");
    await makeClientRow(b.agency.id);
    await makeClientRow(a.agency.id, { name: "Mine" });
    const list = await a.as("ADMIN").client.list({ agencySlug: a.agency.slug });
    const rows = "items" in list ? list.items : list;
    expect((rows as { name: string }[]).map((c) => c.name)).toEqual(["Mine"]);
  });

  it("is off with DATABASE_RLS=off (how the benchmarks measure its cost)", async () => {
    const a = await makeTenant("rls-oa");
    const b = await makeTenant("rls-ob");
    const clientB = await makeClientRow(b.agency.id);
    process.env.DATABASE_RLS = "off";
    const seen = await withTenant(a.agency.id, () => db.client.findFirst({ where: { id: clientB.id }, select: { id: true } }));
    expect(seen).toEqual({ id: clientB.id });
  });
});
