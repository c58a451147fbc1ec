import { expect } from "vitest";
import { db } from "@/server/db";
import { inviteMember } from "@/server/team/invitations";
import { callerAs, expectTrpcError, tenantSnapshot } from "../../support/tenants";
import type { DomainCases } from "./world";

export const cases: DomainCases = async ({ attacker, victim }) => {
  const inv = await inviteMember(
    db,
    victim.agency,
    { userId: victim.users.OWNER.id, name: "V", role: "OWNER", locale: "en" },
    { email: "pending@victim.test", role: "OPERATOR" },
  );
  return {
    "agency.get": { kind: "agency", call: (c, s) => c.agency.get(s) },
    "team.members": { kind: "agency", call: (c, s) => c.team.members(s) },
    "team.invitations": { kind: "agency", call: (c, s) => c.team.invitations(s) },
    "team.invite": { kind: "agency", call: (c, s) => c.team.invite({ ...s, email: "intruder@evil.test", role: "ADMIN" }) },
    "team.revokeInvitation": { kind: "agency", withOwnSlug: true, call: (c, s) => c.team.revokeInvitation({ ...s, invitationId: inv.invitation.id }) },
    "team.changeRole": { kind: "agency", withOwnSlug: true, call: (c, s) => c.team.changeRole({ ...s, memberId: victim.users.OPERATOR.memberId, role: "ADMIN" }) },
    "team.removeMember": { kind: "agency", withOwnSlug: true, call: (c, s) => c.team.removeMember({ ...s, memberId: victim.users.ADMIN.memberId }) },
    "audit.list": { kind: "agency", call: (c, s) => c.audit.list(s) },

    "auth.signUp": { kind: "self", why: "creates a new tenant; takes no tenant id", check: async () => {} },
    "auth.me": {
      kind: "self",
      why: "returns the caller only",
      check: async () => expect(await attacker.as("OWNER").auth.me()).toMatchObject({ id: attacker.users.OWNER.id }),
    },
    "auth.setLocale": {
      kind: "self",
      why: "changes the caller only",
      check: async () => {
        await attacker.as("OWNER").auth.setLocale({ locale: "ru" });
        expect(await db.user.findUniqueOrThrow({ where: { id: victim.users.OWNER.id }, select: { locale: true } })).toEqual({ locale: null });
      },
    },
    "agency.mine": {
      kind: "self",
      why: "lists the caller's own memberships",
      check: async () => expect((await attacker.as("OPERATOR").agency.mine()).map((a) => a.slug)).toEqual([attacker.agency.slug]),
    },
    "agency.create": { kind: "self", why: "creates a new tenant owned by the caller", check: async () => {} },
    "invitation.lookup": {
      kind: "self",
      why: "keyed by the secret token alone; an id cannot be guessed into it",
      check: async () => expect(await attacker.as("OWNER").invitation.lookup({ token: "z".repeat(43) })).toEqual({ state: "invalid" }),
    },
    "invitation.acceptAsNewUser": {
      kind: "self",
      why: "needs the token; an existing e-mail cannot be taken over",
      check: async () => {
        await expectTrpcError(callerAs(null).invitation.acceptAsNewUser({ token: "z".repeat(43), name: "X", password: "long enough password" }), "NOT_FOUND");
      },
    },
    "invitation.accept": {
      kind: "self",
      why: "needs the token and the invited e-mail",
      check: async () => {
        const before = await tenantSnapshot(victim.agency.id);
        await expectTrpcError(attacker.as("OWNER").invitation.accept({ token: inv.token }), "FORBIDDEN");
        expect(await tenantSnapshot(victim.agency.id)).toEqual(before);
      },
    },
  };
};
