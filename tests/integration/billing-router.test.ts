import { ZodError } from "zod";
import { describe, expect, it } from "vitest";
import { handleInvoiceCallsCsv } from "@/server/billing/invoice-csv-http";
import { db } from "@/server/db";
import { expectTrpcError, makeTenant } from "../support/tenants";
import { validPlanInput } from "./cross-tenant/billing.cases";
import { makeClient } from "./cross-tenant/world";

/**
 * The billing procedures as the pages use them, on the real database (Stripe not connected: nothing is sent,
 * the plan and the pages still work). What a person would notice: the plan they saved, the refusals, the
 * policy, the clients table, the failed usage list and its Retry, invoices and what the client may see.
 */
async function setup(label: string) {
  const t = await makeTenant(label);
  const client = await makeClient(t.agency.id, `${label}-client`);
  const s = { agencySlug: t.agency.slug, clientSlug: client.slug };
  return { t, client, s };
}

describe("billing router", () => {
  it("an admin saves a plan; the agency tab, the clients table and the client's portal show it", async () => {
    const { t, client, s } = await setup("bill-plan");
    const saved = await t.as("ADMIN").billing.client.savePlan({ ...s, ...validPlanInput() });
    expect(saved).toMatchObject({ version: 1, monthlyFeeMinor: "5000000", includedMinutes: 300, ratePerMinute: "2500", incrementSeconds: 6 });

    const tab = await t.as("SUPERVISOR").billing.client.get(s);
    expect(tab.plans.map((p) => p.version)).toEqual([1]);
    expect(tab.usage.plan?.id).toBe(saved.id);
    expect(tab.usage.feeMinor).toBe("5000000");

    const overview = await t.as("SUPERVISOR").billing.overview({ agencySlug: s.agencySlug });
    const row = overview.clients.find((c) => c.slug === client.slug);
    expect(row).toMatchObject({ hasPlan: true, monthlyFeeMinor: "5000000", includedMinutes: 300, billingStatus: "NONE" });

    const portal = await client.as("CLIENT_VIEWER").billing.portal.get({ clientSlug: client.slug });
    expect(portal.usage.plan?.monthlyFeeMinor).toBe("5000000");
    // The agency's costs and margin never reach the client.
    expect(portal.usage).not.toHaveProperty("marginMinor");
    expect(portal.usage).not.toHaveProperty("carrierCostMinor");
  });

  it("a bad plan is refused with the field's message key and nothing is saved; a supervisor may not change plans", async () => {
    const { t, client, s } = await setup("bill-bad");
    const error = await expectTrpcError(t.as("ADMIN").billing.client.savePlan({ ...s, ...validPlanInput(), monthlyFeeMinor: "-5", incrementSeconds: 7 }), "BAD_REQUEST");
    const issues = (error.cause as ZodError).issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual(expect.arrayContaining([["monthlyFeeMinor", "billing.validation.amount"], ["incrementSeconds", "billing.validation.increment"]]));
    await expectTrpcError(t.as("SUPERVISOR").billing.client.savePlan({ ...s, ...validPlanInput() }), "FORBIDDEN");
    expect(await db.pricePlan.count({ where: { clientId: client.id } })).toBe(0);
  });

  it("the policy is saved by an admin, refused below, and a bad value changes nothing", async () => {
    const { t, s } = await setup("bill-policy");
    const a = { agencySlug: s.agencySlug };
    expect(await t.as("SUPERVISOR").billing.account(a)).toMatchObject({ connection: "NONE", failedPaymentAction: "WARN", clockAvailable: false });
    await t.as("ADMIN").billing.updatePolicy({ ...a, failedPaymentAction: "SUSPEND", suspendAfterDays: 3, prorationBehavior: "none" });
    await expectTrpcError(t.as("ADMIN").billing.updatePolicy({ ...a, failedPaymentAction: "SUSPEND", suspendAfterDays: 0, prorationBehavior: "none" }), "BAD_REQUEST");
    await expectTrpcError(t.as("SUPERVISOR").billing.updatePolicy({ ...a, failedPaymentAction: "WARN", suspendAfterDays: 7, prorationBehavior: "none" }), "FORBIDDEN");
    expect(await t.as("SUPERVISOR").billing.account(a)).toMatchObject({ failedPaymentAction: "SUSPEND", suspendAfterDays: 3, prorationBehavior: "none" });
    // Not connected: no test clock to advance, said plainly.
    await expectTrpcError(t.as("ADMIN").billing.advanceClock(a), "PRECONDITION_FAILED");
  });

  it("a refused meter event is listed with Stripe's reason until an admin retries it", async () => {
    const { t, client, s } = await setup("bill-retry");
    const plan = await t.as("ADMIN").billing.client.savePlan({ ...s, ...validPlanInput() });
    const record = await db.usageRecord.create({
      data: {
        agencyId: t.agency.id, clientId: client.id, callId: `call-${plan.id}`, planId: plan.id, planVersion: 1, component: "STANDARD", occurredAt: new Date(),
        rawSeconds: 61, billableSeconds: 66, amountMinor: "2750", currency: "RUB", meterStatus: "FAILED", meterError: "No such customer: 'cus_gone'", meterAttempts: 3,
      },
    });
    const before = await t.as("SUPERVISOR").billing.overview({ agencySlug: s.agencySlug });
    expect(before.failedMeterEvents.total).toBe(1);
    expect(before.failedMeterEvents.records[0]).toMatchObject({ id: record.id, clientName: expect.any(String), meterError: "No such customer: 'cus_gone'" });
    await expectTrpcError(t.as("SUPERVISOR").billing.retryMeterEvent({ agencySlug: s.agencySlug, usageRecordId: record.id }), "FORBIDDEN");
    await t.as("ADMIN").billing.retryMeterEvent({ agencySlug: s.agencySlug, usageRecordId: record.id });
    const after = await t.as("SUPERVISOR").billing.overview({ agencySlug: s.agencySlug });
    expect(after.failedMeterEvents.total).toBe(0);
    expect((await db.usageRecord.findUniqueOrThrow({ where: { id: record.id } })).meterStatus).toBe("PENDING");
  });

  it("invoices: the agency sees drafts and each invoice; the client sees issued ones; a sibling client's invoice is not found", async () => {
    const { t, client, s } = await setup("bill-inv");
    const sibling = await makeClient(t.agency.id, "bill-inv-sibling");
    const mk = (clientId: string, status: string, start: string) =>
      db.invoiceRecord.create({
        data: { agencyId: t.agency.id, clientId, stripeInvoiceId: `in_${status}_${clientId}_${start}`, status, currency: "rub", totalMinor: 5250000n, periodStart: new Date(start), periodEnd: new Date(Date.parse(start) + 30 * 86400_000) },
      });
    const paid = await mk(client.id, "paid", "2026-09-01T00:00:00Z");
    await mk(client.id, "draft", "2026-10-01T00:00:00Z");
    const other = await mk(sibling.id, "paid", "2026-09-01T00:00:00Z");

    const list = await t.as("SUPERVISOR").billing.client.invoices(s);
    expect(list.map((i) => i.status)).toEqual(["draft", "paid"]);
    expect(list[1]!.totalMinor).toBe("5250000");
    const one = await t.as("SUPERVISOR").billing.client.invoice({ ...s, invoiceId: paid.id });
    expect(one.invoice.id).toBe(paid.id);
    await expectTrpcError(t.as("SUPERVISOR").billing.client.invoice({ ...s, invoiceId: other.id }), "NOT_FOUND");

    const portal = await client.as("CLIENT_VIEWER").billing.portal.get({ clientSlug: client.slug });
    expect(portal.invoices.map((i) => i.status)).toEqual(["paid"]);
  });

  it("the past-due banner lists clients whose payment failed", async () => {
    const { t, client, s } = await setup("bill-due");
    const since = new Date("2026-11-02T10:00:00Z");
    await db.clientBilling.create({ data: { clientId: client.id, agencyId: t.agency.id, status: "PAST_DUE", pastDueSince: since } });
    expect(await t.as("SUPERVISOR").billing.pastDue({ agencySlug: s.agencySlug })).toEqual([{ slug: client.slug, name: expect.any(String), status: "PAST_DUE", pastDueSince: since }]);
    await expectTrpcError(t.as("OPERATOR").billing.pastDue({ agencySlug: s.agencySlug }), "FORBIDDEN");
  });

  it("an invoice's calls download as CSV for supervisors of this agency only", async () => {
    const { t, client, s } = await setup("bill-csv");
    const plan = await t.as("ADMIN").billing.client.savePlan({ ...s, ...validPlanInput() });
    const invoice = await db.invoiceRecord.create({
      data: { agencyId: t.agency.id, clientId: client.id, stripeInvoiceId: `in_csv_${client.id}`, number: "BL-0001", status: "paid", currency: "rub", totalMinor: 5000000n, periodStart: new Date("2026-09-01T00:00:00Z"), periodEnd: new Date("2026-10-01T00:00:00Z") },
    });
    await db.usageRecord.create({
      data: { agencyId: t.agency.id, clientId: client.id, callId: `csv-${invoice.id}`, planId: plan.id, planVersion: 1, component: "STANDARD", occurredAt: new Date("2026-09-10T09:00:00Z"), rawSeconds: 61, billableSeconds: 66, amountMinor: "2750", currency: "RUB", meterStatus: "SENT" },
    });
    const p = { agency: t.agency.slug, client: client.slug, invoice: invoice.id };
    const ok = await handleInvoiceCallsCsv(db, t.users.SUPERVISOR.id, p);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-disposition")).toContain("BL-0001");
    const text = await ok.text();
    expect(text.split("\n").filter(Boolean)).toHaveLength(2); // header + the one call
    expect(text).toContain("2750");
    expect((await handleInvoiceCallsCsv(db, null, p)).status).toBe(401);
    expect((await handleInvoiceCallsCsv(db, t.users.OPERATOR.id, p)).status).toBe(403);
    const stranger = await makeTenant("bill-csv-other");
    expect((await handleInvoiceCallsCsv(db, stranger.users.OWNER.id, p)).status).toBe(404);
    expect((await handleInvoiceCallsCsv(db, t.users.SUPERVISOR.id, { ...p, invoice: "in_missing" })).status).toBe(404);
  });
});
