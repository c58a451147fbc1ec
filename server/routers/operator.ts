import { hasAgencyRole } from "../auth/roles";
import { listOperators, skillTargets, updateOperator } from "../operators/operators";
import { updateOperatorSchema } from "../operators/operators.schema";
import { router } from "../trpc/init";
import { agencyProcedure } from "../trpc/procedures";

/** Operators of the agency: SUPERVISOR+ read (list, skill targets), ADMIN+ edit skills, languages and hire date. */
export const operatorRouter = router({
  list: agencyProcedure("SUPERVISOR").query(async ({ ctx }) => ({
    operators: await listOperators(ctx.db, ctx.agency),
    canManage: hasAgencyRole(ctx.member.role, "ADMIN"),
    timezone: ctx.agency.timezone,
  })),
  targets: agencyProcedure("SUPERVISOR").query(({ ctx }) => skillTargets(ctx.db, ctx.agency.id)),
  update: agencyProcedure("ADMIN").input(updateOperatorSchema).mutation(({ ctx, input }) => updateOperator(ctx.db, ctx.agency.id, ctx.user.id, input)),
});
