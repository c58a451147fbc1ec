import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { appRouter } from "@/server/root";
import { inviteMember } from "@/server/team/invitations";
import { callerAs, expectCrossTenantRefusal, expectTrpcError, makeTenant, tenantSnapshot, type Caller, type Tenant } from "../support/tenants";

/**
 * Every procedure of the app router, and how a member of another agency is refused by it. A procedure
 * missing from this table fails the coverage test below, so a new procedure cannot ship without one.
 */
let attacker: Tenant;
let victim: Tenant;
let victimInvitationId: string;
let victimToken: string;

type Case =
  | { kind: "tenant"; call: (c: Caller, agencySlug: string) => Promise<unknown>; withOwnSlug?: boolean }
  | { kind: "self"; why: string; check: () => Promise<void> };

const cases: Record<string, Case> = {
  "agency.get": { kind: "tenant", call: (c, agencySlug) => c.agency.get({ agencySlug }) },
  "team.members": { kind: "tenant", call: (c, agencySlug) => c.team.members({ agencySlug }) },
  "team.invitations": { kind: "tenant", call: (c, agencySlug) => c.team.invitations({ agencySlug }) },
  "team.invite": { kind: "tenant", call: (c, agencySlug) => c.team.invite({ agencySlug, email: "intruder@evil.test", role: "ADMIN" }) },
  "team.revokeInvitation": {
    kind: "tenant",
    withOwnSlug: true,
    call: (c, agencySlug) => c.team.revokeInvitation({ agencySlug, invitationId: victimInvitationId }),
  },
  "team.changeRole": {
    kind: "tenant",
    withOwnSlug: true,
    call: (c, agencySlug) => c.team.changeRole({ agencySlug, memberId: victim.users.OPERATOR.memberId, role: "ADMIN" }),
  },
  "team.removeMember": {
    kind: "tenant",
    withOwnSlug: true,
    call: (c, agencySlug) => c.team.removeMember({ agencySlug, memberId: victim.users.ADMIN.memberId }),
  },
  "audit.list": { kind: "tenant", call: (c, agencySlug) => c.audit.list({ agencySlug }) },

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
      await expectTrpcError(attacker.as("OWNER").invitation.accept({ token: victimToken }), "FORBIDDEN");
      expect(await tenantSnapshot(victim.agency.id)).toEqual(before);
    },
  },
};

beforeAll(async () => {
  attacker = await makeTenant("attacker");
  victim = await makeTenant("victim");
  const inv = await inviteMember(db, victim.agency, { userId: victim.users.OWNER.id, name: "V", role: "OWNER", locale: "en" }, { email: "pending@victim.test", role: "OPERATOR" });
  victimInvitationId = inv.invitation.id;
  victimToken = inv.token;
});

describe("tenant isolation", () => {
  it("every procedure of the app router has a cross-tenant case", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(procedures.filter((p) => !(p in cases))).toEqual([]);
    expect(Object.keys(cases).filter((p) => !procedures.includes(p))).toEqual([]);
  });

  for (const [path, c] of Object.entries(cases)) {
    if (c.kind === "tenant") {
      it(`${path} refuses every role of another agency and changes nothing`, async () => {
        await expectCrossTenantRefusal(attacker, victim, c.call, { withOwnSlug: c.withOwnSlug });
      });
    } else {
      it(`${path} is not tenant-scoped (${c.why})`, c.check);
    }
  }

  it("a signed-out caller is refused with UNAUTHORIZED", async () => {
    await expectTrpcError(callerAs(null).team.members({ agencySlug: victim.agency.slug }), "UNAUTHORIZED");
    await expectTrpcError(callerAs(null).agency.mine(), "UNAUTHORIZED");
  });

  it("a session for a user that no longer exists is refused like no session", async () => {
    await expectTrpcError(callerAs("c_deleted_user_id").agency.mine(), "UNAUTHORIZED");
  });
});
