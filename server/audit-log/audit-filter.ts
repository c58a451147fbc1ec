import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";

/**
 * Filters of the audit log viewer. Every field optional; the page keeps them in its URL. Dates are
 * instants: the browser turns the reader's local days into them, so "25 Nov" means the reader's 25 Nov.
 */
export const auditFilterSchema = z
  .object({
    action: z.string().trim().max(100, "validation.tooLong").optional(),
    actorId: z.string().trim().max(64, "validation.tooLong").optional(),
    entityType: z.string().trim().max(64, "validation.tooLong").optional(),
    entityId: z.string().trim().max(64, "validation.tooLong").optional(),
    from: z.date().optional(),
    to: z.date().optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "validation.audit.toBeforeFrom", path: ["to"] });
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** The Prisma filter for one agency's entries matching `filter`; empty strings mean "any". */
export function auditWhere(agencyId: string, filter: AuditFilter): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = { agencyId };
  if (filter.action) where.action = filter.action;
  if (filter.actorId) where.actorId = filter.actorId;
  if (filter.entityType) where.entityType = filter.entityType;
  if (filter.entityId) where.entityId = filter.entityId;
  if (filter.from || filter.to) where.createdAt = { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) };
  return where;
}

/** URL search params (the viewer's address) to a filter of local calendar days; unknown or bad values are dropped. */
export type AuditUrlFilter = { action?: string; actor?: string; entity?: string; from?: string; to?: string };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readAuditUrl(params: URLSearchParams): AuditUrlFilter {
  const out: AuditUrlFilter = {};
  for (const key of ["action", "actor", "entity"] as const) {
    const v = params.get(key)?.trim();
    if (v && v.length <= 100) out[key] = v;
  }
  for (const key of ["from", "to"] as const) {
    const v = params.get(key);
    if (v && DAY.test(v) && !Number.isNaN(localDay(v).getTime())) out[key] = v;
  }
  return out;
}

/** Local midnight of a YYYY-MM-DD day (in the zone of whoever runs it: the reader's browser). */
export function localDay(day: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** The URL filter as procedure input: `to` is inclusive of its whole day. */
export function toProcedureFilter(url: AuditUrlFilter): AuditFilter {
  const to = url.to ? localDay(url.to) : undefined;
  if (to) to.setDate(to.getDate() + 1);
  return {
    action: url.action,
    actorId: url.actor,
    entityType: url.entity,
    from: url.from ? localDay(url.from) : undefined,
    to,
  };
}
