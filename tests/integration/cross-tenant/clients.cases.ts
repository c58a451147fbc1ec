import { expect } from "vitest";
import { db } from "@/server/db";
import { inviteClientUser } from "@/server/clients/client-users";
import { clientInput } from "../../support/clients";
import { tenantSnapshot } from "../../support/tenants";
import type { DomainCases } from "./world";

/** client.* (agency side, by agency and client slug) and portal.* (client side, by client slug). */
export const cases: DomainCases = async ({ attacker, victim, victimClient, attackerClient }) => {
  const client = await db.client.findUniqueOrThrow({ where: { id: victimClient.id }, select: { id: true, name: true, agencyId: true } });
  const member = await db.clientMember.findFirstOrThrow({ where: { clientId: victimClient.id, role: "CLIENT_VIEWER" }, select: { id: true } });
  const { invitation } = await inviteClientUser(
    db,
    victim.agency,
    client,
    { userId: victim.users.OWNER.id, name: "V", locale: "en" },
    { email: "pending-client@victim.test", role: "CLIENT_VIEWER" },
  );

  return {
    "client.list": { kind: "agency", call: (c, s) => c.client.list({ agencySlug: s.agencySlug }) },
    "client.create": { kind: "agency", call: (c, s) => c.client.create({ agencySlug: s.agencySlug, ...clientInput() }) },
    "client.get": { kind: "agency", withOwnSlug: true, call: (c, s) => c.client.get(s) },
    "client.update": { kind: "agency", withOwnSlug: true, call: (c, s) => c.client.update({ ...s, ...clientInput({ name: "Hijacked" }) }) },
    "client.checklist": { kind: "agency", withOwnSlug: true, call: (c, s) => c.client.checklist(s) },
    "client.setStatus": { kind: "agency", withOwnSlug: true, call: (c, s) => c.client.setStatus({ ...s, status: "ENDED" }) },
    "client.users": { kind: "agency", withOwnSlug: true, call: (c, s) => c.client.users(s) },
    "client.invitations": { kind: "agency", withOwnSlug: true, call: (c, s) => c.client.invitations(s) },
    "client.inviteUser": { kind: "agency", withOwnSlug: true, call: (c, s) => c.client.inviteUser({ ...s, email: "intruder@evil.test", role: "CLIENT_ADMIN" }) },
    "client.revokeInvitation": { kind: "agency", withOwnSlug: true, call: (c, s) => c.client.revokeInvitation({ ...s, invitationId: invitation.id }) },
    "client.changeUserRole": { kind: "agency", withOwnSlug: true, call: (c, s) => c.client.changeUserRole({ ...s, memberId: member.id, role: "CLIENT_ADMIN" }) },
    "client.removeUser": { kind: "agency", withOwnSlug: true, call: (c, s) => c.client.removeUser({ ...s, memberId: member.id }) },

    "portal.get": { kind: "portal", call: (c, s) => c.portal.get(s) },
    "portal.overview": { kind: "portal", call: (c, s) => c.portal.overview(s) },
    "portal.mine": {
      kind: "self",
      why: "lists the caller's own client memberships",
      check: async () => {
        const before = await tenantSnapshot(victim.agency.id);
        expect((await attackerClient.as("CLIENT_VIEWER").portal.mine()).map((p) => p.slug)).toEqual([attackerClient.slug]);
        expect(await attacker.as("OWNER").portal.mine()).toEqual([]);
        expect(await tenantSnapshot(victim.agency.id)).toEqual(before);
      },
    },
  };
};
