import { customOf, dashboardInputSchema } from "../metrics/periods.schema";
import { clientDashboard } from "../reports/dashboard";
import { listPortalCalls } from "../reports/portal-calls";
import { getPortalCall } from "../reports/portal-call";
import { portalCallSchema, portalCallsSchema } from "../reports/portal-calls.schema";
import { router } from "../trpc/init";
import { clientPortalProcedure } from "../trpc/procedures";

// Every user of the client sees its reports; the client (zone, country) is loaded inside the client only.
const viewer = clientPortalProcedure("CLIENT_VIEWER").use(async ({ ctx, next }) => {
  const c = await ctx.db.client.findUniqueOrThrow({ where: { id: ctx.client.id }, select: { timezone: true, country: true } });
  return next({ ctx: { ...ctx, portalClient: { id: ctx.client.id, agencyId: ctx.client.agencyId, ...c } } });
});

/** Reports: what the client sees of its hotline (portal); the agency's side lives in `agencyReport`. */
export const reportRouter = router({
  portal: router({
    /** KPIs against the previous period, calls per day, service level per day, heatmap, outcomes (from rollups). */
    dashboard: viewer
      .input(dashboardInputSchema)
      .query(({ ctx, input }) =>
        clientDashboard(ctx.db, { agencyId: ctx.client.agencyId, clientId: ctx.client.id, period: input.period, custom: customOf(input), hotlineId: input.hotlineId }),
      ),
    /** The client's calls, newest first, filtered (days in the client's zone, result, outcome, caller). */
    calls: viewer.input(portalCallsSchema).query(({ ctx, input }) => listPortalCalls(ctx.db, ctx.portalClient, input)),
    /** One of the client's calls: timeline, form answers, outcome, operator's first name, audio, messages. */
    // Not "call": tRPC reserves it (a router is callable).
    callDetail: viewer.input(portalCallSchema).query(({ ctx, input }) => getPortalCall(ctx.db, ctx.portalClient, input.callId)),
  }),
});
