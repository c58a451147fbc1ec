import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { clientInput, completeOnboarding } from "../support/clients";
import { expectTrpcError, makeTenant, tenantSnapshot, uid } from "../support/tenants";

async function setup() {
  const t = await makeTenant("st");
  const s = { agencySlug: t.agency.slug };
  const created = await t.as("ADMIN").client.create({ ...s, ...clientInput({ legalName: "", contacts: [] }) });
  const c = { ...s, clientSlug: created.slug };
  return { t, s, c, id: created.id };
}

describe("client status", () => {
  it("refuses to activate an incomplete client, naming every missing required item, and changes nothing", async () => {
    const { t, c, id } = await setup();
    const checklist = await t.as("OPERATOR").client.checklist(c);
    expect(checklist.filter((i) => i.level === "required" && !i.done).map((i) => i.key)).toEqual(["details", "terms", "users", "contract"]);
    expect(checklist.find((i) => i.key === "details")).toMatchObject({ gaps: ["legalName", "contact"] });

    const before = await tenantSnapshot(t.agency.id);
    const err = await expectTrpcError(t.as("ADMIN").client.setStatus({ ...c, status: "ACTIVE" }), "PRECONDITION_FAILED");
    expect(err.message).toBe("clientNotReady");
    const missing = (err.cause as { options?: { values?: { missing?: string } } }).options?.values?.missing;
    expect(missing).toBe("Client details complete; Terms of reference approved; Client user invited; Contract uploaded");
    expect(await tenantSnapshot(t.agency.id)).toEqual(before);
    expect((await db.client.findUniqueOrThrow({ where: { id } })).status).toBe("ONBOARDING");
  });

  it("activates once the required items are done; recommended items (a hotline, a price plan) do not block", async () => {
    const { t, c, id } = await setup();
    await t.as("ADMIN").client.update({ ...c, ...clientInput({ name: "Ready Client", legalName: "OOO Ready" }) });
    await t.as("ADMIN").client.inviteUser({ ...c, email: `boss-${uid()}@client.test`, role: "CLIENT_ADMIN" });
    // Still no approved terms and no contract: refused, naming only those.
    const err = await expectTrpcError(t.as("ADMIN").client.setStatus({ ...c, status: "ACTIVE" }), "PRECONDITION_FAILED");
    expect((err.cause as unknown as { options: { values: { missing: string } } }).options.values.missing).toBe("Terms of reference approved; Contract uploaded");

    await completeOnboarding(t, id);
    const checklist = await t.as("ADMIN").client.checklist(c);
    expect(checklist.filter((i) => !i.done).map((i) => [i.key, i.level])).toEqual([["dataProcessing", "recommended"], ["hotline", "recommended"], ["pricePlan", "recommended"]]);
    expect(await t.as("ADMIN").client.setStatus({ ...c, status: "ACTIVE" })).toEqual({ status: "ACTIVE" });
    const log = await db.auditLog.findFirstOrThrow({ where: { agencyId: t.agency.id, action: "client.status_changed", entityId: id } });
    expect(log).toMatchObject({ actorId: t.users.ADMIN.id, before: { status: "ONBOARDING" }, after: { status: "ACTIVE" } });
  });

  it("suspends and resumes; ENDED is final and freezes the client", async () => {
    const { t, c, id } = await setup();
    await t.as("ADMIN").client.update({ ...c, ...clientInput({ legalName: "OOO Done" }) });
    await t.as("ADMIN").client.inviteUser({ ...c, email: `v-${uid()}@client.test`, role: "CLIENT_VIEWER" });
    await completeOnboarding(t, id);
    const owner = t.as("OWNER");
    await owner.client.setStatus({ ...c, status: "ACTIVE" });
    await owner.client.setStatus({ ...c, status: "SUSPENDED" });
    await owner.client.setStatus({ ...c, status: "ACTIVE" });
    await expectTrpcError(owner.client.setStatus({ ...c, status: "ONBOARDING" }), "PRECONDITION_FAILED");
    await owner.client.setStatus({ ...c, status: "ENDED" });
    // Ending withdrew the pending invitation.
    expect(await db.invitation.count({ where: { clientId: id, status: "PENDING" } })).toBe(0);

    const before = await tenantSnapshot(t.agency.id);
    for (const status of ["ACTIVE", "SUSPENDED", "ONBOARDING"] as const) {
      expect((await expectTrpcError(owner.client.setStatus({ ...c, status }), "PRECONDITION_FAILED")).message).toBe("clientEnded");
    }
    expect((await expectTrpcError(owner.client.update({ ...c, ...clientInput() }), "PRECONDITION_FAILED")).message).toBe("clientEnded");
    await expectTrpcError(owner.client.inviteUser({ ...c, email: `late-${uid()}@client.test`, role: "CLIENT_VIEWER" }), "PRECONDITION_FAILED");
    expect(await tenantSnapshot(t.agency.id)).toEqual(before);
    // Its history stays readable.
    expect(await owner.client.get(c)).toMatchObject({ status: "ENDED", legalName: "OOO Done" });

    const moves = await db.auditLog.findMany({ where: { entityId: id, action: "client.status_changed" }, orderBy: { createdAt: "asc" }, select: { after: true } });
    expect(moves.map((m) => (m.after as { status: string }).status)).toEqual(["ACTIVE", "SUSPENDED", "ACTIVE", "ENDED"]);
  });

  it("an onboarding client that never started can be ended, but not suspended", async () => {
    const { t, c } = await setup();
    await expectTrpcError(t.as("ADMIN").client.setStatus({ ...c, status: "SUSPENDED" }), "PRECONDITION_FAILED");
    expect(await t.as("ADMIN").client.setStatus({ ...c, status: "ENDED" })).toEqual({ status: "ENDED" });
  });
});
