import { acceptInvitation, lookupInvitation } from "../team/invitations";
import { acceptAsNewUserSchema, invitationTokenSchema } from "../team/team.schema";
import { router } from "../trpc/init";
import { authedProcedure, publicProcedure } from "../trpc/procedures";

/** The invitee's side: the token in the link is the only key, and it is checked against its stored hash. */
export const invitationRouter = router({
  lookup: publicProcedure.input(invitationTokenSchema).query(({ ctx, input }) => lookupInvitation(ctx.db, input.token, ctx.userId)),

  /** A person without an account sets name and password and joins. */
  acceptAsNewUser: publicProcedure
    .input(acceptAsNewUserSchema)
    .mutation(async ({ ctx, input }) => {
      const result = await acceptInvitation(ctx.db, input.token, { name: input.name, password: input.password });
      return { agencySlug: result.agencySlug, email: result.email, landing: result.landing };
    }),

  /** A signed-in person whose e-mail was invited joins. */
  accept: authedProcedure.input(invitationTokenSchema).mutation(async ({ ctx, input }) => {
    const result = await acceptInvitation(ctx.db, input.token, { userId: ctx.user.id });
    return { agencySlug: result.agencySlug, landing: result.landing };
  }),
});
