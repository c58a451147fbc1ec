import type { Db, Tx } from "../db";
import type { PricePlan } from "../generated/prisma/client";
import { AppError } from "../lib/app-error";
import { decimalText, tiersOf } from "./plan-rating";
import { planInForce } from "./plans";
import { AMOUNT_SCALE, amountForSeconds, billingPeriod, divRound, formatFixed, parseFixed, RATE_SCALE, rescale, secondTiers, tieredAmount, type Component } from "./rating";

type ComponentUsage = { component: Component; seconds: number; calls: number; amountMinor: string };

/** The rate a component's meter is priced at on the subscription (a band without its own rate: the standard rate). */
function componentRate(plan: PricePlan, component: Component): string {
  const standard = decimalText(plan.ratePerMinute)!;
  const band = { AFTER_HOURS: plan.afterHoursRatePerMinute, NIGHT: plan.nightRatePerMinute, HOLIDAY: plan.holidayRatePerMinute, AUTOMATED: plan.automatedRatePerMinute } as const;
  return component in band ? (decimalText(band[component as keyof typeof band]) ?? standard) : standard;
}

/**
 * What the period so far comes to, priced the way Stripe prices it (so the page and the invoice agree): the
 * period's seconds summed per component, STANDARD through the included minutes and tiers, the other bands at
 * their rate, per-call plans per call; each line rounded to whole minor units once (as an invoice line is).
 */
export function periodAmount(plan: PricePlan, usage: readonly ComponentUsage[]): bigint {
  let total = 0n;
  for (const u of usage) {
    let exact: bigint;
    if (u.component === "PER_CALL") exact = rescale(parseFixed(decimalText(plan.perCallPrice) ?? "0", RATE_SCALE) * BigInt(u.calls), RATE_SCALE, AMOUNT_SCALE);
    else if (u.component === "STANDARD") exact = tieredAmount(Math.max(0, u.seconds), secondTiers({ includedMinutes: plan.includedMinutes, ratePerMinute: decimalText(plan.ratePerMinute)!, tiers: tiersOf(plan.tiers) }));
    else exact = amountForSeconds(u.seconds, parseFixed(componentRate(plan, u.component), RATE_SCALE));
    total += divRound(exact, 10n ** BigInt(AMOUNT_SCALE));
  }
  return total;
}

/** CONTRACT: the client's billing period so far (agency pages, the portal's meter, the alerts). */
export async function periodUsage(db: Db | Tx, args: { agencyId: string; clientId: string; now?: Date }) {
  const now = args.now ?? new Date();
  const client = await db.client.findFirst({ where: { id: args.clientId, agencyId: args.agencyId }, select: { id: true, timezone: true, currency: true } });
  if (!client) throw new AppError("NOT_FOUND", "billing.clientNotFound");
  const billing = await db.clientBilling.findUnique({ where: { clientId: client.id }, select: { periodStart: true, periodEnd: true } });
  const period = billingPeriod(now, client.timezone, billing);
  const plan = await planInForce(db, client.id, now);
  const rows = await db.$queryRaw<{ component: Component; seconds: number; calls: number; amount: string; carrier: string | null }[]>`
    SELECT "component"::text AS "component", SUM("billableSeconds")::int AS "seconds", SUM("billableCalls")::int AS "calls",
      SUM("amountMinor")::text AS "amount", SUM("carrierCostMinor")::text AS "carrier"
    FROM "UsageRecord" WHERE "clientId" = ${client.id} AND "agencyId" = ${args.agencyId}
      AND "occurredAt" >= ${period.from} AND "occurredAt" < ${period.to}
    GROUP BY "component" ORDER BY "component"`;
  const byComponent: ComponentUsage[] = rows.map((r) => ({ component: r.component, seconds: r.seconds, calls: r.calls, amountMinor: formatFixed(parseFixed(r.amount, AMOUNT_SCALE), AMOUNT_SCALE) }));
  const standardSeconds = byComponent.find((c) => c.component === "STANDARD")?.seconds ?? 0;
  const includedMinutes = plan?.includedMinutes ?? 0;
  const fee = plan?.monthlyFeeMinor ?? 0n;
  const usage = plan ? periodAmount(plan, byComponent) : 0n;
  const total = fee + usage;
  const carrierRows = rows.filter((r) => r.carrier !== null);
  const carrier = carrierRows.length > 0 ? carrierRows.reduce((sum, r) => sum + parseFixed(r.carrier!, AMOUNT_SCALE), 0n) : null;
  const carrierMinor = carrier === null ? null : divRound(carrier, 10n ** BigInt(AMOUNT_SCALE));
  return {
    currency: plan?.currency ?? client.currency,
    period,
    plan,
    includedMinutes,
    // Display figures (not money): minutes with one decimal, percent of the included minutes.
    usedMinutes: Math.round(standardSeconds / 6) / 10,
    byComponent,
    feeMinor: fee.toString(),
    usageAmountMinor: usage.toString(),
    totalMinor: total.toString(),
    carrierCostMinor: carrierMinor === null ? null : carrierMinor.toString(),
    marginMinor: carrierMinor === null ? null : (total - carrierMinor).toString(),
    percentOfIncluded: includedMinutes > 0 ? Math.round((standardSeconds * 1000) / (includedMinutes * 60)) / 10 : null,
  };
}
export type PeriodUsage = Awaited<ReturnType<typeof periodUsage>>;
