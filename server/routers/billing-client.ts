import { z } from "zod";
import { clientInvoice, clientInvoices } from "../billing/invoices-read";
import { invoiceCalls } from "../billing/invoice-calls";
import { periodUsage } from "../billing/period";
import { planInputSchema } from "../billing/plan.schema";
import { createPlanVersion, listPlans } from "../billing/plans";
import { planView } from "../billing/plan-view";
import { upcomingInvoice } from "../billing/stripe/preview";
import { router } from "../trpc/init";
import { agencyClientProcedure } from "../trpc/procedures";

const invoiceIdInput = z.object({ invoiceId: z.string().min(1).max(64) });

/**
 * One client's billing seen by its agency: plan versions, the period so far with margin, the upcoming
 * invoice, invoices and the calls behind one. SUPERVISOR+ reads, ADMIN+ changes the plan. The client comes
 * from agencyClientProcedure (looked up inside ctx.agency), so another agency's client is NOT_FOUND.
 */
export const billingClientRouter = router({
  get: agencyClientProcedure("SUPERVISOR").query(async ({ ctx }) => {
    const scope = { agencyId: ctx.agency.id, clientId: ctx.client.id };
    const [plans, usage, billing] = await Promise.all([
      listPlans(ctx.db, scope),
      periodUsage(ctx.db, scope),
      ctx.db.clientBilling.findFirst({
        where: scope,
        select: { status: true, pastDueSince: true, periodStart: true, periodEnd: true, lastError: true, stripeCustomerId: true, stripeSubscriptionId: true, syncedPlanId: true },
      }),
    ]);
    return {
      client: { name: ctx.client.name, slug: ctx.client.slug, status: ctx.client.status, currency: ctx.client.currency, timezone: ctx.client.timezone },
      plans: plans.map(planView),
      usage: { ...usage, plan: usage.plan ? planView(usage.plan) : null },
      billing: billing ?? null,
    };
  }),

  /** Stripe's preview of the next invoice (a read; null when there is no subscription yet). */
  preview: agencyClientProcedure("SUPERVISOR").query(({ ctx }) => upcomingInvoice(ctx.db, { agencyId: ctx.agency.id, clientId: ctx.client.id })),

  invoices: agencyClientProcedure("SUPERVISOR").query(({ ctx }) => clientInvoices(ctx.db, { agencyId: ctx.agency.id, clientId: ctx.client.id })),

  /** One invoice and a page of the calls behind it (usage records of its period). */
  invoice: agencyClientProcedure("SUPERVISOR")
    .input(invoiceIdInput.extend({ cursor: z.string().max(64).optional(), take: z.number().int().min(1).max(200).default(50) }))
    .query(async ({ ctx, input }) => {
      const scope = { agencyId: ctx.agency.id, clientId: ctx.client.id };
      const invoice = await clientInvoice(ctx.db, { ...scope, invoiceId: input.invoiceId });
      const calls = await invoiceCalls(ctx.db, { ...scope, invoiceId: invoice.id, cursor: input.cursor, take: input.take });
      return { client: { name: ctx.client.name, slug: ctx.client.slug, timezone: ctx.client.timezone }, invoice, calls };
    }),

  /** A new plan version (the service validates, audits, syncs Stripe and re-rates the open period). */
  savePlan: agencyClientProcedure("ADMIN")
    .input(planInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { agencySlug: _a, clientSlug: _c, ...plan } = input as typeof input & { agencySlug?: string; clientSlug?: string };
      const saved = await createPlanVersion(ctx.db, { agencyId: ctx.agency.id, clientId: ctx.client.id, userId: ctx.user.id, input: plan });
      return planView(saved);
    }),
});
