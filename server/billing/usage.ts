import type { Db, Tx } from "../db";
import { DUE } from "../reports/rollup-sql";
import { ratingPlanOf } from "./plan-rating";
import { AMOUNT_SCALE, amountForSeconds, formatFixed, parseFixed, RATE_SCALE, rateCall, wholeCallSeconds } from "./rating";
import { loadPlans, loadRatingFacts, loadTermsHours, type RatingFacts } from "./usage-facts";
import { insertUsageRows, type UsageRow } from "./usage-insert";
import type { PricePlan } from "../generated/prisma/client";
import type { TermsHours } from "./usage-facts";

/**
 * Rating settled calls into UsageRecords (kind CALL), exactly once per call: the facts are read, the pure
 * rating prices them, and one INSERT … ON CONFLICT DO NOTHING against the partial unique index writes them.
 * A second completion, a racing sweep or another instance inserts nothing (it waits for the first
 * transaction's index entry, then finds the conflict). A record goes to Stripe (meterStatus PENDING) only when
 * the agency's Stripe account is connected and there is something to bill; otherwise NONE.
 */
export function usageRowFor(call: RatingFacts, plan: PricePlan, terms: TermsHours | undefined): UsageRow {
  const rated = rateCall(call, ratingPlanOf(plan), { timezone: call.timezone, hours: terms?.hours ?? null, holidays: terms?.holidays ?? [] });
  const billable = rated.billableSeconds > 0 || rated.billableCalls > 0;
  // Margin: the carrier's per-minute price over the whole call, exact (what the carrier rounds is its business).
  const carrierCost = call.carrierRatePerMinute === null ? null
    : formatFixed(amountForSeconds(wholeCallSeconds(call), parseFixed(call.carrierRatePerMinute, RATE_SCALE)), AMOUNT_SCALE);
  return {
    agencyId: call.agencyId, clientId: call.clientId, callId: call.id, kind: "CALL", planId: plan.id, planVersion: plan.version,
    component: rated.component, occurredAt: call.occurredAt, rawSeconds: rated.rawSeconds, billableSeconds: rated.billableSeconds,
    billableCalls: rated.billableCalls, amountMinor: rated.amountMinor, currency: plan.currency,
    callerPricePerMinute: call.callerPricePerMinute, carrierCostMinor: carrierCost, adjustsId: null,
    meterStatus: call.connected && billable ? "PENDING" : "NONE",
  };
}

const needsHours = (p: PricePlan) => p.afterHoursRatePerMinute !== null || p.holidayRatePerMinute !== null;

/** Rates the settled, unrated calls among `ids` in the caller's transaction. Returns how many records it wrote. */
export async function rateCalls(tx: Tx, ids: readonly string[]): Promise<number> {
  const facts = await loadRatingFacts(tx, ids);
  if (facts.length === 0) return 0;
  const plans = await loadPlans(tx, facts.map((f) => f.planId));
  const termsIds = facts.filter((f) => f.termsId && needsHours(plans.get(f.planId)!)).map((f) => f.termsId!);
  const terms = await loadTermsHours(tx, termsIds);
  const rows = facts.map((f) => usageRowFor(f, plans.get(f.planId)!, f.termsId ? terms.get(f.termsId) : undefined));
  return insertUsageRows(tx, rows);
}

/**
 * CONTRACT: rates a settled call into exactly one UsageRecord (kind CALL) under the client's plan version in
 * force at the call's start, and marks it for the meter-event sender, in the caller's transaction. No plan →
 * nothing. Not settled → nothing (the sweep retries). Returns whether it created the record.
 */
export async function rateSettledCall(tx: Tx, callId: string): Promise<boolean> {
  return (await rateCalls(tx, [callId])) > 0;
}

/** Calls older than this are not looked at every minute (a plan back-dated further re-rates through plans.ts). */
const SWEEP_LOOKBACK_DAYS = 3;

/** CONTRACT: the every-minute sweep for settled calls no hook rated. Returns how many it rated. */
export async function rateDueCalls(db: Db, limit = 2000): Promise<number> {
  return db.$transaction(async (tx) => {
    // Only clients with a plan can have calls to rate; the anti-join uses the partial unique index.
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT c."id" FROM "Call" c
      WHERE c."clientId" IN (SELECT DISTINCT "clientId" FROM "PricePlan")
        AND c."startedAt" > now() - make_interval(days => ${SWEEP_LOOKBACK_DAYS}) AND ${DUE}
        AND NOT EXISTS (SELECT 1 FROM "UsageRecord" u WHERE u."callId" = c."id" AND u."kind" = 'CALL')
        AND EXISTS (SELECT 1 FROM "PricePlan" p WHERE p."clientId" = c."clientId" AND p."effectiveFrom" <= c."startedAt")
      ORDER BY c."startedAt" LIMIT ${limit}`;
    return rateCalls(tx, rows.map((r) => r.id));
  }, { timeout: 120_000 });
}
