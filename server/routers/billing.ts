import { z } from "zod";
import { env } from "../env";
import { agencyBillingOverview, pastDueClients } from "../billing/overview";
import { advanceBillingClock } from "../billing/stripe/clock";
import { billingAccount, connectWithKey, disconnect, finishConnect, startConnect, updatePolicy } from "../billing/stripe/account";
import { policyInputSchema, restrictedKeySchema } from "../billing/policy.schema";
import { retryUsageRecord } from "../billing/stripe/meter-sender";
import { router } from "../trpc/init";
import { agencyProcedure } from "../trpc/procedures";
import { billingClientRouter } from "./billing-client";
import { billingPortalRouter } from "./billing-portal";

/**
 * Billing: the agency's Stripe account and policy, each client's plan, usage, invoices; `portal` for the
 * client. Reading is SUPERVISOR+, anything about money settings or Stripe ADMIN+. Every id from the browser
 * is looked up inside ctx.agency (services take ctx.agency.id, never an agency id from input).
 */
export const billingRouter = router({
  /** The Stripe connection and policy (no secrets) and whether the demo's billing clock can be advanced. */
  account: agencyProcedure("SUPERVISOR").query(async ({ ctx }) => {
    const a = await billingAccount(ctx.db, ctx.agency.id);
    return {
      connection: a.connection,
      stripeAccountId: a.stripeAccountId,
      chargesEnabled: a.chargesEnabled,
      currencies: a.currencies,
      failedPaymentAction: a.failedPaymentAction,
      suspendAfterDays: a.suspendAfterDays,
      prorationBehavior: a.prorationBehavior,
      clockAvailable: Boolean(a.testClockId) && a.connection !== "NONE" && !env().STRIPE_SECRET_KEY?.includes("_live_"),
    };
  }),

  overview: agencyProcedure("SUPERVISOR").query(({ ctx }) => agencyBillingOverview(ctx.db, ctx.agency.id)),

  /** For the banner on every agency page: clients whose payment failed. */
  pastDue: agencyProcedure("SUPERVISOR").query(({ ctx }) => pastDueClients(ctx.db, ctx.agency.id)),

  startConnect: agencyProcedure("ADMIN").mutation(({ ctx }) => {
    const page = `${env().PUBLIC_URL}/a/${ctx.agency.slug}/billing`;
    return startConnect(ctx.db, { agencyId: ctx.agency.id, returnUrl: `${page}?connect=return`, refreshUrl: `${page}?connect=refresh` });
  }),

  finishConnect: agencyProcedure("ADMIN").mutation(async ({ ctx }) => {
    await finishConnect(ctx.db, ctx.agency.id);
    return { ok: true };
  }),

  connectWithKey: agencyProcedure("ADMIN")
    .input(restrictedKeySchema)
    .mutation(async ({ ctx, input }) => {
      await connectWithKey(ctx.db, { agencyId: ctx.agency.id, key: input.key, userId: ctx.user.id });
      return { ok: true };
    }),

  disconnect: agencyProcedure("ADMIN").mutation(async ({ ctx }) => {
    await disconnect(ctx.db, ctx.agency.id, ctx.user.id);
    return { ok: true };
  }),

  updatePolicy: agencyProcedure("ADMIN")
    .input(policyInputSchema)
    .mutation(async ({ ctx, input }) => {
      await updatePolicy(ctx.db, { agencyId: ctx.agency.id, ...input });
      return { ok: true };
    }),

  /** Sends a refused meter event again (the service looks the record up inside the agency). */
  retryMeterEvent: agencyProcedure("ADMIN")
    .input(z.object({ usageRecordId: z.string().min(1).max(64) }))
    .mutation(async ({ ctx, input }) => {
      await retryUsageRecord(ctx.db, { agencyId: ctx.agency.id, usageRecordId: input.usageRecordId });
      return { ok: true };
    }),

  /** Demo / test mode only: moves the test clock to the period end so Stripe invoices the month. */
  advanceClock: agencyProcedure("ADMIN").mutation(({ ctx }) => advanceBillingClock(ctx.db, ctx.agency.id)),

  client: billingClientRouter,
  portal: billingPortalRouter,
});
