import { beforeAll, describe, expect, it } from "vitest";
import { handleClientExport } from "@/server/data/client-export-http";
import { db } from "@/server/db";
import { clientWithHistory, recordedCall } from "../support/data";
import { makeTenant, type Tenant } from "../support/tenants";

let t: Tenant;
let other: Tenant;
let subject: Awaited<ReturnType<typeof clientWithHistory>>;
let sibling: Awaited<ReturnType<typeof clientWithHistory>>;
let foreign: Awaited<ReturnType<typeof clientWithHistory>>;

const exportAs = (userId: string | null, agency: string, client: string, pageSize?: number) => handleClientExport(db, userId, { agency, client }, new Date(), pageSize);
const exportAudits = (agencyId: string) => db.auditLog.count({ where: { agencyId, action: "client.data_exported" } });

beforeAll(async () => {
  t = await makeTenant("dsr");
  other = await makeTenant("dsr-other");
  subject = await clientWithHistory(t, 5);
  sibling = await clientWithHistory(t, 1);
  foreign = await clientWithHistory(other, 1);
});

describe("client data export (route handler)", () => {
  it("streams everything kept about the client as JSON, page by page, and audits the export", async () => {
    const res = await exportAs(t.users.ADMIN.id, t.agency.slug, subject.client.slug, 2); // pages of 2: five calls take three
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("content-disposition")).toMatch(new RegExp(`attachment; filename="${subject.client.slug}-data-\\d{4}-\\d{2}-\\d{2}\\.json"`));
    expect(res.headers.get("cache-control")).toBe("no-store");
    const text = await res.text();
    const body = JSON.parse(text);
    expect(body.format).toBe("switchboard.client-export.v1");
    expect(body.client).toMatchObject({ id: subject.client.id, slug: subject.client.slug });
    expect(body.contacts).toHaveLength(1);
    expect(body.members).toEqual([expect.objectContaining({ role: "CLIENT_ADMIN", user: expect.objectContaining({ id: subject.portalUser.id, email: expect.any(String) }) })]);
    expect(body.hotlines).toEqual([expect.objectContaining({ id: subject.hotline.id, numbers: [expect.objectContaining({ e164: subject.hotline.number.e164 })] })]);
    expect(body.calls.map((c: { id: string }) => c.id).sort()).toEqual(subject.calls.map((c) => c.id).sort());
    expect(body.calls.every((c: { events: unknown[] }) => c.events.length === 4)).toBe(true);
    expect(body.messages).toHaveLength(1);
    expect(body.messages[0].events).toHaveLength(1);
    expect(body.usageRecords).toHaveLength(1);
    expect(body.invoices).toEqual([expect.objectContaining({ id: subject.invoice.id, totalMinor: "5000000" })]);
    expect(body.pricePlans).toHaveLength(1);
    for (const key of ["termsVersions", "documents", "onCall"]) expect(body[key]).toEqual([]);
    // Never in the file: password hashes, acknowledgement token hashes, another client's calls.
    expect(text).not.toMatch(/passwordHash|argon2|ackTokenHash|stripePrices/);
    for (const c of [...sibling.calls, ...foreign.calls]) expect(text).not.toContain(c.id);
    expect(await db.auditLog.findFirst({ where: { agencyId: t.agency.id, action: "client.data_exported", entityId: subject.client.id } })).toMatchObject({ actorId: t.users.ADMIN.id, entityType: "Client" });
  });

  it("is ADMIN and up: OWNER may, SUPERVISOR and OPERATOR get 403, signed out 401, none audited", async () => {
    expect((await exportAs(t.users.OWNER.id, t.agency.slug, sibling.client.slug)).status).toBe(200);
    const before = await exportAudits(t.agency.id);
    expect((await exportAs(t.users.SUPERVISOR.id, t.agency.slug, subject.client.slug)).status).toBe(403);
    expect((await exportAs(t.users.OPERATOR.id, t.agency.slug, subject.client.slug)).status).toBe(403);
    expect((await exportAs(null, t.agency.slug, subject.client.slug)).status).toBe(401);
    // The client's own portal users are not agency staff.
    expect((await exportAs(subject.portalUser.id, t.agency.slug, subject.client.slug)).status).toBe(404);
    expect(await exportAudits(t.agency.id)).toBe(before);
  });

  it("another agency gets 404 however it names the client, and nothing is audited or changed", async () => {
    const before = await Promise.all([exportAudits(t.agency.id), db.call.count({ where: { agencyId: t.agency.id } })]);
    for (const role of ["OWNER", "ADMIN"] as const) {
      // The victim's agency slug: not a member.
      const a = await exportAs(other.users[role].id, t.agency.slug, subject.client.slug);
      expect(a.status).toBe(404);
      // Its own agency slug with the victim's client slug: the client is looked up inside its own agency.
      const b = await exportAs(other.users[role].id, other.agency.slug, subject.client.slug);
      expect(b.status).toBe(404);
      expect(await b.text()).not.toContain(subject.client.id);
    }
    expect((await exportAs(t.users.ADMIN.id, t.agency.slug, foreign.client.slug)).status).toBe(404);
    expect((await exportAs(t.users.ADMIN.id, "no-such-agency", subject.client.slug)).status).toBe(404);
    expect(await Promise.all([exportAudits(t.agency.id), db.call.count({ where: { agencyId: t.agency.id } })])).toEqual(before);
  });

  it("a big client streams in many chunks (memory stays flat)", async () => {
    for (let i = 0; i < 30; i++) await recordedCall(sibling.hotline, new Date(Date.now() - i * 1000));
    const res = await exportAs(t.users.ADMIN.id, t.agency.slug, sibling.client.slug, 5);
    const reader = res.body!.getReader();
    let chunks = 0;
    let text = "";
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      text += decoder.decode(value, { stream: true });
    }
    expect(chunks).toBeGreaterThan(31);
    expect(JSON.parse(text).calls).toHaveLength(31);
  });
});
