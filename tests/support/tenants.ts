import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { db } from "@/server/db";
import type { AgencyRole } from "@/server/generated/prisma/enums";
import { hashPassword } from "@/server/auth/password";
import { createCaller } from "@/server/root";
import { addMember, makeAgency, makeUser } from "@/server/seed/factories";
import type { AppLocale } from "@/server/i18n/locale";

export const PASSWORD = "correct-horse-battery";
let passwordHash: Promise<string> | undefined;

export const uid = () => randomBytes(4).toString("hex");

/** A caller for the app router as a signed-in user (or anonymous), as the tRPC route would build it. */
export function callerAs(userId: string | null, locale: AppLocale = "en") {
  return createCaller({ db, userId, locale });
}
export type Caller = ReturnType<typeof callerAs>;

export type Tenant = {
  agency: { id: string; slug: string; name: string };
  users: Record<AgencyRole, { id: string; email: string; memberId: string }>;
  as: (role: AgencyRole) => Caller;
};

/** An agency with one member of every role, each with its own user. Unique slugs and e-mails per call. */
export async function makeTenant(label = "agency"): Promise<Tenant> {
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const tag = uid();
  const agency = await makeAgency(db, { slug: `${label}-${tag}`, name: `${label} ${tag}` });
  const users = {} as Tenant["users"];
  for (const role of ["OWNER", "ADMIN", "SUPERVISOR", "OPERATOR"] as const) {
    const user = await makeUser(db, { email: `${role.toLowerCase()}-${tag}@${label}.test`, name: `${role} ${tag}`, passwordHash: hash });
    const member = await addMember(db, agency.id, user.id, role);
    users[role] = { id: user.id, email: user.email, memberId: member.id };
  }
  return { agency, users, as: (role) => callerAs(users[role].id) };
}

/** Every row a tenant owns, as one comparable value: what a refused call must leave exactly as it was. */
export async function tenantSnapshot(agencyId: string) {
  const [agency, members, invitations, auditLogs, clients, clientMembers, outbox, contacts, terms, onCall, documents, files, numbers, hotlines, calls, callEvents] = await Promise.all([
    db.agency.findUnique({ where: { id: agencyId } }),
    db.agencyMember.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.invitation.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.auditLog.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.client.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.clientMember.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.outboxEvent.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.clientContact.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.termsVersion.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.onCallEntry.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.complianceDocument.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.storedFile.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.phoneNumber.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.hotline.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.call.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.callEvent.count({ where: { agencyId } }),
  ]);
  // Billing (issue 8): money settings, plans and what was rated or invoiced must not move either.
  const billing = await Promise.all([
    db.billingAccount.findUnique({ where: { agencyId } }),
    db.pricePlan.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.clientBilling.findMany({ where: { agencyId }, orderBy: { clientId: "asc" } }),
    db.usageRecord.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.invoiceRecord.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
  ]);
  return { agency, members, invitations, auditLogs, clients, clientMembers, outbox, contacts, terms, onCall, documents, files, numbers, hotlines, calls, callEvents, billing };
}

export async function expectTrpcError(promise: Promise<unknown>, code: TRPCError["code"] | TRPCError["code"][]) {
  const codes = Array.isArray(code) ? code : [code];
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected a ${codes.join(" or ")} refusal, but the call succeeded`).toBeInstanceOf(TRPCError);
  expect(codes).toContain((error as TRPCError).code);
  return error as TRPCError;
}

/**
 * Calls a procedure as every role of `attacker` against `victim`, and asserts each call is refused and
 * that none of the victim's rows changed. `call` gets the agency slug to use: first the victim's (a
 * stranger must get NOT_FOUND, learning nothing), then, with `withOwnSlug`, the attacker's own slug with
 * the victim's ids (NOT_FOUND, or FORBIDDEN for a role that may not call it at all).
 */
export async function expectCrossTenantRefusal(
  attacker: Tenant,
  victim: Tenant,
  call: (caller: Caller, agencySlug: string) => Promise<unknown>,
  opts: { withOwnSlug?: boolean } = {},
) {
  const before = await tenantSnapshot(victim.agency.id);
  for (const role of ["OWNER", "ADMIN", "SUPERVISOR", "OPERATOR"] as const) {
    await expectTrpcError(call(attacker.as(role), victim.agency.slug), "NOT_FOUND");
    if (opts.withOwnSlug) await expectTrpcError(call(attacker.as(role), attacker.agency.slug), ["NOT_FOUND", "FORBIDDEN"]);
  }
  expect(await tenantSnapshot(victim.agency.id)).toEqual(before);
}
