import type { Db } from "../db";
import { AUDIT_ENTITY, type ClientScope } from "./entry-store";

/**
 * The change history of a client's roster, newest first, from the audit log: entries are found by the
 * `clientId` their snapshots carry (a deleted entry's history stays). Each change says who made it and
 * from which side (agency staff or the client's own user), without e-mails: the portal shows it too.
 */
export async function rosterHistory(db: Db, scope: ClientScope, q: { cursor?: string; limit: number }) {
  const ofClient = { path: ["clientId"], equals: scope.id };
  const rows = await db.auditLog.findMany({
    where: { agencyId: scope.agencyId, entityType: AUDIT_ENTITY, OR: [{ after: ofClient }, { before: ofClient }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: q.limit + 1,
    ...(q.cursor ? { cursor: { id: q.cursor }, skip: 1 } : {}),
    select: { id: true, action: true, entityId: true, before: true, after: true, createdAt: true, actorId: true },
  });
  const page = rows.slice(0, q.limit);
  const actorIds = [...new Set(page.map((r) => r.actorId).filter((x): x is string => Boolean(x)))];
  const [users, clientUsers] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    db.clientMember.findMany({ where: { clientId: scope.id, userId: { in: actorIds } }, select: { userId: true } }),
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const fromClient = new Set(clientUsers.map((m) => m.userId));
  const items = page.map(({ actorId, ...r }) => ({
    ...r,
    actor: actorId && names.has(actorId) ? { name: names.get(actorId)!, side: fromClient.has(actorId) ? ("client" as const) : ("agency" as const) } : null,
  }));
  return { items, nextCursor: rows.length > q.limit ? page.at(-1)!.id : null };
}
