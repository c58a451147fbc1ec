import { db } from "@/server/db";
import type { PlanFormValues } from "@/server/billing/plan.schema";
import type { DomainCases } from "./world";

/** A plan any ADMIN could save for their own client: the attacker's attempt must still be refused. */
export const validPlanInput = (): PlanFormValues => ({
  effectiveFrom: "2026-01-01",
  monthlyFeeMinor: "5000000",
  setupFeeMinor: "0",
  includedMinutes: 300,
  chargeMode: "PER_MINUTE",
  ratePerMinute: "2500",
  tiers: [],
  perCallPrice: null,
  incrementSeconds: 6,
  minimumSeconds: 0,
  billableTime: "TALK_WRAP_UP",
  freeUnderSeconds: 5,
  afterHoursRatePerMinute: null,
  nightRatePerMinute: null,
  nightFromHour: 22,
  nightToHour: 8,
  holidayRatePerMinute: null,
  automatedRatePerMinute: null,
});

/**
 * Billing: agency procedures (SUPERVISOR+ read, ADMIN+ change), the client tab (client looked up inside the
 * agency), ids of the victim's usage records and invoices named with the attacker's own slug, and the portal.
 * Victim rows are made straight in the database.
 */
export const cases: DomainCases = async ({ victim, victimClient }) => {
  const agencyId = victim.agency.id;
  const plan = await db.pricePlan.create({
    data: { agencyId, clientId: victimClient.id, version: 1, effectiveFrom: new Date("2026-01-01T00:00:00Z"), currency: "RUB", monthlyFeeMinor: 5000000n, includedMinutes: 300, ratePerMinute: "2500" },
  });
  const record = await db.usageRecord.create({
    data: {
      agencyId, clientId: victimClient.id, callId: `victim-call-${Date.now()}`, planId: plan.id, planVersion: 1, component: "STANDARD", occurredAt: new Date(),
      rawSeconds: 60, billableSeconds: 60, amountMinor: "2500", currency: "RUB", meterStatus: "FAILED", meterError: "No such customer", meterAttempts: 1,
    },
  });
  const invoice = await db.invoiceRecord.create({
    data: { agencyId, clientId: victimClient.id, stripeInvoiceId: `in_victim_${Date.now()}`, status: "paid", currency: "rub", totalMinor: 5000000n, periodStart: new Date("2026-01-01T00:00:00Z"), periodEnd: new Date("2026-02-01T00:00:00Z") },
  });
  return {
    "billing.account": { kind: "agency", call: (c, s) => c.billing.account({ agencySlug: s.agencySlug }) },
    "billing.overview": { kind: "agency", call: (c, s) => c.billing.overview({ agencySlug: s.agencySlug }) },
    "billing.pastDue": { kind: "agency", call: (c, s) => c.billing.pastDue({ agencySlug: s.agencySlug }) },
    "billing.startConnect": { kind: "agency", call: (c, s) => c.billing.startConnect({ agencySlug: s.agencySlug }) },
    "billing.finishConnect": { kind: "agency", call: (c, s) => c.billing.finishConnect({ agencySlug: s.agencySlug }) },
    "billing.connectWithKey": { kind: "agency", call: (c, s) => c.billing.connectWithKey({ agencySlug: s.agencySlug, key: "rk_test_intruder123" }) },
    "billing.disconnect": { kind: "agency", call: (c, s) => c.billing.disconnect({ agencySlug: s.agencySlug }) },
    "billing.updatePolicy": { kind: "agency", call: (c, s) => c.billing.updatePolicy({ agencySlug: s.agencySlug, failedPaymentAction: "SUSPEND", suspendAfterDays: 1, prorationBehavior: "none" }) },
    "billing.advanceClock": { kind: "agency", call: (c, s) => c.billing.advanceClock({ agencySlug: s.agencySlug }) },
    // With its own slug the attacker names the victim's usage record: NOT_FOUND (FORBIDDEN below ADMIN).
    "billing.retryMeterEvent": { kind: "agency", withOwnSlug: true, call: (c, s) => c.billing.retryMeterEvent({ agencySlug: s.agencySlug, usageRecordId: record.id }) },
    "billing.client.get": { kind: "agency", withOwnSlug: true, call: (c, s) => c.billing.client.get(s) },
    "billing.client.preview": { kind: "agency", withOwnSlug: true, call: (c, s) => c.billing.client.preview(s) },
    "billing.client.invoices": { kind: "agency", withOwnSlug: true, call: (c, s) => c.billing.client.invoices(s) },
    "billing.client.invoice": { kind: "agency", withOwnSlug: true, call: (c, s) => c.billing.client.invoice({ ...s, invoiceId: invoice.id }) },
    "billing.client.savePlan": { kind: "agency", withOwnSlug: true, call: (c, s) => c.billing.client.savePlan({ ...s, ...validPlanInput() }) },
    "billing.portal.get": { kind: "portal", call: (c, s) => c.billing.portal.get(s) },
  };
};
