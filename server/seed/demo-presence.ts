import type { Db } from "../db";

const MIN = 60_000;

/**
 * The demo operators' presence history, matching the seeded past calls: an operator is logged in around the
 * calls they answered — a session from a few minutes before a call to a few minutes after, calls less than
 * 40 minutes apart sharing one session — so the agency's per-operator occupancy is filled on the demo (and
 * plausible: handle time over the time at the desk). Only closed spans: whoever is at the desk now is set by
 * the desk itself.
 */
export async function seedDemoPresence(db: Db, { id: agencyId }: { id: string }): Promise<number> {
  const calls = await db.call.findMany({
    where: { agencyId, operatorUserId: { not: null }, connectedAt: { not: null } },
    select: { operatorUserId: true, connectedAt: true, endedAt: true },
    orderBy: { connectedAt: "asc" },
  });
  const sessions: { userId: string; from: number; to: number }[] = [];
  const open = new Map<string, { userId: string; from: number; to: number }>();
  for (const c of calls) {
    const from = c.connectedAt!.getTime() - 5 * MIN;
    const to = (c.endedAt ?? c.connectedAt!).getTime() + 5 * MIN;
    const current = open.get(c.operatorUserId!);
    if (current && from - current.to < 40 * MIN) current.to = Math.max(current.to, to);
    else {
      const next = { userId: c.operatorUserId!, from, to };
      sessions.push(next);
      open.set(c.operatorUserId!, next);
    }
  }
  const rows = sessions.map((x) => ({ agencyId, userId: x.userId, state: "AVAILABLE" as const, startedAt: new Date(x.from), endedAt: new Date(x.to) }));
  await db.presenceLog.createMany({ data: rows });
  return rows.length;
}
