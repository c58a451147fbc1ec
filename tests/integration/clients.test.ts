import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { appRouter } from "@/server/root";
import { clientInput } from "../support/clients";
import { expectTrpcError, makeTenant, tenantSnapshot, uid } from "../support/tenants";

describe("clients", () => {
  it("an admin creates a client: slug from the name, ONBOARDING, currency from the country, phones in E.164, audited", async () => {
    const t = await makeTenant("cl");
    const name = `Ромашка ${uid()}`;
    const created = await t.as("ADMIN").client.create({ agencySlug: t.agency.slug, ...clientInput({ name }) });
    expect(created.slug).toMatch(/^romashka-[0-9a-f]{8}$/);
    const client = await t.as("OPERATOR").client.get({ agencySlug: t.agency.slug, clientSlug: created.slug });
    expect(client).toMatchObject({ name, status: "ONBOARDING", country: "RU", currency: "RUB", taxId: "7707083893", legalName: "OOO Aurora" });
    expect(client.contacts).toEqual([{ id: expect.any(String), name: "Irina Petrova", role: "Office manager", email: "irina@aurora.test", phone: "+79123456789" }]);
    const log = await db.auditLog.findFirstOrThrow({ where: { agencyId: t.agency.id, action: "client.created" } });
    expect(log).toMatchObject({ actorId: t.users.ADMIN.id, entityId: created.id, after: expect.objectContaining({ name, status: "ONBOARDING" }) });
  });

  it("two clients with the same name get different slugs, unique across agencies", async () => {
    const a = await makeTenant("sa");
    const b = await makeTenant("sb");
    const name = `Bluebird Plumbing ${uid()}`;
    const us = { name, country: "US", timezone: "America/Chicago", taxId: "", contacts: [{ name: "Dispatch", role: "", email: "", phone: "(312) 555-0100" }] };
    const first = await a.as("OWNER").client.create({ agencySlug: a.agency.slug, ...clientInput(us) });
    const second = await b.as("OWNER").client.create({ agencySlug: b.agency.slug, ...clientInput(us) });
    expect(first.slug).toMatch(/^bluebird-plumbing-/);
    expect(second.slug).toBe(`${first.slug}-2`);
  });

  it("refuses bad details at the right field and changes nothing", async () => {
    const t = await makeTenant("bad");
    const before = await tenantSnapshot(t.agency.id);
    const err = await expectTrpcError(
      t.as("ADMIN").client.create({
        agencySlug: t.agency.slug,
        ...clientInput({ taxId: "7707083894", timezone: "Moscow", contacts: [{ name: "X", role: "", email: "", phone: "12" }] }),
      }),
      "BAD_REQUEST",
    );
    expect(err.cause?.message).toContain("inn_checksum");
    expect(err.cause?.message).toContain("contacts");
    expect(await tenantSnapshot(t.agency.id)).toEqual(before);
  });

  it("only admins and owners create and edit; operators and supervisors read", async () => {
    const t = await makeTenant("perm");
    const { slug } = await t.as("OWNER").client.create({ agencySlug: t.agency.slug, ...clientInput() });
    for (const role of ["SUPERVISOR", "OPERATOR"] as const) {
      await expectTrpcError(t.as(role).client.create({ agencySlug: t.agency.slug, ...clientInput() }), "FORBIDDEN");
      await expectTrpcError(t.as(role).client.update({ agencySlug: t.agency.slug, clientSlug: slug, ...clientInput() }), "FORBIDDEN");
      await expectTrpcError(t.as(role).client.setStatus({ agencySlug: t.agency.slug, clientSlug: slug, status: "ENDED" }), "FORBIDDEN");
      expect((await t.as(role).client.list({ agencySlug: t.agency.slug })).total).toBe(1);
    }
  });

  it("updates details and replaces contacts: kept ones keep their id, missing ones go, new ones come; the log says what changed", async () => {
    const t = await makeTenant("upd");
    const s = { agencySlug: t.agency.slug };
    const { slug } = await t.as("ADMIN").client.create({
      ...s,
      ...clientInput({ contacts: [{ name: "Keep", role: "", email: "keep@a.test", phone: "" }, { name: "Drop", role: "", email: "drop@a.test", phone: "" }] }),
    });
    const before = await t.as("ADMIN").client.get({ ...s, clientSlug: slug });
    const keep = before.contacts[0]!;
    const updated = await t.as("ADMIN").client.update({
      ...s,
      clientSlug: slug,
      ...clientInput({
        name: before.name,
        legalName: "OOO Aurora Plus",
        country: "KZ",
        timezone: "Asia/Almaty",
        contacts: [{ name: "New", role: "Night manager", email: "", phone: "+7 701 234 5678" }, { id: keep.id, name: "Keep Renamed", role: "", email: "keep@a.test", phone: "" }],
      }),
    });
    expect(updated).toMatchObject({ legalName: "OOO Aurora Plus", country: "KZ", currency: "KZT", timezone: "Asia/Almaty" });
    expect(updated.contacts.map((c) => [c.name, c.phone])).toEqual([["New", "+77012345678"], ["Keep Renamed", null]]);
    expect(updated.contacts[1]!.id).toBe(keep.id);
    expect(await db.clientContact.count({ where: { clientId: before.id } })).toBe(2);
    const log = await db.auditLog.findFirstOrThrow({ where: { agencyId: t.agency.id, action: "client.updated" } });
    expect(Object.keys(log.after as object).sort()).toEqual(["contacts", "country", "currency", "legalName", "timezone"]);
    expect(log.before).toMatchObject({ legalName: "OOO Aurora", country: "RU" });
  });

  it("refuses a contact id that is not this client's, and changes nothing", async () => {
    const t = await makeTenant("cid");
    const s = { agencySlug: t.agency.slug };
    const a = await t.as("ADMIN").client.create({ ...s, ...clientInput() });
    const b = await t.as("ADMIN").client.create({ ...s, ...clientInput() });
    const other = (await t.as("ADMIN").client.get({ ...s, clientSlug: b.slug })).contacts[0]!;
    const before = await tenantSnapshot(t.agency.id);
    await expectTrpcError(
      t.as("ADMIN").client.update({ ...s, clientSlug: a.slug, ...clientInput({ contacts: [{ id: other.id, name: "Stolen", role: "", email: "x@y.test", phone: "" }] }) }),
      "NOT_FOUND",
    );
    expect(await tenantSnapshot(t.agency.id)).toEqual(before);
  });

  it("lists with a status filter, searches name, legal name and tax id, and pages on the server", async () => {
    const t = await makeTenant("list");
    const s = { agencySlug: t.agency.slug };
    for (let i = 0; i < 7; i++) {
      await t.as("ADMIN").client.create({ ...s, ...clientInput({ name: `Client ${String(i).padStart(2, "0")}`, legalName: i === 3 ? "Northwind Holdings" : "", taxId: i === 5 ? "7736207543" : "" }) });
    }
    const ended = await t.as("ADMIN").client.create({ ...s, ...clientInput({ name: "Zeta Ended" }) });
    await t.as("ADMIN").client.setStatus({ ...s, clientSlug: ended.slug, status: "ENDED" });

    const page1 = await t.as("OPERATOR").client.list({ ...s, pageSize: 5 });
    expect(page1.total).toBe(8);
    expect(page1.items.map((c) => c.name)).toEqual(["Client 00", "Client 01", "Client 02", "Client 03", "Client 04"]);
    const page2 = await t.as("OPERATOR").client.list({ ...s, pageSize: 5, page: 2 });
    expect(page2.items.map((c) => c.name)).toEqual(["Client 05", "Client 06", "Zeta Ended"]);

    expect((await t.as("OPERATOR").client.list({ ...s, status: "ENDED" })).items.map((c) => c.name)).toEqual(["Zeta Ended"]);
    expect((await t.as("OPERATOR").client.list({ ...s, status: "ONBOARDING" })).total).toBe(7);
    expect((await t.as("OPERATOR").client.list({ ...s, search: "northwind" })).items.map((c) => c.name)).toEqual(["Client 03"]);
    expect((await t.as("OPERATOR").client.list({ ...s, search: "7736207543" })).items.map((c) => c.name)).toEqual(["Client 05"]);
    expect((await t.as("OPERATOR").client.list({ ...s, search: "client 0", status: "ENDED" })).total).toBe(0);
  });

  it("has no delete: a client's history outlives it", () => {
    expect(Object.keys(appRouter._def.procedures).filter((p) => p.startsWith("client.") && /delete|remove$/i.test(p))).toEqual([]);
  });
});
