import { expect } from "vitest";
import { db } from "@/server/db";
import type { ClientRole } from "@/server/generated/prisma/enums";
import { makeUser } from "@/server/seed/factories";
import { callerAs, expectTrpcError, makeTenant, tenantSnapshot, uid, type Caller, type Tenant } from "../../support/tenants";

export type WorldClient = {
  id: string;
  slug: string;
  users: Record<ClientRole, { id: string; email: string }>;
  as: (role: ClientRole) => Caller;
};

/**
 * Two agencies, each with a client that has a CLIENT_ADMIN and a CLIENT_VIEWER, and the victim agency
 * with a second ("sibling") client whose users must not see the first. Domain case files add the rows
 * they need to `victim`/`victimClient` in their own setup.
 */
export type World = {
  attacker: Tenant;
  victim: Tenant;
  attackerClient: WorldClient;
  victimClient: WorldClient;
  siblingClient: WorldClient;
};

export async function makeClient(agencyId: string, label: string): Promise<WorldClient> {
  const tag = uid();
  const client = await db.client.create({ data: { agencyId, slug: `${label}-${tag}`, name: `${label} ${tag}` }, select: { id: true, slug: true } });
  const users = {} as WorldClient["users"];
  for (const role of ["CLIENT_ADMIN", "CLIENT_VIEWER"] as const) {
    const user = await makeUser(db, { email: `${role.toLowerCase()}-${tag}@${label}.test`, name: `${role} ${tag}`, passwordHash: "unused" });
    await db.clientMember.create({ data: { agencyId, clientId: client.id, userId: user.id, role } });
    users[role] = { id: user.id, email: user.email };
  }
  return { ...client, users, as: (role) => callerAs(users[role].id) };
}

export async function makeWorld(): Promise<World> {
  const attacker = await makeTenant("attacker");
  const victim = await makeTenant("victim");
  return {
    attacker,
    victim,
    attackerClient: await makeClient(attacker.agency.id, "attacker-client"),
    victimClient: await makeClient(victim.agency.id, "victim-client"),
    siblingClient: await makeClient(victim.agency.id, "sibling-client"),
  };
}

/**
 * How a procedure refuses strangers:
 * - `agency`: agency-side; called with the victim's agency (and client) slugs by every role of the
 *   attacker agency (NOT_FOUND), and with `withOwnSlug` by the attacker with its own agency slug but the
 *   victim's client slug or ids (NOT_FOUND, or FORBIDDEN for a role that may not call it at all).
 * - `portal`: client-side; called with the victim client's slug by the users of another agency's client
 *   and of a sibling client of the same agency, and by the attacker agency's staff: all NOT_FOUND.
 * - `self`: not tenant-scoped (acts on the caller only, or needs a secret token); `check` proves it.
 */
export type Case =
  | { kind: "agency"; call: (c: Caller, s: { agencySlug: string; clientSlug: string }) => Promise<unknown>; withOwnSlug?: boolean }
  | { kind: "portal"; call: (c: Caller, s: { clientSlug: string }) => Promise<unknown> }
  | { kind: "self"; why: string; check: () => Promise<void> };

/** A domain's cases, built once per run with the world (add the victim rows your cases need first). */
export type DomainCases = (w: World) => Promise<Record<string, Case>>;

export async function runCase(w: World, c: Case): Promise<void> {
  if (c.kind === "self") return c.check();
  const before = await tenantSnapshot(w.victim.agency.id);
  if (c.kind === "agency") {
    for (const role of ["OWNER", "ADMIN", "SUPERVISOR", "OPERATOR"] as const) {
      const caller = w.attacker.as(role);
      await expectTrpcError(c.call(caller, { agencySlug: w.victim.agency.slug, clientSlug: w.victimClient.slug }), "NOT_FOUND");
      if (c.withOwnSlug) {
        await expectTrpcError(c.call(caller, { agencySlug: w.attacker.agency.slug, clientSlug: w.victimClient.slug }), ["NOT_FOUND", "FORBIDDEN"]);
      }
    }
    // Client users are not agency staff.
    await expectTrpcError(c.call(w.victimClient.as("CLIENT_ADMIN"), { agencySlug: w.victim.agency.slug, clientSlug: w.victimClient.slug }), "NOT_FOUND");
  } else {
    const strangers = [
      w.attackerClient.as("CLIENT_ADMIN"),
      w.attackerClient.as("CLIENT_VIEWER"),
      w.siblingClient.as("CLIENT_ADMIN"),
      w.siblingClient.as("CLIENT_VIEWER"),
      w.attacker.as("OWNER"),
      w.victim.as("OWNER"), // agency staff use the agency procedures, not the portal
    ];
    for (const caller of strangers) await expectTrpcError(c.call(caller, { clientSlug: w.victimClient.slug }), "NOT_FOUND");
  }
  expect(await tenantSnapshot(w.victim.agency.id)).toEqual(before);
}
