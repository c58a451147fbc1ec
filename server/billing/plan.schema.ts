import { z } from "zod";
import { parseIsoDate } from "../terms/hours";

/**
 * A new price-plan version, as the plan form edits it and the procedure receives it (the same schema on both
 * sides). Money stays exact: fees are integer minor units as digit strings (BigInt in the database), rates are
 * decimal strings in MINOR units per minute with at most 4 decimals. Messages are keys under billing.validation.*.
 * The currency is the client's (not an input); `effectiveFrom` is a local date in the client's zone.
 */
const FEE = /^\d{1,15}$/;
const RATE = /^\d{1,10}(\.\d{1,4})?$/;

const fee = z.string().trim().regex(FEE, "billing.validation.amount");
const rate = z.string().trim().regex(RATE, "billing.validation.rate");
/** An optional band rate: empty (the form's blank field) or null means "the standard rate". */
const optionalRate = z.union([rate, z.literal("")]).nullable().transform((v) => (v === "" || v === null ? null : v));
const int = (max: number) => z.number({ error: "billing.validation.integer" }).int("billing.validation.integer").min(0, "billing.validation.range").max(max, "billing.validation.range");
const hour = z.number({ error: "billing.validation.hour" }).int("billing.validation.hour").min(0, "billing.validation.hour").max(23, "billing.validation.hour");

export const tierSchema = z.object({
  /** The period's total STANDARD minutes this tier reaches (included minutes counted); null = no end (last tier). */
  upToMinutes: int(10_000_000).nullable(),
  ratePerMinute: rate,
});

export const planInputSchema = z
  .object({
    effectiveFrom: z.string().refine((v) => parseIsoDate(v) !== null, "billing.validation.date"),
    monthlyFeeMinor: fee,
    setupFeeMinor: fee,
    includedMinutes: int(10_000_000),
    chargeMode: z.enum(["PER_MINUTE", "PER_CALL"]),
    ratePerMinute: rate,
    tiers: z.array(tierSchema).max(10, "billing.validation.tooMany"),
    perCallPrice: optionalRate,
    incrementSeconds: z.number().refine((v) => v === 1 || v === 6 || v === 30 || v === 60, "billing.validation.increment"),
    minimumSeconds: int(3600),
    billableTime: z.enum(["TALK", "TALK_WRAP_UP", "WHOLE_CALL"]),
    freeUnderSeconds: int(600),
    afterHoursRatePerMinute: optionalRate,
    nightRatePerMinute: optionalRate,
    nightFromHour: hour,
    nightToHour: hour,
    holidayRatePerMinute: optionalRate,
    automatedRatePerMinute: optionalRate,
  })
  .superRefine((plan, ctx) => {
    if (plan.chargeMode === "PER_CALL" && plan.perCallPrice === null) {
      ctx.addIssue({ code: "custom", message: "billing.validation.perCallPriceRequired", path: ["perCallPrice"] });
    }
    // Tiers climb: each reaches further than the one before, and only the last is open-ended.
    let reach = -1;
    plan.tiers.forEach((tier, index) => {
      const last = index === plan.tiers.length - 1;
      if (tier.upToMinutes === null && !last) ctx.addIssue({ code: "custom", message: "billing.validation.tiersOpenEndLast", path: ["tiers", index, "upToMinutes"] });
      if (tier.upToMinutes !== null && last) ctx.addIssue({ code: "custom", message: "billing.validation.tiersOpenEndLast", path: ["tiers", index, "upToMinutes"] });
      if (tier.upToMinutes !== null && tier.upToMinutes <= reach) ctx.addIssue({ code: "custom", message: "billing.validation.tiersOrder", path: ["tiers", index, "upToMinutes"] });
      if (tier.upToMinutes !== null) reach = tier.upToMinutes;
    });
  });

/** What the form edits. */
export type PlanFormValues = z.input<typeof planInputSchema>;
/** What the service receives (band rates left blank are null). */
export type PlanInput = z.output<typeof planInputSchema>;
