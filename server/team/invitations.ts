import type { Db, Tx } from "../db";
import type { AgencyRole, ClientRole } from "../generated/prisma/enums";
import { audit } from "../audit";
import { canAssignRole } from "../auth/roles";
import { hashPassword } from "../auth/password";
import { invitationEmail } from "../email/templates";
import { env } from "../env";
import type { AppLocale } from "../i18n/locale";
import { enqueueEmail } from "../jobs/outbox";
import { AppError } from "../lib/app-error";
import { hashToken, newToken } from "../lib/tokens";
import { hit, LIMITS } from "../security/rate-limit";
import { INVITATION_TTL_MS, invitationState } from "./invitation-rules";
import type { InviteInput } from "./team.schema";

type Actor = { userId: string; name: string; role: AgencyRole; locale: AppLocale };
type AgencyRef = { id: string; name: string; slug: string };

/** Who is invited to what: the agency's team with a role, or one client's portal with a client role. */
export type InvitationTarget = { kind: "agency"; role: AgencyRole } | { kind: "client"; client: { id: string; name: string }; clientRole: ClientRole };

/**
 * Creates an invitation and queues its e-mail with a single-use link, inside the caller's transaction;
 * shared by team invitations and client-user invitations. A pending invitation of the same address to
 * the same target (the team, or that client) is replaced, so "invite again" re-sends a fresh link.
 * Returns the token only so tests can follow the link; the database keeps its hash alone.
 */
export async function createInvitation(
  tx: Tx,
  args: { agency: AgencyRef; actor: { userId: string; name: string; locale: AppLocale }; email: string; target: InvitationTarget; now: Date },
) {
  const { agency, actor, email, target, now } = args;
  // Counted in the caller's transaction: a refused or failed invitation rolls its hit back.
  const limited = await hit(tx, LIMITS.invitationsPerAgency, agency.id, now);
  if (!limited.ok) throw new AppError("TOO_MANY_REQUESTS", "tooManyInvitations", { values: { minutes: Math.ceil(limited.retryAfterSeconds / 60) } });
  const clientId = target.kind === "client" ? target.client.id : null;
  const token = newToken();
  const replaced = await tx.invitation.updateMany({
    where: { agencyId: agency.id, clientId, email, status: "PENDING" },
    data: { status: "REVOKED", revokedAt: now },
  });
  const created = await tx.invitation.create({
    data: {
      agencyId: agency.id,
      clientId,
      email,
      role: target.kind === "agency" ? target.role : null,
      clientRole: target.kind === "client" ? target.clientRole : null,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      invitedById: actor.userId,
    },
    select: { id: true, email: true, role: true, clientRole: true, expiresAt: true, createdAt: true },
  });
  const role = (created.role ?? created.clientRole)!;
  await audit(tx, {
    agencyId: agency.id,
    actorId: actor.userId,
    action: replaced.count > 0 ? "invitation.resent" : "invitation.created",
    entityType: "Invitation",
    entityId: created.id,
    after: { email: created.email, role, ...(target.kind === "client" ? { client: target.client.name } : {}), expiresAt: created.expiresAt.toISOString() },
  });
  const mail = invitationEmail(actor.locale, {
    agencyName: agency.name,
    clientName: target.kind === "client" ? target.client.name : undefined,
    inviterName: actor.name,
    role,
    link: `${env().PUBLIC_URL}/invite/${token}`,
    expiresAt: created.expiresAt,
  });
  await enqueueEmail(tx, { agencyId: agency.id, dedupeKey: `invitation:${created.id}`, to: created.email, ...mail });
  return { invitation: created, token };
}

/** Invites an e-mail to the agency's team with a role (never above the inviter's own). */
export async function inviteMember(db: Db, agency: AgencyRef, actor: Actor, input: InviteInput, now = new Date()) {
  if (!canAssignRole(actor.role, input.role)) throw new AppError("FORBIDDEN", "roleTooHigh", { field: "role" });
  const { invitation, token } = await db.$transaction(async (tx) => {
    const existingMember = await tx.agencyMember.findFirst({
      where: { agencyId: agency.id, user: { email: input.email } },
      select: { id: true },
    });
    if (existingMember) throw new AppError("CONFLICT", "alreadyMember", { field: "email" });
    return createInvitation(tx, { agency, actor, email: input.email, target: { kind: "agency", role: input.role }, now });
  });
  return { invitation: { ...invitation, role: invitation.role! }, token };
}

/**
 * Withdraws a pending invitation of the agency: a team invitation, or with `clientId` one of that
 * client's portal invitations (an id from elsewhere is NOT_FOUND).
 */
