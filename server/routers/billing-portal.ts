import { clientInvoices } from "../billing/invoices-read";
import { periodUsage } from "../billing/period";
import { planView } from "../billing/plan-view";
import { router } from "../trpc/init";
import { clientPortalProcedure } from "../trpc/procedures";

/**
 * The client's own billing in its portal (any of its users): the plan in force, minutes used against the
 * included ones, the amount so far and its invoices. Never the agency's carrier cost or margin, never
 * drafts. The client comes from the caller's membership (clientPortalProcedure).
 */
export const billingPortalRouter = router({
  get: clientPortalProcedure("CLIENT_VIEWER").query(async ({ ctx }) => {
    const scope = { agencyId: ctx.client.agencyId, clientId: ctx.client.id };
    const [usage, invoices, billing, client] = await Promise.all([
      periodUsage(ctx.db, scope),
      clientInvoices(ctx.db, scope, { includeDrafts: false }),
      ctx.db.clientBilling.findFirst({ where: scope, select: { status: true } }),
      ctx.db.client.findFirst({ where: { id: scope.clientId, agencyId: scope.agencyId }, select: { timezone: true } }),
    ]);
    const { carrierCostMinor: _cost, marginMinor: _margin, plan, ...shown } = usage;
    return {
      client: { name: ctx.client.name },
      timeZone: client?.timezone ?? "UTC",
      status: billing?.status ?? "NONE",
      usage: { ...shown, plan: plan ? planView(plan) : null },
      invoices,
    };
  }),
});
