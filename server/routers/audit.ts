import { z } from "zod";
import { auditFilterSchema, auditWhere } from "../audit-log/audit-filter";
import { router } from "../trpc/init";
import { agencyProcedure } from "../trpc/procedures";

export const auditRouter = router({
  /** The agency's audit trail, newest first, a page at a time, optionally filtered (ADMIN and above). */
  list: agencyProcedure("ADMIN")
    .input(z.object({ cursor: z.string().max(64).optional(), limit: z.number().int().min(1).max(100).default(50), filter: auditFilterSchema.optional() }))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db.auditLog.findMany({
        where: auditWhere(ctx.agency.id, input.filter ?? {}),
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: input.limit + 1,
        ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
        select: { id: true, action: true, entityType: true, entityId: true, before: true, after: true, createdAt: true, actorId: true },
      });
      const actorIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => Boolean(x)))];
      const actors = await ctx.db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } });
      const byId = new Map(actors.map((a) => [a.id, a]));
      const items = rows.slice(0, input.limit).map((r) => ({ ...r, actor: r.actorId ? (byId.get(r.actorId) ?? null) : null }));
      return { items, nextCursor: rows.length > input.limit ? rows[input.limit - 1]!.id : null };
    }),

  /** What the filters offer: the actions, entity types and actors this agency's log actually has. */
  filterOptions: agencyProcedure("ADMIN").query(async ({ ctx }) => {
      const where = { agencyId: ctx.agency.id };
      const [actions, entities, actorRows] = await Promise.all([
        ctx.db.auditLog.findMany({ where, distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
        ctx.db.auditLog.findMany({ where, distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
        ctx.db.auditLog.findMany({ where: { ...where, actorId: { not: null } }, distinct: ["actorId"], select: { actorId: true } }),
      ]);
      const actors = await ctx.db.user.findMany({
        where: { id: { in: actorRows.map((r) => r.actorId!) } },
        select: { id: true, name: true, email: true },
        orderBy: { name: "asc" },
      });
      return { actions: actions.map((a) => a.action), entityTypes: entities.map((e) => e.entityType), actors };
    }),
});
