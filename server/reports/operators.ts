import type { Db } from "../db";
import { operatorFigures, type OperatorCallFacts, type PresenceSpan } from "./operator-figures";

type Range = { from: Date; to: Date };

/**
 * The agency's per-operator figures over a range, from the calls themselves (answered in the range) and the
 * presence log: who answered how many, handle time, occupancy and outcomes. Agency side only: client users
 * never see operators beyond a first name on a call.
 */
export async function operatorReport(db: Db, agencyId: string, range: Range, now = new Date()) {
  const [members, calls, presence] = await Promise.all([
    db.agencyMember.findMany({ where: { agencyId }, select: { userId: true, role: true, user: { select: { name: true, email: true } } } }),
    // Wrap-up runs from the first WRAP_UP event to the operator's submission (the last one).
    db.$queryRaw<OperatorCallFacts[]>`
      SELECT c."operatorUserId", c."talkSeconds", c."outcome",
        (SELECT GREATEST(0, EXTRACT(EPOCH FROM (max(e."occurredAt") - min(e."occurredAt"))))::int
           FROM "CallEvent" e WHERE e."callId" = c."id" AND e."type" = 'WRAP_UP') AS "wrapUpSeconds"
      FROM "Call" c
      WHERE c."agencyId" = ${agencyId} AND c."operatorUserId" IS NOT NULL
        AND c."connectedAt" >= ${range.from} AND c."connectedAt" < ${range.to}`,
    db.presenceLog.findMany({
      where: { agencyId, startedAt: { lt: range.to }, OR: [{ endedAt: null }, { endedAt: { gt: range.from } }] },
      select: { userId: true, state: true, startedAt: true, endedAt: true },
    }),
  ]);
  const profiles = await db.operatorProfile.findMany({ where: { agencyId }, select: { userId: true } });
  const answered = new Set(calls.map((c) => c.operatorUserId));
  const withProfile = new Set(profiles.map((p) => p.userId));
  // Operators, plus anyone else who answered or has a desk profile (a supervisor helping out).
  const people = members.filter((m) => m.role === "OPERATOR" || withProfile.has(m.userId) || answered.has(m.userId));
  const rows = operatorFigures(people.map((m) => m.userId), calls, presence as PresenceSpan[], range, now);
  const byId = new Map(people.map((m) => [m.userId, m.user]));
  return rows
    .map((r) => ({ ...r, name: byId.get(r.userId)?.name ?? "", email: byId.get(r.userId)?.email ?? "" }))
    .sort((a, b) => b.calls - a.calls || a.name.localeCompare(b.name));
}

/** The agency's operators with their hire dates, for the staff report. */
export async function staffMembers(db: Db, agencyId: string) {
  const [members, profiles] = await Promise.all([
    db.agencyMember.findMany({ where: { agencyId }, select: { userId: true, role: true, user: { select: { name: true, email: true } } } }),
    db.operatorProfile.findMany({ where: { agencyId }, select: { userId: true, hireDate: true } }),
  ]);
  const hire = new Map(profiles.map((p) => [p.userId, p.hireDate ? p.hireDate.toISOString().slice(0, 10) : null]));
  return members
    .filter((m) => m.role === "OPERATOR" || hire.has(m.userId))
    .map((m) => ({ userId: m.userId, name: m.user.name, email: m.user.email, hireDate: hire.get(m.userId) ?? null }));
}
