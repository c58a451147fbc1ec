import type { Db, Tx } from "../db";
import type { AgencyRole, Prisma } from "../generated/prisma/client";
import { audit } from "../audit";
import { canAssignRole, canRemoveMember } from "../auth/roles";
import { AppError } from "../lib/app-error";

type Actor = { userId: string; role: AgencyRole };

export async function listMembers(db: Db, agencyId: string, q: { search?: string; page: number; pageSize: number }) {
  const where: Prisma.AgencyMemberWhereInput = { agencyId };
  if (q.search) {
    where.user = { OR: [{ name: { contains: q.search, mode: "insensitive" } }, { email: { contains: q.search, mode: "insensitive" } }] };
  }
  const [total, items] = await Promise.all([
    db.agencyMember.count({ where }),
    db.agencyMember.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
  ]);
  return { total, page: q.page, pageSize: q.pageSize, items };
}

export async function listPendingInvitations(db: Db, agencyId: string) {
  const rows = await db.invitation.findMany({
    where: { agencyId, status: "PENDING", clientId: null },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true, invitedBy: { select: { name: true } } },
  });
  // Agency invitations always carry a role (a CHECK constraint says so); narrow the type for callers.
  return rows.map((r) => ({ ...r, role: r.role! }));
}

/** Locks the agency's owner rows, so two owners demoting each other at once cannot leave none. */
async function lockOwners(tx: Tx, agencyId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "AgencyMember" WHERE "agencyId" = ${agencyId} AND role = 'OWNER' FOR UPDATE`;
  return rows.length;
}

async function findMember(tx: Tx, agencyId: string, memberId: string) {
  const member = await tx.agencyMember.findFirst({
    where: { id: memberId, agencyId },
    select: { id: true, role: true, userId: true, user: { select: { email: true } } },
  });
  if (!member) throw new AppError("NOT_FOUND", "memberNotFound");
  return member;
}

export async function changeMemberRole(db: Db, agencyId: string, actor: Actor, memberId: string, role: AgencyRole) {
  return db.$transaction(async (tx) => {
    const owners = await lockOwners(tx, agencyId);
    const member = await findMember(tx, agencyId, memberId);
    if (member.role === role) return { id: member.id, role };
    if (!canAssignRole(actor.role, role, member.role)) throw new AppError("FORBIDDEN", "roleTooHigh", { field: "role" });
    if (member.role === "OWNER" && owners <= 1) throw new AppError("PRECONDITION_FAILED", "lastOwner");
    await tx.agencyMember.update({ where: { id: member.id }, data: { role } });
    await audit(tx, {
      agencyId,
      actorId: actor.userId,
      action: "member.role_changed",
      entityType: "AgencyMember",
      entityId: member.id,
      before: { email: member.user.email, role: member.role },
      after: { email: member.user.email, role },
    });
    return { id: member.id, role };
  });
}

export async function removeMember(db: Db, agencyId: string, actor: Actor, memberId: string) {
  await db.$transaction(async (tx) => {
    const owners = await lockOwners(tx, agencyId);
    const member = await findMember(tx, agencyId, memberId);
    if (!canRemoveMember(actor.role, member.role)) throw new AppError("FORBIDDEN", "forbidden");
    if (member.role === "OWNER" && owners <= 1) throw new AppError("PRECONDITION_FAILED", "lastOwner");
    await tx.agencyMember.delete({ where: { id: member.id } });
    await audit(tx, {
      agencyId,
      actorId: actor.userId,
      action: "member.removed",
      entityType: "AgencyMember",
      entityId: member.id,
      before: { email: member.user.email, role: member.role },
      after: null,
    });
  });
}
