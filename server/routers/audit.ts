import { z } from "zod";
import { router } from "../trpc/init";
import { agencyProcedure } from "../trpc/procedures";

export const auditRouter = router({
  /** The agency's audit trail, newest first, a page at a time (ADMIN and above). */
  list: agencyProcedure("ADMIN")
    .input(z.object({ cursor: z.string().max(64).optional(), limit: z.number().int().min(1).max(100).default(50) }))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db.auditLog.findMany({
        where: { agencyId: ctx.agency.id },
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
});
