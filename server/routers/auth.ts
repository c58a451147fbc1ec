import { signUp } from "../agency/agencies";
import { signUpSchema, localeSchema } from "../auth/auth.schema";
import { authedProcedure, publicProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";
import { z } from "zod";

export const authRouter = router({
  /** Creates a person, their agency and their OWNER membership; the page then signs them in. */
  signUp: publicProcedure.input(signUpSchema).mutation(({ ctx, input }) => signUp(ctx.db, input, ctx.locale)),

  me: authedProcedure.query(({ ctx }) => ctx.user),

  /** Saves the person's language; the switcher also sets the cookie so the next page renders in it. */
  setLocale: authedProcedure.input(z.object({ locale: localeSchema })).mutation(async ({ ctx, input }) => {
    await ctx.db.user.update({ where: { id: ctx.user.id }, data: { locale: input.locale } });
    return { locale: input.locale };
  }),
});
