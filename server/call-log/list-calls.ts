import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../lib/app-error";
import type { CallFilters, ListCallsInput } from "./call-log.schema";
import { callerMatch } from "./caller-search";
import { dayRangeInZone } from "./day-range";

type AgencyScope = { id: string; timezone: string };

const listSelect = {
  id: true,
  startedAt: true,
  endedAt: true,
  fromNumber: true,
  toNumber: true,
  callerName: true,
  forwardedFrom: true,
  status: true,
  route: true,
  language: true,
  waitSeconds: true,
  talkSeconds: true,
  durationSeconds: true,
  voicemailUrl: true,
  hotline: { select: { id: true, name: true, client: { select: { slug: true, name: true } } } },
} satisfies Prisma.CallSelect;

/**
 * The agency's calls, newest first, a page at a time. Every filter is applied inside the agency: a client
 * or hotline named by the browser is looked up among the agency's own first, and one that is not there is
 * a NOT_FOUND on that filter (the same answer whether it belongs to someone else or to nobody).
 */
export async function listCalls(db: Db, agency: AgencyScope, q: ListCallsInput) {
  const where = await callsWhere(db, agency, q);
  const [total, rows] = await Promise.all([
    db.call.count({ where }),
    db.call.findMany({
      where,
      orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      select: listSelect,
    }),
  ]);
  const items = rows.map(({ hotline, voicemailUrl, ...c }) => ({
    ...c,
    hasVoicemail: Boolean(voicemailUrl),
    hotline: { id: hotline.id, name: hotline.name },
    client: hotline.client,
  }));
  return { total, page: q.page, pageSize: q.pageSize, timeZone: agency.timezone, items };
}

async function callsWhere(db: Db, agency: AgencyScope, f: CallFilters): Promise<Prisma.CallWhereInput> {
  const where: Prisma.CallWhereInput = { agencyId: agency.id };
  const range = dayRangeInZone(f, agency.timezone);
  if (range.gte || range.lt) where.startedAt = range;
  if (f.status) where.status = f.status;
  if (f.route) where.route = f.route;
  if (f.client) {
    const client = await db.client.findFirst({ where: { slug: f.client, agencyId: agency.id }, select: { id: true } });
    if (!client) throw new AppError("NOT_FOUND", "calls.clientNotFound", { field: "client" });
    where.clientId = client.id;
  }
  if (f.hotline) {
    const hotline = await db.hotline.findFirst({ where: { id: f.hotline, agencyId: agency.id }, select: { id: true } });
    if (!hotline) throw new AppError("NOT_FOUND", "calls.hotlineNotFound", { field: "hotline" });
    where.hotlineId = hotline.id;
  }
  const caller = f.caller ? callerMatch(f.caller, await agencyCountries(db, agency.id)) : null;
  if (caller?.kind === "name") where.callerName = { contains: caller.text, mode: "insensitive" };
  if (caller?.kind === "phone") {
    where.OR = [{ fromNumber: { in: caller.exact } }, { fromNumber: { contains: caller.digits } }];
  }
  return where;
}

/** The countries of the agency's clients: how its people write local numbers without "+". */
async function agencyCountries(db: Db, agencyId: string): Promise<string[]> {
  const rows = await db.client.findMany({ where: { agencyId }, distinct: ["country"], select: { country: true } });
  return rows.map((r) => r.country);
}

/** The agency's clients and hotlines, for the filters of the calls list. */
export async function callFilterOptions(db: Db, agencyId: string) {
  const [clients, hotlines] = await Promise.all([
    db.client.findMany({ where: { agencyId }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { slug: true, name: true } }),
    db.hotline.findMany({
      where: { agencyId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, client: { select: { slug: true, name: true } } },
    }),
  ]);
  return { clients, hotlines: hotlines.map((h) => ({ id: h.id, name: h.name, clientSlug: h.client.slug, clientName: h.client.name })) };
}
