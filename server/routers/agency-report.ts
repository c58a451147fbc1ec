import { agencyOverview, clientDashboard } from "../reports/dashboard";
import { customOf, dashboardInputSchema, periodInputSchema } from "../metrics/periods.schema";
import { localDate, resolvePeriod } from "../metrics/periods";
import { operatorReport, staffMembers } from "../reports/operators";
import { agencyOutcomeLabels } from "../reports/outcome-labels";
import { overviewTotals } from "../reports/overview-totals";
import { staffRows } from "../reports/staff";
import { router } from "../trpc/init";
import { agencyClientProcedure, agencyProcedure } from "../trpc/procedures";

/**
 * The agency's reports (SUPERVISOR+): every client side by side, per-operator figures, the staff report and
 * a client's drill-down. Periods are read in the agency's zone for agency-wide figures and in the client's
 * zone for one client (its hours are its own).
 */
export const agencyReportRouter = router({
  overview: agencyProcedure("SUPERVISOR")
    .input(periodInputSchema)
    .query(async ({ ctx, input }) => {
      const { clients } = await agencyOverview(ctx.db, { agencyId: ctx.agency.id, period: input.period, custom: customOf(input) });
      return { clients, totals: overviewTotals(clients.map((c) => c.current)), previousTotals: overviewTotals(clients.map((c) => c.previous)) };
    }),

  operators: agencyProcedure("SUPERVISOR")
    .input(periodInputSchema)
    .query(async ({ ctx, input }) => {
      const { current } = resolvePeriod(input.period, ctx.agency.timezone, new Date(), customOf(input));
      const [operators, outcomeLabels] = await Promise.all([operatorReport(ctx.db, ctx.agency.id, current), agencyOutcomeLabels(ctx.db, ctx.agency.id)]);
      return { timeZone: ctx.agency.timezone, range: current, operators, outcomeLabels };
    }),

  staff: agencyProcedure("SUPERVISOR").query(async ({ ctx }) => {
    const today = localDate(new Date(), ctx.agency.timezone);
    return { today, operators: staffRows(await staffMembers(ctx.db, ctx.agency.id), today) };
  }),

  client: agencyClientProcedure("SUPERVISOR")
    .input(dashboardInputSchema)
    .query(async ({ ctx, input }) => ({
      client: { slug: ctx.client.slug, name: ctx.client.name },
      dashboard: await clientDashboard(ctx.db, { agencyId: ctx.agency.id, clientId: ctx.client.id, period: input.period, custom: customOf(input), hotlineId: input.hotlineId }),
    })),
});
