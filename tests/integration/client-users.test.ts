import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { hashToken } from "@/server/lib/tokens";
import { clientInput } from "../support/clients";
import { callerAs, expectTrpcError, makeTenant, uid } from "../support/tenants";

async function setup() {
  const t = await makeTenant("cu");
  const s = { agencySlug: t.agency.slug };
  const a = await t.as("ADMIN").client.create({ ...s, ...clientInput({ name: `Aurora ${uid()}` }) });
  const b = await t.as("ADMIN").client.create({ ...s, ...clientInput({ name: `Bluebird ${uid()}` }) });
  return { t, s, a: { ...s, clientSlug: a.slug, id: a.id, name: a.name }, b: { ...s, clientSlug: b.slug, id: b.id } };
}

describe("client users", () => {
  it("an admin invites a client user: the e-mail names the client's portal; the person accepts and lands in the portal", async () => {
    const { t, a } = await setup();
    const email = `irina-${uid()}@aurora.test`;
    const { inviteClientUser } = await import("@/server/clients/client-users");
    const admin = { userId: t.users.ADMIN.id, name: "Anna Admin", locale: "en" as const };
    const { invitation, token } = await inviteClientUser(db, t.agency, { id: a.id, name: a.name, agencyId: t.agency.id }, admin, { email, role: "CLIENT_ADMIN" });
    expect(invitation).toMatchObject({ email, clientRole: "CLIENT_ADMIN" });
    expect(await t.as("ADMIN").client.invitations({ agencySlug: a.agencySlug, clientSlug: a.clientSlug })).toEqual([expect.objectContaining({ id: invitation.id, email, role: "CLIENT_ADMIN" })]);
    // A portal invitation is not a team invitation.
    expect(await t.as("ADMIN").team.invitations({ agencySlug: a.agencySlug })).toEqual([]);
    const outbox = await db.outboxEvent.findUniqueOrThrow({ where: { dedupeKey: `invitation:${invitation.id}` } });
    expect((outbox.payload as { subject: string }).subject).toBe(`You are invited to the portal of ${a.name} on Switchboard`);

    const anon = callerAs(null);
    expect(await anon.invitation.lookup({ token })).toMatchObject({ state: "valid", target: "client", clientName: a.name, role: "CLIENT_ADMIN" });
    const joined = await anon.invitation.acceptAsNewUser({ token, name: "Irina Petrova", password: "aurora smiles 2026" });
    expect(joined.landing).toBe(`/portal/${a.clientSlug}`);

    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const irina = callerAs(user.id);
    expect(await irina.portal.mine()).toEqual([{ slug: a.clientSlug, name: a.name, status: "ONBOARDING", agencyName: t.agency.name, role: "CLIENT_ADMIN" }]);
    expect(await irina.agency.mine()).toEqual([]);
    const overview = await irina.portal.overview({ clientSlug: a.clientSlug });
    expect(overview).toMatchObject({ client: { name: a.name, status: "ONBOARDING" }, agencyName: t.agency.name, terms: { inForce: null, upcoming: null }, counts: { users: 1, contacts: 1 } });
    // Nothing of the agency's internals.
    expect(JSON.stringify(overview)).not.toContain(t.users.OWNER.email);
    expect(await t.as("ADMIN").client.users({ agencySlug: a.agencySlug, clientSlug: a.clientSlug })).toEqual([
      expect.objectContaining({ role: "CLIENT_ADMIN", user: expect.objectContaining({ email, name: "Irina Petrova" }) }),
    ]);
    expect(await t.as("ADMIN").client.invitations({ agencySlug: a.agencySlug, clientSlug: a.clientSlug })).toEqual([]);
  });

  it("a client user cannot open another client's portal, nor the agency's pages", async () => {
    const { t, a, b } = await setup();
    const email = `viewer-${uid()}@aurora.test`;
    await t.as("ADMIN").client.inviteUser({ agencySlug: a.agencySlug, clientSlug: a.clientSlug, email, role: "CLIENT_VIEWER" });
    const inv = await db.invitation.findFirstOrThrow({ where: { email } });
    // Follow the link: the test knows no token, so it sets a known one on the row (as the e-mail would carry).
    const token = `tok-${uid()}-${uid()}`;
    await db.invitation.update({ where: { id: inv.id }, data: { tokenHash: hashToken(token) } });
    await callerAs(null).invitation.acceptAsNewUser({ token, name: "Vic Viewer", password: "just looking 2026" });
    const vic = callerAs((await db.user.findUniqueOrThrow({ where: { email } })).id);

    expect((await vic.portal.overview({ clientSlug: a.clientSlug })).client.name).toBe(a.name);
    await expectTrpcError(vic.portal.overview({ clientSlug: b.clientSlug }), "NOT_FOUND");
    await expectTrpcError(vic.portal.get({ clientSlug: b.clientSlug }), "NOT_FOUND");
    await expectTrpcError(vic.client.get({ agencySlug: a.agencySlug, clientSlug: a.clientSlug }), "NOT_FOUND");
    await expectTrpcError(vic.client.list({ agencySlug: a.agencySlug }), "NOT_FOUND");
  });

  it("changes a client user's role, removes them, revokes an invitation: each audited; removal ends their portal access", async () => {
    const { t, a, b } = await setup();
    const c = { agencySlug: a.agencySlug, clientSlug: a.clientSlug };
    const user = await db.user.create({ data: { email: `m-${uid()}@aurora.test`, name: "Mila", passwordHash: "x" } });
    const member = await db.clientMember.create({ data: { agencyId: t.agency.id, clientId: a.id, userId: user.id, role: "CLIENT_VIEWER" } });

    expect(await t.as("ADMIN").client.changeUserRole({ ...c, memberId: member.id, role: "CLIENT_ADMIN" })).toEqual({ id: member.id, role: "CLIENT_ADMIN" });
    expect(await callerAs(user.id).portal.get({ clientSlug: a.clientSlug })).toMatchObject({ role: "CLIENT_ADMIN" });
    // Another client's slug with this member's id: not found, nothing changes.
    await expectTrpcError(t.as("ADMIN").client.removeUser({ agencySlug: b.agencySlug, clientSlug: b.clientSlug, memberId: member.id }), "NOT_FOUND");
    await t.as("ADMIN").client.removeUser({ ...c, memberId: member.id });
    await expectTrpcError(callerAs(user.id).portal.get({ clientSlug: a.clientSlug }), "NOT_FOUND");
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);

    const inv = await t.as("ADMIN").client.inviteUser({ ...c, email: `r-${uid()}@aurora.test`, role: "CLIENT_VIEWER" });
    await expectTrpcError(t.as("ADMIN").client.revokeInvitation({ agencySlug: b.agencySlug, clientSlug: b.clientSlug, invitationId: inv.id }), "NOT_FOUND");
    const teamInvite = await t.as("ADMIN").team.invite({ agencySlug: a.agencySlug, email: `op-${uid()}@agency.test`, role: "OPERATOR" });
    await expectTrpcError(t.as("ADMIN").client.revokeInvitation({ ...c, invitationId: teamInvite.id }), "NOT_FOUND");
    await t.as("ADMIN").client.revokeInvitation({ ...c, invitationId: inv.id });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: inv.id }, select: { status: true } })).toEqual({ status: "REVOKED" });

    const actions = (await db.auditLog.findMany({ where: { agencyId: t.agency.id }, select: { action: true } })).map((l) => l.action);
    expect(actions).toEqual(expect.arrayContaining(["client_user.role_changed", "client_user.removed", "invitation.created", "invitation.revoked"]));
  });

  it("inviting a current client user is refused at the e-mail field; supervisors cannot invite", async () => {
    const { t, a } = await setup();
    const c = { agencySlug: a.agencySlug, clientSlug: a.clientSlug };
    const user = await db.user.create({ data: { email: `dup-${uid()}@aurora.test`, name: "Dup", passwordHash: "x" } });
    await db.clientMember.create({ data: { agencyId: t.agency.id, clientId: a.id, userId: user.id, role: "CLIENT_VIEWER" } });
    const err = await expectTrpcError(t.as("ADMIN").client.inviteUser({ ...c, email: user.email, role: "CLIENT_ADMIN" }), "CONFLICT");
    expect(err.message).toBe("alreadyClientUser");
    await expectTrpcError(t.as("SUPERVISOR").client.inviteUser({ ...c, email: `s-${uid()}@x.test`, role: "CLIENT_VIEWER" }), "FORBIDDEN");
    await expectTrpcError(t.as("SUPERVISOR").client.users(c), "FORBIDDEN");
  });

  it("an agency member of one agency can be a client user of another: both show for the switcher", async () => {
    const { t, a } = await setup();
    const other = await makeTenant("other");
    const person = other.users.OPERATOR;
    await t.as("ADMIN").client.inviteUser({ agencySlug: a.agencySlug, clientSlug: a.clientSlug, email: person.email, role: "CLIENT_VIEWER" });
    const inv = await db.invitation.findFirstOrThrow({ where: { email: person.email, clientId: a.id } });
    const token = `tok-${uid()}-${uid()}`;
    await db.invitation.update({ where: { id: inv.id }, data: { tokenHash: hashToken(token) } });
    expect(await callerAs(person.id).invitation.accept({ token })).toMatchObject({ landing: `/portal/${a.clientSlug}` });
    expect((await callerAs(person.id).agency.mine()).map((x) => x.slug)).toEqual([other.agency.slug]);
    expect((await callerAs(person.id).portal.mine()).map((x) => x.slug)).toEqual([a.clientSlug]);
  });

  it("the portal overview shows the terms version in force, one approved for later, and one awaiting approval", async () => {
    const { t, a } = await setup();
    const user = await db.user.create({ data: { email: `o-${uid()}@aurora.test`, name: "Olya", passwordHash: "x" } });
    await db.clientMember.create({ data: { agencyId: t.agency.id, clientId: a.id, userId: user.id, role: "CLIENT_VIEWER" } });
    const day = 24 * 3600 * 1000;
    const v = (number: number, state: "SUPERSEDED" | "APPROVED" | "SUBMITTED", effectiveFrom: Date | null) =>
      db.termsVersion.create({ data: { agencyId: t.agency.id, clientId: a.id, number, state, document: {}, effectiveFrom, approvedAt: effectiveFrom ? new Date() : null, submittedAt: new Date() } });
    await v(1, "SUPERSEDED", new Date(Date.now() - 30 * day));
    await v(2, "APPROVED", new Date(Date.now() + 3 * day));
    await v(3, "SUBMITTED", null);
    const o = await callerAs(user.id).portal.overview({ clientSlug: a.clientSlug });
    expect(o.terms).toMatchObject({ inForce: { number: 1 }, upcoming: { number: 2 }, awaitingApproval: { number: 3 } });
  });
});
