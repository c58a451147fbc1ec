import { localStartOfDay, instantToLocal } from "../oncall/local-time";
import type { Db } from "../db";
import { versionInForce } from "../terms/versions-read";
import { hotlineFigures, LIVE_STATUSES, secondsSince, type HotlineFigures, type SlaTarget } from "./stats";

export type HotlineTile = HotlineFigures & {
  id: string; name: string; status: string; clientName: string; timezone: string; sla: SlaTarget | null;
};
export type OperatorTile = {
  userId: string; name: string; presence: string; reason: string | null; secondsInState: number; bot: boolean;
  call: { id: string; hotlineName: string; status: string } | null;
};
export type LiveCallRow = {
  id: string; hotlineName: string; clientName: string; fromNumber: string; status: string;
  /** Since the call entered its current phase (queued, offered, connected, wrap-up). */
  secondsInStatus: number; operatorName: string | null;
};
export type WallboardSnapshot = { at: Date; hotlines: HotlineTile[]; operators: OperatorTile[]; liveCalls: LiveCallRow[] };

/**
 * Everything the wall screen shows for one agency, read at `now`. "Today" is each client's own day (its
 * time zone): a Moscow client's counters reset at Moscow midnight, a New York client's at New York's.
 */
export async function wallboardSnapshot(db: Db, agencyId: string, now: Date = new Date()): Promise<WallboardSnapshot> {
  const hotlines = await db.hotline.findMany({
    where: { agencyId },
    orderBy: [{ priority: "desc" }, { name: "asc" }],
    select: { id: true, name: true, status: true, clientId: true, client: { select: { name: true, timezone: true } } },
  });
  const dayStartOf = new Map<string, Date>();
  for (const h of hotlines) {
    const tz = h.client.timezone;
    if (!dayStartOf.has(tz)) dayStartOf.set(tz, localStartOfDay(instantToLocal(now, tz).date, tz));
  }
  const earliest = new Date(Math.min(now.getTime(), ...[...dayStartOf.values()].map((d) => d.getTime())));
  const calls = await db.call.findMany({
    where: { agencyId, OR: [{ startedAt: { gte: earliest } }, { status: { in: [...LIVE_STATUSES] } }] },
    select: {
      id: true, hotlineId: true, fromNumber: true, status: true, startedAt: true, queuedAt: true, offeredAt: true,
      connectedAt: true, wrapUpAt: true, waitSeconds: true, operatorUserId: true,
    },
  });
  const slaOf = new Map<string, SlaTarget | null>();
  for (const clientId of new Set(hotlines.map((h) => h.clientId))) {
    const sla = (await versionInForce(db, clientId, now))?.document.sla;
    slaOf.set(clientId, sla ? { answeredPercent: sla.answeredPercent, withinSeconds: sla.withinSeconds } : null);
  }
  const tiles: HotlineTile[] = hotlines.map((h) => {
    const dayStart = dayStartOf.get(h.client.timezone)!;
    const mine = calls.filter((c) => c.hotlineId === h.id && (c.startedAt >= dayStart || (LIVE_STATUSES as readonly string[]).includes(c.status)));
    const sla = slaOf.get(h.clientId) ?? null;
    return { id: h.id, name: h.name, status: h.status, clientName: h.client.name, timezone: h.client.timezone, sla, ...hotlineFigures(mine, now, sla) };
  });

  const [members, profiles] = await Promise.all([
    db.agencyMember.findMany({ where: { agencyId, role: "OPERATOR" }, select: { userId: true } }),
    db.operatorProfile.findMany({ where: { agencyId }, select: { userId: true, presence: true, presenceReason: true, presenceSince: true, bot: true, currentCallId: true } }),
  ]);
  const userIds = [...new Set([...members.map((m) => m.userId), ...profiles.map((p) => p.userId), ...calls.flatMap((c) => (c.operatorUserId ? [c.operatorUserId] : []))])];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  const hotlineName = new Map(hotlines.map((h) => [h.id, h.name]));
  const clientName = new Map(hotlines.map((h) => [h.id, h.client.name]));
  const callById = new Map(calls.map((c) => [c.id, c]));
  const profileOf = new Map(profiles.map((p) => [p.userId, p]));
  const operatorIds = [...new Set([...members.map((m) => m.userId), ...profiles.map((p) => p.userId)])];
  const operators: OperatorTile[] = operatorIds.map((userId) => {
    const p = profileOf.get(userId);
    const call = p?.currentCallId ? callById.get(p.currentCallId) : undefined;
    return {
      userId,
      name: nameOf.get(userId) ?? "—",
      presence: p?.presence ?? "OFFLINE",
      reason: p?.presenceReason ?? null,
      secondsInState: p ? secondsSince(p.presenceSince, now) : 0,
      bot: p?.bot ?? false,
      call: call ? { id: call.id, hotlineName: hotlineName.get(call.hotlineId) ?? "", status: call.status } : null,
    };
  });
  // Busy first, then waiting for calls, then the rest; alphabetical within.
  const order = ["ON_CALL", "WRAP_UP", "AVAILABLE", "BREAK", "OFFLINE"];
  operators.sort((a, b) => order.indexOf(a.presence) - order.indexOf(b.presence) || a.name.localeCompare(b.name));

  const liveCalls: LiveCallRow[] = calls
    .filter((c) => (LIVE_STATUSES as readonly string[]).includes(c.status))
    .map((c) => {
      const since = { QUEUED: c.queuedAt, OFFERED: c.offeredAt, CONNECTED: c.connectedAt, WRAP_UP: c.wrapUpAt }[c.status as (typeof LIVE_STATUSES)[number]] ?? c.startedAt;
      return {
        id: c.id, hotlineName: hotlineName.get(c.hotlineId) ?? "", clientName: clientName.get(c.hotlineId) ?? "", fromNumber: c.fromNumber,
        status: c.status, secondsInStatus: secondsSince(since, now), operatorName: c.operatorUserId ? (nameOf.get(c.operatorUserId) ?? null) : null,
      };
    })
    .sort((a, b) => b.secondsInStatus - a.secondsInStatus);
  return { at: now, hotlines: tiles, operators, liveCalls };
}
