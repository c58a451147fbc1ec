import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { inviteMember } from "@/server/team/invitations";
import { hashToken } from "@/server/lib/tokens";
import { callerAs, expectTrpcError, makeTenant, uid } from "../support/tenants";

async function invite(t: Awaited<ReturnType<typeof makeTenant>>, email: string, role: "ADMIN" | "SUPERVISOR" | "OPERATOR" = "OPERATOR") {
  const owner = t.users.OWNER;
  return inviteMember(db, t.agency, { userId: owner.id, name: "Owner", role: "OWNER", locale: "en" }, { email, role });
}

describe("invitations", () => {
  it("an admin invites by e-mail: a 7-day link whose token is stored only as a hash, and an e-mail in the outbox", async () => {
    const t = await makeTenant("inv");
    const email = `new-${uid()}@example.test`;
    const created = await t.as("ADMIN").team.invite({ agencySlug: t.agency.slug, email: email.toUpperCase(), role: "SUPERVISOR" });
    expect(created).toMatchObject({ email, role: "SUPERVISOR" });
    expect(created.expiresAt.getTime() - created.createdAt.getTime()).toBe(7 * 24 * 3600 * 1000);

    const row = await db.invitation.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const outbox = await db.outboxEvent.findUniqueOrThrow({ where: { dedupeKey: `invitation:${created.id}` } });
    expect(outbox).toMatchObject({ kind: "email", status: "PENDING", agencyId: t.agency.id });
    // Neither the invitation nor the queued e-mail holds the link in the clear.
    expect(JSON.stringify(outbox.payload)).not.toContain("/invite/");
    expect(await t.as("ADMIN").team.invitations({ agencySlug: t.agency.slug })).toEqual([
      expect.objectContaining({ id: created.id, email, role: "SUPERVISOR" }),
    ]);
    const log = await db.auditLog.findFirstOrThrow({ where: { agencyId: t.agency.id, action: "invitation.created" } });
    expect(log).toMatchObject({ actorId: t.users.ADMIN.id, entityId: created.id, after: expect.objectContaining({ email, role: "SUPERVISOR" }) });
  });

  it("a new person accepts with name and password, once; the link then says it was used", async () => {
    const t = await makeTenant("acc");
    const email = `joiner-${uid()}@example.test`;
    const { token } = await invite(t, email);
    const anon = callerAs(null);
    expect(await anon.invitation.lookup({ token })).toMatchObject({ state: "valid", email, accountExists: false, agencySlug: t.agency.slug });

    const joined = await anon.invitation.acceptAsNewUser({ token, name: "Nina Novak", password: "joining is easy 123" });
    expect(joined).toEqual({ agencySlug: t.agency.slug, email, landing: `/a/${t.agency.slug}` });
    const member = await db.agencyMember.findFirstOrThrow({ where: { agencyId: t.agency.id, user: { email } }, select: { role: true, userId: true } });
    expect(member.role).toBe("OPERATOR");
    expect(await db.auditLog.count({ where: { agencyId: t.agency.id, action: "invitation.accepted", actorId: member.userId } })).toBe(1);

    const members = await db.agencyMember.count({ where: { agencyId: t.agency.id } });
    await expectTrpcError(anon.invitation.acceptAsNewUser({ token, name: "Again", password: "joining is easy 123" }), "CONFLICT");
    await expectTrpcError(callerAs(member.userId).invitation.accept({ token }), "CONFLICT");
    expect(await db.agencyMember.count({ where: { agencyId: t.agency.id } })).toBe(members);
    expect(await anon.invitation.lookup({ token })).toMatchObject({ state: "used", agencySlug: null });
  });

  it("an existing account signs in and joins; another account cannot use the link", async () => {
    const home = await makeTenant("home");
    const t = await makeTenant("second");
    const person = home.users.OPERATOR; // already has an account (in another agency)
    const { token } = await invite(t, person.email, "SUPERVISOR");
    expect(await callerAs(null).invitation.lookup({ token })).toMatchObject({ accountExists: true });
    await expectTrpcError(callerAs(null).invitation.acceptAsNewUser({ token, name: "Hijack", password: "another long pass" }), "CONFLICT");
    const stranger = await expectTrpcError(home.as("ADMIN").invitation.accept({ token }), "FORBIDDEN");
    expect(stranger.message).toBe("invitationOtherEmail");

    expect(await callerAs(person.id).invitation.accept({ token })).toEqual({ agencySlug: t.agency.slug, landing: `/a/${t.agency.slug}` });
    // One person, two agencies, for the switcher.
    expect((await callerAs(person.id).agency.mine()).map((a) => a.slug).sort()).toEqual([home.agency.slug, t.agency.slug].sort());
  });

  it("a revoked or expired link is refused and changes nothing", async () => {
    const t = await makeTenant("rev");
    const revoked = await invite(t, `r-${uid()}@example.test`);
    await t.as("OWNER").team.revokeInvitation({ agencySlug: t.agency.slug, invitationId: revoked.invitation.id });
    const expired = await invite(t, `e-${uid()}@example.test`);
    await db.invitation.update({ where: { id: expired.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const users = await db.user.count();

    const r = await expectTrpcError(callerAs(null).invitation.acceptAsNewUser({ token: revoked.token, name: "R", password: "a fine long password" }), "CONFLICT");
    expect(r.message).toBe("invitation_revoked");
    const e = await expectTrpcError(callerAs(null).invitation.acceptAsNewUser({ token: expired.token, name: "E", password: "a fine long password" }), "PRECONDITION_FAILED");
    expect(e.message).toBe("invitation_expired");
    await expectTrpcError(callerAs(null).invitation.acceptAsNewUser({ token: "x".repeat(43), name: "N", password: "a fine long password" }), "NOT_FOUND");
    expect(await db.user.count()).toBe(users);
    expect(await callerAs(null).invitation.lookup({ token: expired.token })).toMatchObject({ state: "expired" });
    expect(await callerAs(null).invitation.lookup({ token: "y".repeat(43) })).toEqual({ state: "invalid" });
    expect(await db.invitation.findUnique({ where: { tokenHash: hashToken(revoked.token) }, select: { status: true } })).toEqual({ status: "REVOKED" });
  });

  it("inviting the same e-mail again replaces the pending link; inviting a member is refused", async () => {
    const t = await makeTenant("again");
    const email = `twice-${uid()}@example.test`;
    const first = await invite(t, email);
    const second = await invite(t, email);
    expect(await callerAs(null).invitation.lookup({ token: first.token })).toMatchObject({ state: "revoked" });
    expect(await callerAs(null).invitation.lookup({ token: second.token })).toMatchObject({ state: "valid" });
    const err = await expectTrpcError(t.as("OWNER").team.invite({ agencySlug: t.agency.slug, email: t.users.OPERATOR.email, role: "ADMIN" }), "CONFLICT");
    expect(err.message).toBe("alreadyMember");
  });
});

describe("roles and members", () => {
  it("only OWNER and ADMIN manage the team; nobody grants above their own role", async () => {
    const t = await makeTenant("roles");
    const s = t.agency.slug;
    for (const role of ["SUPERVISOR", "OPERATOR"] as const) {
      await expectTrpcError(t.as(role).team.invite({ agencySlug: s, email: `x-${uid()}@e.test`, role: "OPERATOR" }), "FORBIDDEN");
      await expectTrpcError(t.as(role).team.changeRole({ agencySlug: s, memberId: t.users.OPERATOR.memberId, role: "SUPERVISOR" }), "FORBIDDEN");
      await expectTrpcError(t.as(role).team.removeMember({ agencySlug: s, memberId: t.users.OPERATOR.memberId }), "FORBIDDEN");
    }
    await expectTrpcError(t.as("ADMIN").team.changeRole({ agencySlug: s, memberId: t.users.OPERATOR.memberId, role: "OWNER" }), "FORBIDDEN");
    await expectTrpcError(t.as("ADMIN").team.changeRole({ agencySlug: s, memberId: t.users.OWNER.memberId, role: "OPERATOR" }), "FORBIDDEN");
    await expectTrpcError(t.as("ADMIN").team.removeMember({ agencySlug: s, memberId: t.users.OWNER.memberId }), "FORBIDDEN");
    expect((await db.agencyMember.findMany({ where: { agencyId: t.agency.id }, select: { role: true } })).map((m) => m.role).sort()).toEqual(["ADMIN", "OPERATOR", "OWNER", "SUPERVISOR"]);

    await t.as("ADMIN").team.changeRole({ agencySlug: s, memberId: t.users.OPERATOR.memberId, role: "SUPERVISOR" });
    const log = await db.auditLog.findFirstOrThrow({ where: { agencyId: t.agency.id, action: "member.role_changed" } });
    expect(log).toMatchObject({ actorId: t.users.ADMIN.id, before: { role: "OPERATOR" }, after: { role: "SUPERVISOR" } });
  });

  it("the last OWNER can be neither demoted nor removed; with two owners one may go", async () => {
    const t = await makeTenant("last");
    const s = t.agency.slug;
    const owner = t.as("OWNER");
    expect((await expectTrpcError(owner.team.changeRole({ agencySlug: s, memberId: t.users.OWNER.memberId, role: "ADMIN" }), "PRECONDITION_FAILED")).message).toBe("lastOwner");
    await expectTrpcError(owner.team.removeMember({ agencySlug: s, memberId: t.users.OWNER.memberId }), "PRECONDITION_FAILED");

    await owner.team.changeRole({ agencySlug: s, memberId: t.users.ADMIN.memberId, role: "OWNER" });
    await owner.team.changeRole({ agencySlug: s, memberId: t.users.OWNER.memberId, role: "ADMIN" });
    expect(await db.agencyMember.count({ where: { agencyId: t.agency.id, role: "OWNER" } })).toBe(1);
  });

  it("two owners demoting each other at the same moment still leave one owner", async () => {
    const t = await makeTenant("race");
    const s = t.agency.slug;
    await t.as("OWNER").team.changeRole({ agencySlug: s, memberId: t.users.ADMIN.memberId, role: "OWNER" });
    const results = await Promise.allSettled([
      t.as("OWNER").team.changeRole({ agencySlug: s, memberId: t.users.ADMIN.memberId, role: "ADMIN" }),
      t.as("ADMIN").team.changeRole({ agencySlug: s, memberId: t.users.OWNER.memberId, role: "ADMIN" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.agencyMember.count({ where: { agencyId: t.agency.id, role: "OWNER" } })).toBe(1);
  });

  it("removing a member takes away their access and is logged", async () => {
    const t = await makeTenant("rm");
    const s = t.agency.slug;
    await t.as("ADMIN").team.removeMember({ agencySlug: s, memberId: t.users.OPERATOR.memberId });
    await expectTrpcError(t.as("OPERATOR").team.members({ agencySlug: s }), "NOT_FOUND");
    expect(await db.auditLog.count({ where: { agencyId: t.agency.id, action: "member.removed", before: { path: ["email"], equals: t.users.OPERATOR.email } } })).toBe(1);
  });

  it("lists members with search and pages", async () => {
    const t = await makeTenant("list");
    const page = await t.as("OPERATOR").team.members({ agencySlug: t.agency.slug, pageSize: 5, search: "supervisor" });
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ role: "SUPERVISOR" });
    const all = await t.as("OPERATOR").team.members({ agencySlug: t.agency.slug, pageSize: 5, page: 1 });
    expect(all.total).toBe(4);
    const second = await t.as("OPERATOR").team.members({ agencySlug: t.agency.slug, pageSize: 5, page: 2 });
    expect(second.items).toEqual([]);
  });
});