export async function revokeInvitation(db: Db, agencyId: string, actorId: string, invitationId: string, now = new Date(), clientId: string | null = null) {
  await db.$transaction(async (tx) => {
    const inv = await tx.invitation.findFirst({
      where: { id: invitationId, agencyId, clientId },
      select: { id: true, email: true, role: true, clientRole: true, status: true },
    });
    if (!inv) throw new AppError("NOT_FOUND", "invitationNotFound");
    const updated = await tx.invitation.updateMany({
      where: { id: inv.id, agencyId, status: "PENDING" },
      data: { status: "REVOKED", revokedAt: now },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "invitationNotPending");
    await audit(tx, {
      agencyId,
      actorId,
      action: "invitation.revoked",
      entityType: "Invitation",
      entityId: inv.id,
      before: { email: inv.email, role: inv.role ?? inv.clientRole, status: "PENDING" },
      after: { status: "REVOKED" },
    });
  });
}

/** What the invitation page shows. Anyone with the link may see it; without the link nothing is found. */
export async function lookupInvitation(db: Db, token: string, signedInUserId: string | null, now = new Date()) {
  const inv = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      role: true,
      status: true,
      expiresAt: true,
      clientRole: true,
      agency: { select: { name: true, slug: true } },
      client: { select: { name: true, slug: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!inv) return { state: "invalid" as const };
  const state = invitationState(inv, now);
  const [account, signedIn] = await Promise.all([
    db.user.findUnique({ where: { email: inv.email }, select: { id: true } }),
    signedInUserId ? db.user.findUnique({ where: { id: signedInUserId }, select: { email: true } }) : null,
  ]);
  return {
    state,
    email: inv.email,
    /** What the person is invited to: the agency's team, or one client's portal. */
    target: inv.client ? ("client" as const) : ("agency" as const),
    role: (inv.role ?? inv.clientRole)!,
    clientName: inv.client?.name ?? null,
    agencyName: inv.agency.name,
    agencySlug: state === "valid" ? inv.agency.slug : null,
    inviterName: inv.invitedBy.name,
    expiresAt: inv.expiresAt,
    accountExists: Boolean(account),
    signedInEmail: signedIn?.email ?? null,
  };
}

/**
 * Accepts an invitation, once: the row goes PENDING -> ACCEPTED in one conditional update, so two
 * simultaneous clicks give one membership. `as` is an existing user (signed in with the invited e-mail)
 * or a new account made from the name and password given.
 */
export async function acceptInvitation(
  db: Db,
  token: string,
  as: { userId: string } | { name: string; password: string },
  now = new Date(),
): Promise<{ agencySlug: string; userId: string; email: string; landing: string }> {
  const passwordHash = "password" in as ? await hashPassword(as.password) : null;
  return db.$transaction(async (tx) => {
    const inv = await tx.invitation.findUnique({
      where: { tokenHash: hashToken(token) },
      select: {
        id: true,
        agencyId: true,
        email: true,
        role: true,
        clientRole: true,
        status: true,
        expiresAt: true,
        agency: { select: { slug: true } },
        client: { select: { id: true, slug: true } },
      },
    });
    if (!inv) throw new AppError("NOT_FOUND", "invitationInvalid");
    const state = invitationState(inv, now);
    if (state !== "valid") throw new AppError(state === "expired" ? "PRECONDITION_FAILED" : "CONFLICT", `invitation_${state}`);

    let userId: string;
    if ("userId" in as) {
      const user = await tx.user.findUnique({ where: { id: as.userId }, select: { id: true, email: true } });
      if (!user) throw new AppError("UNAUTHORIZED", "unauthorized");
      if (user.email !== inv.email) throw new AppError("FORBIDDEN", "invitationOtherEmail", { values: { email: inv.email } });
      userId = user.id;
    } else {
      const existing = await tx.user.findUnique({ where: { email: inv.email }, select: { id: true } });
      if (existing) throw new AppError("CONFLICT", "invitationSignInFirst");
      const user = await tx.user.create({ data: { email: inv.email, name: as.name, passwordHash: passwordHash! }, select: { id: true } });
      userId = user.id;
    }

    const claimed = await tx.invitation.updateMany({
      where: { id: inv.id, status: "PENDING" },
      data: { status: "ACCEPTED", acceptedAt: now },
    });
    if (claimed.count !== 1) throw new AppError("CONFLICT", "invitation_used");
    if (inv.client && inv.clientRole) {
      const already = await tx.clientMember.findUnique({ where: { clientId_userId: { clientId: inv.client.id, userId } }, select: { id: true } });
      if (already) throw new AppError("CONFLICT", "alreadyClientUser");
      const member = await tx.clientMember.create({
        data: { agencyId: inv.agencyId, clientId: inv.client.id, userId, role: inv.clientRole },
        select: { id: true },
      });
      await audit(tx, {
        agencyId: inv.agencyId,
        actorId: userId,
        action: "invitation.accepted",
        entityType: "ClientMember",
        entityId: member.id,
        after: { email: inv.email, clientRole: inv.clientRole, clientId: inv.client.id, invitationId: inv.id },
      });
      return { agencySlug: inv.agency.slug, userId, email: inv.email, landing: `/portal/${inv.client.slug}` };
    }
    const already = await tx.agencyMember.findUnique({ where: { agencyId_userId: { agencyId: inv.agencyId, userId } }, select: { id: true } });
    if (already) throw new AppError("CONFLICT", "alreadyMember");
    const member = await tx.agencyMember.create({ data: { agencyId: inv.agencyId, userId, role: inv.role! }, select: { id: true } });
    await audit(tx, {
      agencyId: inv.agencyId,
      actorId: userId,
      action: "invitation.accepted",
      entityType: "AgencyMember",
      entityId: member.id,
      after: { email: inv.email, role: inv.role, invitationId: inv.id },
    });
    return { agencySlug: inv.agency.slug, userId, email: inv.email, landing: `/a/${inv.agency.slug}` };
  });
}
