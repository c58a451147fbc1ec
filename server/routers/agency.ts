import { z } from "zod";
import { createAgency, listMyAgencies } from "../agency/agencies";
import { agencyNameSchema } from "../auth/auth.schema";
import { router } from "../trpc/init";
import { agencyProcedure, authedProcedure } from "../trpc/procedures";

export const agencyRouter = router({
  /** The agencies the caller belongs to (the header's switcher). */
  mine: authedProcedure.query(({ ctx }) => listMyAgencies(ctx.db, ctx.user.id)),

  /** The agency and the caller's role in it. */
  get: agencyProcedure("OPERATOR").query(({ ctx }) => ({ ...ctx.agency, role: ctx.member.role })),

  /** A signed-in person starts another agency of their own. */
  create: authedProcedure
    .input(z.object({ name: agencyNameSchema }))
    .mutation(({ ctx, input }) => createAgency(ctx.db, ctx.user.id, input.name, { locale: ctx.user.locale ?? ctx.locale })),
});
