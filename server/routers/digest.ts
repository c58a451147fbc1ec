import { digestFrequencySchema } from "../reports/digest.schema";
import { router } from "../trpc/init";
import { clientPortalProcedure } from "../trpc/procedures";

/** The caller's own e-mail digest preference for this client (each portal user chooses for themselves). */
export const digestRouter = router({
  get: clientPortalProcedure("CLIENT_VIEWER").query(async ({ ctx }) => {
    const member = await ctx.db.clientMember.findFirstOrThrow({ where: { id: ctx.clientMember.id, clientId: ctx.client.id }, select: { digest: true } });
    return { digest: member.digest };
  }),
  set: clientPortalProcedure("CLIENT_VIEWER")
    .input(digestFrequencySchema)
    .mutation(async ({ ctx, input }) => {
      await ctx.db.clientMember.updateMany({ where: { id: ctx.clientMember.id, clientId: ctx.client.id }, data: { digest: input.digest } });
      return { digest: input.digest };
    }),
});
