import { z } from "zod";

/**
 * The agency's billing settings as its forms send them (shared by the forms and the procedures). Messages are
 * keys under billing.validation (messages/<locale>/billing.json).
 */
export const FAILED_PAYMENT_ACTIONS = ["WARN", "SUSPEND"] as const;
export const PRORATION_BEHAVIORS = ["create_prorations", "none", "always_invoice"] as const;

export const policyInputSchema = z.object({
  failedPaymentAction: z.enum(FAILED_PAYMENT_ACTIONS, "billing.validation.failedPaymentAction"),
  suspendAfterDays: z.coerce
    .number<number | string>("billing.validation.suspendAfterDays")
    .int("billing.validation.suspendAfterDays")
    .min(1, "billing.validation.suspendAfterDays")
    .max(90, "billing.validation.suspendAfterDays"),
  prorationBehavior: z.enum(PRORATION_BEHAVIORS, "billing.validation.prorationBehavior"),
});
export type PolicyInput = z.input<typeof policyInputSchema>;

/** A restricted (or secret) key as Stripe issues them; the server checks it with a read call before sealing it. */
export const restrictedKeySchema = z.object({
  key: z.string().trim().regex(/^(rk|sk)_(test|live)_\w+$/, "billing.validation.restrictedKey"),
});
