import Stripe from "stripe";
import type { BillingAccount, PricePlan } from "../../generated/prisma/client";
import type { Db } from "../../db";
import type { Component, Tier } from "../rating/plan";
import type { AgencyStripe } from "./account";
import { meteredPrices, meterEventName, type PlanForPrices } from "./prices";

const METER_COMPONENTS: Component[] = ["STANDARD", "AFTER_HOURS", "NIGHT", "HOLIDAY", "AUTOMATED", "PER_CALL"];

/**
 * What every client of an agency shares on its Stripe account: one product (the hotline service) and one Billing
 * Meter per component (sum of billable seconds, or of calls; customer by `stripe_customer_id`, value in `value`).
 * Made once and remembered on BillingAccount; a meter that already exists on the account (reconnected agency) is
 * found by its event name instead of made again (Stripe refuses a second active meter with the same event name).
 */
export async function ensureCatalog(db: Db, s: AgencyStripe, account: BillingAccount): Promise<{ productId: string; meters: Record<string, string> }> {
  let productId = account.productId;
  if (!productId) {
    const product = await s.stripe.products.create(
      { name: "Hotline service", metadata: { agencyId: account.agencyId } },
      { ...s.opts, idempotencyKey: `product:${account.agencyId}:${s.accountId ?? "own"}:${account.createdAt.getTime()}` },
    );
    productId = product.id;
    await db.billingAccount.update({ where: { agencyId: account.agencyId }, data: { productId } });
  }
  const meters = { ...(account.meters as Record<string, string>) };
  const missing = METER_COMPONENTS.filter((c) => !meters[c]);
  if (missing.length > 0) {
    const existing = new Map<string, string>();
    for await (const meter of s.stripe.billing.meters.list({ status: "active", limit: 100 }, s.opts)) existing.set(meter.event_name, meter.id);
    for (const component of missing) {
      const eventName = meterEventName(component);
      meters[component] =
        existing.get(eventName) ??
        (
          await s.stripe.billing.meters.create(
            {
              display_name: component === "PER_CALL" ? "Calls" : `Billable seconds (${component.toLowerCase().replace("_", " ")})`,
              event_name: eventName,
              default_aggregation: { formula: "sum" },
              customer_mapping: { type: "by_id", event_payload_key: "stripe_customer_id" },
              value_settings: { event_payload_key: "value" },
            },
            { ...s.opts, idempotencyKey: `meter:${account.agencyId}:${s.accountId ?? "own"}:${eventName}` },
          )
        ).id;
    }
    // Merged in SQL so two syncs finishing at once cannot drop each other's meters.
    await db.$executeRaw`UPDATE "BillingAccount" SET meters = meters || ${JSON.stringify(meters)}::jsonb, "updatedAt" = now() WHERE "agencyId" = ${account.agencyId}`;
  }
  return { productId, meters };
}

type StoredPrices = { flat?: string; metered: Partial<Record<Component, string>> };

/** The prices of one plan version, made once (kept on the version: a later version gets its own). */
export async function ensurePrices(db: Db, s: AgencyStripe, row: PricePlan, productId: string, meters: Record<string, string>) {
  const plan = planForPrices(row);
  const saved = row.stripePrices as Partial<StoredPrices>;
  const stored: StoredPrices = { ...saved, metered: { ...saved.metered } };
  const currency = String(row.currency).toLowerCase();
  const opts = (suffix: string) => ({ ...s.opts, idempotencyKey: `price:${row.id}:${suffix}` });
  if (!stored.flat && row.monthlyFeeMinor > 0n) {
    const price = await s.stripe.prices.create({ currency, product: productId, unit_amount: Number(row.monthlyFeeMinor), recurring: { interval: "month" }, nickname: "Monthly fee" }, opts("flat"));
    stored.flat = price.id;
    await db.pricePlan.update({ where: { id: row.id }, data: { stripePrices: stored } });
  }
  for (const m of meteredPrices(plan)) {
    if (stored.metered[m.component]) continue;
    const meter = meters[m.component];
    if (!meter) throw new Error(`no meter for ${m.component}`);
    const common = { currency, product: productId, nickname: m.component, recurring: { interval: "month" as const, usage_type: "metered" as const, meter }, metadata: { component: m.component, planId: row.id } };
    const price =
      m.scheme === "per_unit"
        ? await s.stripe.prices.create({ ...common, billing_scheme: "per_unit", unit_amount_decimal: Stripe.Decimal.from(m.unitAmountDecimal) }, opts(m.component))
        : await s.stripe.prices.create(
            { ...common, billing_scheme: "tiered", tiers_mode: "graduated", tiers: m.tiers.map((t) => ({ up_to: t.upTo, unit_amount_decimal: Stripe.Decimal.from(t.unitAmountDecimal) })) },
            opts(m.component),
          );
    stored.metered[m.component] = price.id;
    await db.pricePlan.update({ where: { id: row.id }, data: { stripePrices: stored } });
  }
  return stored;
}

export function planForPrices(row: PricePlan): PlanForPrices {
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    chargeMode: row.chargeMode,
    includedMinutes: Number(row.includedMinutes),
    ratePerMinute: String(row.ratePerMinute),
    tiers: (row.tiers as Tier[] | null) ?? null,
    perCallPrice: str(row.perCallPrice),
    afterHoursRatePerMinute: str(row.afterHoursRatePerMinute),
    nightRatePerMinute: str(row.nightRatePerMinute),
    holidayRatePerMinute: str(row.holidayRatePerMinute),
    automatedRatePerMinute: str(row.automatedRatePerMinute),
  };
}
