import { listMyPortals, portalOverview } from "../clients/portal";
import { router } from "../trpc/init";
import { authedProcedure, clientPortalProcedure } from "../trpc/procedures";

/** The client's side (`/portal/<client>`): only the caller's own client, never another's, never the agency's internals. */
export const portalRouter = router({
  /** The client portals the caller may open, for the switcher. */
  mine: authedProcedure.query(({ ctx }) => listMyPortals(ctx.db, ctx.user.id)),

  /** The portal shell: the client's name and the caller's role in it. */
  get: clientPortalProcedure("CLIENT_VIEWER").query(({ ctx }) => ({
    slug: ctx.client.slug,
    name: ctx.client.name,
    role: ctx.clientMember.role,
  })),

  overview: clientPortalProcedure("CLIENT_VIEWER").query(({ ctx }) => portalOverview(ctx.db, ctx.client)),
});
