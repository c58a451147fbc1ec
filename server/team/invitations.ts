import type { Db } from "../db";
import type { AgencyRole } from "../generated/prisma/enums";
import { audit } from "../audit";
import { canAssignRole } from "../auth/roles";
import { hashPassword } from "../auth/password";
import { invitationEmail } from "../email/templates";
import { env } from "../env";
import type { AppLocale } from "../i18n/locale";
import { enqueueEmail } from "../jobs/outbox";
import { AppError } from "../lib/app-error";
import { hashToken, newToken } from "../lib/tokens";
import { INVITATION_TTL_MS, invitationState } from "./invitation-rules";
import type { InviteInput } from "./team.schema";

type Actor = { userId: string; name: string; role: AgencyRole; locale: AppLocale };
type AgencyRef = { id: string; name: string; slug: string };

/**
 * Invites an e-mail to the agency with a role and queues the e-mail with a single-use link. A pending
 * invitation to the same address is replaced (so "invite again" re-sends a fresh link). Returns the token
 * only so tests can follow the link; the database keeps its hash alone.
 */
export async function inviteMember(db: Db, agency: AgencyRef, actor: Actor, input: InviteInput, now = new Date()) {
  if (!canAssignRole(actor.role, input.role)) throw new AppError("FORBIDDEN", "roleTooHigh", { field: "role" });
  const token = newToken();
  const invitation = await db.$transaction(async (tx) => {
    const existingMember = await tx.agencyMember.findFirst({
      where: { agencyId: agency.id, user: { email: input.email } },
      select: { id: true },
    });
    if (existingMember) throw new AppError("CONFLICT", "alreadyMember", { field: "email" });
    const replaced = await tx.invitation.updateMany({
      where: { agencyId: agency.id, email: input.email, status: "PENDING" },
      data: { status: "REVOKED", revokedAt: now },
    });
    const created = await tx.invitation.create({
      data: {
        agencyId: agency.id,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
        invitedById: actor.userId,
      },
      select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
    });
    await audit(tx, {
      agencyId: agency.id,
      actorId: actor.userId,
      action: replaced.count > 0 ? "invitation.resent" : "invitation.created",
      entityType: "Invitation",
      entityId: created.id,
      after: { email: created.email, role: created.role, expiresAt: created.expiresAt.toISOString() },
    });
    const mail = invitationEmail(actor.locale, {
      agencyName: agency.name,
      inviterName: actor.name,
      role: input.role,
      link: `${env().PUBLIC_URL}/invite/${token}`,
      expiresAt: created.expiresAt,
    });
    await enqueueEmail(tx, { agencyId: agency.id, dedupeKey: `invitation:${created.id}`, to: created.email, ...mail });
    return created;
  });
  return { invitation, token };
}

export async function revokeInvitation(db: Db, agencyId: string, actorId: string, invitationId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const inv = await tx.invitation.findFirst({
      where: { id: invitationId, agencyId },
      select: { id: true, email: true, role: true, status: true },
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
      before: { email: inv.email, role: inv.role, status: "PENDING" },
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
      if (already) throw new AppError("CONFLICT", "alreadyMember");
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
