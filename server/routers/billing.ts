import { router } from "../trpc/init";

/** Billing: the agency's Stripe account and policy, each client's plan, usage, invoices; `portal` for the client. */
export const billingRouter = router({});
