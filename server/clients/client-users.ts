import type { Db } from "../db";
import type { ClientRole } from "../generated/prisma/enums";
import { audit } from "../audit";
import type { AppLocale } from "../i18n/locale";
import { AppError } from "../lib/app-error";
import { createInvitation } from "../team/invitations";
import type { InviteClientUserInput } from "./clients.schema";

type ClientRef = { id: string; name: string; agencyId: string };
type AgencyRef = { id: string; name: string; slug: string };
type Actor = { userId: string; name: string; locale: AppLocale };

/**
 * Invites a person to one client's portal with a client role, through the same invitation machinery as
 * the team (single-use link, 7 days, e-mail through the outbox). An ended client takes no new users.
 */
export async function inviteClientUser(db: Db, agency: AgencyRef, client: ClientRef, actor: Actor, input: InviteClientUserInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const row = await tx.client.findFirstOrThrow({ where: { id: client.id, agencyId: agency.id }, select: { status: true } });
    if (row.status === "ENDED") throw new AppError("PRECONDITION_FAILED", "clientEnded");
    const existing = await tx.clientMember.findFirst({ where: { clientId: client.id, user: { email: input.email } }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", "alreadyClientUser", { field: "email" });
    const target = { kind: "client" as const, client: { id: client.id, name: client.name }, clientRole: input.role };
    const { invitation, token } = await createInvitation(tx, { agency, actor, email: input.email, target, now });
    return { invitation: { ...invitation, clientRole: invitation.clientRole! }, token };
  });
}

export async function listClientUsers(db: Db, client: ClientRef) {
  return db.clientMember.findMany({
    where: { clientId: client.id, agencyId: client.agencyId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}

export async function listClientInvitations(db: Db, client: ClientRef) {
  const rows = await db.invitation.findMany({
    where: { clientId: client.id, agencyId: client.agencyId, status: "PENDING" },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, email: true, clientRole: true, createdAt: true, expiresAt: true, invitedBy: { select: { name: true } } },
  });
  // A client invitation always carries a client role (a CHECK constraint says so).
  return rows.map(({ clientRole, ...r }) => ({ ...r, role: clientRole! }));
}

async function findClientMember(db: Db, client: ClientRef, memberId: string) {
  const member = await db.clientMember.findFirst({
    where: { id: memberId, clientId: client.id, agencyId: client.agencyId },
    select: { id: true, role: true, user: { select: { email: true } } },
  });
  if (!member) throw new AppError("NOT_FOUND", "memberNotFound");
  return member;
}

export async function changeClientUserRole(db: Db, client: ClientRef, actorId: string, memberId: string, role: ClientRole) {
  const member = await findClientMember(db, client, memberId);
  if (member.role === role) return { id: member.id, role };
  await db.$transaction(async (tx) => {
    const updated = await tx.clientMember.updateMany({ where: { id: member.id, clientId: client.id }, data: { role } });
    if (updated.count === 0) throw new AppError("NOT_FOUND", "memberNotFound");
    await audit(tx, {
      agencyId: client.agencyId,
      actorId,
      action: "client_user.role_changed",
      entityType: "ClientMember",
      entityId: member.id,
      before: { email: member.user.email, client: client.name, role: member.role },
      after: { email: member.user.email, client: client.name, role },
    });
  });
  return { id: member.id, role };
}

/** Takes a person's access to the portal away; their account and any other memberships stay. */
export async function removeClientUser(db: Db, client: ClientRef, actorId: string, memberId: string) {
  const member = await findClientMember(db, client, memberId);
  await db.$transaction(async (tx) => {
    const deleted = await tx.clientMember.deleteMany({ where: { id: member.id, clientId: client.id } });
    if (deleted.count === 0) throw new AppError("NOT_FOUND", "memberNotFound");
    await audit(tx, {
      agencyId: client.agencyId,
      actorId,
      action: "client_user.removed",
      entityType: "ClientMember",
      entityId: member.id,
      before: { email: member.user.email, client: client.name, role: member.role },
      after: null,
    });
  });
}
