import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { callerMatch } from "../call-log/caller-search";
import { dayRangeInZone } from "../call-log/day-range";
import type { PortalCallFilters, PortalCallsInput } from "./portal-calls.schema";

/** The client as the portal procedures know it (ctx.client) plus its zone and country. */
export type PortalClient = { id: string; agencyId: string; timezone: string; country: string };

/**
 * What the client sees of a call in its log: no operator, no prices, no carrier internals. The portal reads
 * the calls themselves (rollups are for the dashboard).
 */
export const portalListSelect = {
  id: true,
  startedAt: true,
  fromNumber: true,
  callerName: true,
  status: true,
  route: true,
  outcome: true,
  waitSeconds: true,
  talkSeconds: true,
  durationSeconds: true,
  voicemailUrl: true,
  recordingUrl: true,
  hotline: { select: { name: true } },
} satisfies Prisma.CallSelect;

/** The client's calls matching the filters: always inside the client, whatever the filters say. */
export function portalCallsWhere(client: PortalClient, f: PortalCallFilters): Prisma.CallWhereInput {
  const where: Prisma.CallWhereInput = { clientId: client.id, agencyId: client.agencyId };
  const range = dayRangeInZone(f, client.timezone);
  if (range.gte || range.lt) where.startedAt = range;
  if (f.result) where.status = f.result;
  if (f.outcome) where.outcome = f.outcome;
  const caller = f.caller ? callerMatch(f.caller, [client.country]) : null;
  if (caller?.kind === "name") where.callerName = { contains: caller.text, mode: "insensitive" };
  if (caller?.kind === "phone") where.OR = [{ fromNumber: { in: caller.exact } }, { fromNumber: { contains: caller.digits } }];
  return where;
}

/** The client's calls newest first, a page at a time, with the outcome codes to filter by and their labels. */
export async function listPortalCalls(db: Db, client: PortalClient, q: PortalCallsInput) {
  const where = portalCallsWhere(client, q);
  const [total, rows, outcomes] = await Promise.all([
    db.call.count({ where }),
    db.call.findMany({ where, orderBy: [{ startedAt: "desc" }, { id: "desc" }], skip: (q.page - 1) * q.pageSize, take: q.pageSize, select: portalListSelect }),
    outcomeLabels(db, client.id),
  ]);
  const items = rows.map(({ hotline, voicemailUrl, recordingUrl, ...c }) => ({
    ...c,
    hotlineName: hotline.name,
    hasAudio: Boolean(voicemailUrl || recordingUrl),
  }));
  return { total, page: q.page, pageSize: q.pageSize, timeZone: client.timezone, items, outcomes };
}

/**
 * Outcome codes and their labels across the client's approved terms, the newest label winning, so a call
 * closed under an older version still reads as words.
 */
export async function outcomeLabels(db: Db, clientId: string): Promise<{ code: string; label: string }[]> {
  const versions = await db.termsVersion.findMany({
    where: { clientId, approvedAt: { not: null } },
    orderBy: { number: "asc" },
    select: { document: true },
  });
  const labels = new Map<string, string>();
  for (const v of versions) {
    const outcomes = (v.document as { outcomes?: { code?: unknown; label?: unknown }[] } | null)?.outcomes ?? [];
    for (const o of outcomes) if (typeof o.code === "string") labels.set(o.code, typeof o.label === "string" ? o.label : o.code);
  }
  return [...labels].map(([code, label]) => ({ code, label }));
}
