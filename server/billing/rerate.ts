import type { Tx } from "../db";
import { ratingPlanOf } from "./plan-rating";
import { rateCall, ratingDifference, type Component } from "./rating";
import { loadPlans, loadRatingFacts, loadTermsHours } from "./usage-facts";
import { insertUsageRows, type UsageRow } from "./usage-insert";
import { rateCalls } from "./usage";

const BATCH = 2000;

type Billed = { callId: string; recordId: string; component: Component; billableSeconds: number; billableCalls: number; amountMinor: string };

/**
 * After a plan correction: every call of the open period that started once the new version is in force is
 * rated again, and the difference from what it is billed so far (its CALL record plus earlier adjustments)
 * is written as ADJUSTMENT records pointing at the CALL record — nothing already written changes. Calls of
 * the period not rated yet (a plan back-dated onto a client that had none) are rated now. Returns counts.
 */
export async function rerateOpenPeriod(tx: Tx, args: { clientId: string; effectiveFrom: Date; periodFrom: Date }): Promise<{ adjusted: number; rated: number }> {
  const from = args.effectiveFrom > args.periodFrom ? args.effectiveFrom : args.periodFrom;
  const billed = await tx.$queryRaw<Billed[]>`
    SELECT u."callId", MIN(CASE WHEN u."kind" = 'CALL' THEN u."id" END) AS "recordId", u."component"::text AS "component",
      SUM(u."billableSeconds")::int AS "billableSeconds", SUM(u."billableCalls")::int AS "billableCalls", SUM(u."amountMinor")::text AS "amountMinor"
    FROM "UsageRecord" u JOIN "Call" c ON c."id" = u."callId"
    WHERE u."clientId" = ${args.clientId} AND u."occurredAt" >= ${args.periodFrom} AND c."startedAt" >= ${from}
    GROUP BY u."callId", u."component"`;
  const byCall = new Map<string, Billed[]>();
  for (const b of billed) byCall.set(b.callId, [...(byCall.get(b.callId) ?? []), b]);
  const callIds = [...byCall.keys()];
  let adjusted = 0;
  for (let i = 0; i < callIds.length; i += BATCH) {
    const facts = await loadRatingFacts(tx, callIds.slice(i, i + BATCH), { includeRated: true });
    const plans = await loadPlans(tx, facts.map((f) => f.planId));
    const terms = await loadTermsHours(tx, facts.flatMap((f) => (f.termsId ? [f.termsId] : [])));
    const rows: UsageRow[] = [];
    for (const f of facts) {
      const plan = plans.get(f.planId)!;
      const t = f.termsId ? terms.get(f.termsId) : undefined;
      const after = rateCall(f, ratingPlanOf(plan), { timezone: f.timezone, hours: t?.hours ?? null, holidays: t?.holidays ?? [] });
      const before = byCall.get(f.id)!;
      const callRecordId = before.find((b) => b.recordId)?.recordId ?? null;
      for (const part of ratingDifference(before.map((b) => ({ ...b, amountMinor: b.amountMinor ?? "0" })), after)) {
        const sends = f.connected && (part.billableSeconds !== 0 || part.billableCalls !== 0 || part.amountMinor !== "0");
        rows.push({
          agencyId: f.agencyId, clientId: f.clientId, callId: f.id, kind: "ADJUSTMENT", planId: plan.id, planVersion: plan.version,
          component: part.component, occurredAt: f.occurredAt, rawSeconds: after.rawSeconds, billableSeconds: part.billableSeconds,
          billableCalls: part.billableCalls, amountMinor: part.amountMinor, currency: plan.currency, callerPricePerMinute: null,
          carrierCostMinor: null, adjustsId: callRecordId, meterStatus: sends ? "PENDING" : "NONE",
        });
      }
    }
    adjusted += await insertUsageRows(tx, rows);
  }
  // Calls of the period with no record yet (no plan covered them before this version).
  const unrated = await tx.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "Call" c WHERE c."clientId" = ${args.clientId} AND c."startedAt" >= ${from}
      AND NOT EXISTS (SELECT 1 FROM "UsageRecord" u WHERE u."callId" = c."id" AND u."kind" = 'CALL')`;
  let rated = 0;
  for (let i = 0; i < unrated.length; i += BATCH) rated += await rateCalls(tx, unrated.slice(i, i + BATCH).map((r) => r.id));
  return { adjusted, rated };
}
