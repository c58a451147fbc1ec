import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { makeClientRow, makeHotlineRow } from "../support/calls";
import { expectTrpcError, makeTenant } from "../support/tenants";

describe("operators admin", () => {
  it("lists the agency's operators, creating their profiles, and an admin edits skills, languages and hire date", async () => {
    const t = await makeTenant("ops");
    const client = await makeClientRow(t.agency.id, { name: "Aurora" });
    const hotline = await makeHotlineRow(t.agency.id, client.id, "Appointments");
    const s = { agencySlug: t.agency.slug };

    const listed = await t.as("SUPERVISOR").operator.list(s);
    expect(listed.canManage).toBe(false);
    expect(listed.operators.map((o) => o.userId)).toEqual([t.users.OPERATOR.id]);
    expect(listed.operators[0]).toMatchObject({ languages: ["ru"], hireDate: null, presence: "OFFLINE", skills: [] });
    expect(await db.operatorProfile.count({ where: { agencyId: t.agency.id } })).toBe(1);

    await t.as("ADMIN").operator.update({
      ...s, userId: t.users.OPERATOR.id, languages: ["ru", "en"], hireDate: "2024-03-01",
      skills: [{ target: "HOTLINE", targetId: hotline.id, level: 5 }, { target: "CLIENT", targetId: client.id, level: 2 }],
    });
    const [op] = (await t.as("ADMIN").operator.list(s)).operators;
    expect(op).toMatchObject({ languages: ["ru", "en"], hireDate: "2024-03-01" });
    expect(op!.skills).toEqual(
      expect.arrayContaining([
        { target: "HOTLINE", targetId: hotline.id, level: 5, name: "Aurora · Appointments" },
        { target: "CLIENT", targetId: client.id, level: 2, name: "Aurora" },
      ]),
    );
    expect(await db.auditLog.count({ where: { agencyId: t.agency.id, action: "operator.updated" } })).toBe(1);
    expect((await t.as("SUPERVISOR").operator.targets(s)).hotlines).toEqual([{ id: hotline.id, name: "Aurora · Appointments" }]);
  });

  it("refuses a bad level at its field, another agency's hotline, and a supervisor's edit, changing nothing", async () => {
    const t = await makeTenant("opsbad");
    const other = await makeTenant("opsother");
    const theirs = await makeHotlineRow(other.agency.id, (await makeClientRow(other.agency.id)).id);
    const mine = await makeHotlineRow(t.agency.id, (await makeClientRow(t.agency.id)).id);
    const s = { agencySlug: t.agency.slug, userId: t.users.OPERATOR.id, languages: ["ru"], hireDate: "" };
    await t.as("ADMIN").operator.list({ agencySlug: t.agency.slug });
    const before = await db.operatorProfile.findMany({ where: { agencyId: t.agency.id }, include: { skills: true } });

    const bad = await expectTrpcError(t.as("ADMIN").operator.update({ ...s, skills: [{ target: "HOTLINE", targetId: mine.id, level: 9 }] }), "BAD_REQUEST");
    expect((bad as TRPCError & { shape?: unknown }).message).toBeTruthy();
    const foreign = await expectTrpcError(t.as("ADMIN").operator.update({ ...s, skills: [{ target: "HOTLINE", targetId: theirs.id, level: 3 }] }), "BAD_REQUEST");
    expect(foreign.cause).toMatchObject({ key: "operators.unknownTarget", options: { field: "skills.0.targetId" } });
    await expectTrpcError(t.as("SUPERVISOR").operator.update({ ...s, skills: [] }), "FORBIDDEN");
    await expectTrpcError(t.as("OPERATOR").operator.list({ agencySlug: t.agency.slug }), "FORBIDDEN");
    await expectTrpcError(t.as("ADMIN").operator.update({ ...s, userId: other.users.OPERATOR.id, skills: [] }), "NOT_FOUND");

    expect(await db.operatorProfile.findMany({ where: { agencyId: t.agency.id }, include: { skills: true } })).toEqual(before);
    expect(await db.operatorProfile.count({ where: { agencyId: other.agency.id } })).toBe(0);
  });
});
