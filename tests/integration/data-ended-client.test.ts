import { beforeAll, describe, expect, it } from "vitest";
import { handleClientExport } from "@/server/data/client-export-http";
import { db } from "@/server/db";
import { callerAs, expectTrpcError, makeTenant, type Tenant } from "../support/tenants";
import { clientWithHistory } from "../support/data";

let t: Tenant;
let c: Awaited<ReturnType<typeof clientWithHistory>>;

/** Every row the client's history is made of, to compare before and after it ends. */
async function history(clientId: string) {
  const where = { clientId };
  const [calls, events, messages, usage, invoices, plans, members, contacts, hotlines] = await Promise.all([
    db.call.findMany({ where, orderBy: { id: "asc" } }),
    db.callEvent.count({ where: { call: { clientId } } }),
    db.message.findMany({ where, orderBy: { id: "asc" } }),
    db.usageRecord.findMany({ where, orderBy: { id: "asc" } }),
    db.invoiceRecord.findMany({ where, orderBy: { id: "asc" } }),
    db.pricePlan.findMany({ where, orderBy: { id: "asc" } }),
    db.clientMember.findMany({ where, orderBy: { id: "asc" } }),
    db.clientContact.findMany({ where, orderBy: { id: "asc" } }),
    db.hotline.findMany({ where, orderBy: { id: "asc" }, select: { id: true, name: true, clientId: true } }),
  ]);
  return { calls, events, messages, usage, invoices, plans, members, contacts, hotlines };
}

beforeAll(async () => {
  t = await makeTenant("ended");
  c = await clientWithHistory(t, 3);
  await db.client.update({ where: { id: c.client.id }, data: { status: "ACTIVE" } });
});

describe("ending a client keeps its data", () => {
  it("calls, events, messages, usage, invoices, plans, users and contacts all stay, and stay readable", async () => {
    const before = await history(c.client.id);
    expect(before.calls).toHaveLength(3);
    const s = { agencySlug: t.agency.slug, clientSlug: c.client.slug };
    await t.as("ADMIN").client.setStatus({ ...s, status: "ENDED" });
    expect((await db.client.findUniqueOrThrow({ where: { id: c.client.id } })).status).toBe("ENDED");
    expect(await history(c.client.id)).toEqual(before);

    // The agency still reads the history: the call log, one call, the client's billing and invoices, the export.
    const list = await t.as("SUPERVISOR").calls.list({ agencySlug: t.agency.slug, client: c.client.slug });
    expect(list.items.map((i) => i.id).sort()).toEqual(before.calls.map((x) => x.id).sort());
    const one = await t.as("SUPERVISOR").calls.get({ agencySlug: t.agency.slug, callId: c.calls[0]!.id });
    expect(one.timeline.length).toBe(4);
    const invoices = await t.as("SUPERVISOR").billing.client.invoices(s);
    expect(JSON.stringify(invoices)).toContain(c.invoice.id);
    expect((await t.as("OPERATOR").client.get(s)).status).toBe("ENDED");
    const exported = await handleClientExport(db, t.users.ADMIN.id, { agency: t.agency.slug, client: c.client.slug });
    expect(exported.status).toBe(200);
    expect(JSON.parse(await exported.text()).calls).toHaveLength(3);
  });

  it("portal users keep read access to their history (the product's rule), but nothing can change any more", async () => {
    const portal = callerAs(c.portalUser.id);
    const calls = await portal.report.portal.calls({ clientSlug: c.client.slug });
    expect(calls.items).toHaveLength(3);
    await portal.report.portal.callDetail({ clientSlug: c.client.slug, callId: c.calls[0]!.id });
    // An ended client is final: no new status, no new portal users.
    await expectTrpcError(t.as("OWNER").client.setStatus({ agencySlug: t.agency.slug, clientSlug: c.client.slug, status: "ACTIVE" }), "PRECONDITION_FAILED");
    await expectTrpcError(t.as("ADMIN").client.inviteUser({ agencySlug: t.agency.slug, clientSlug: c.client.slug, email: "late@client.test", role: "CLIENT_VIEWER" }), "PRECONDITION_FAILED");
  });

  it("the database itself refuses to delete a client that has history", async () => {
    await expect(db.client.delete({ where: { id: c.client.id } })).rejects.toThrow();
    expect(await db.call.count({ where: { clientId: c.client.id } })).toBe(3);
  });
});
