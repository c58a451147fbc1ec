import { describe, expect, it } from "vitest";
import { onCallMaybeSettled } from "@/server/calls/settled";
import { db } from "@/server/db";
import { checkUsageAlerts } from "@/server/billing/alerts";
import { invoiceCalls, invoiceCallsCsv } from "@/server/billing/invoice-calls";
import { periodUsage } from "@/server/billing/period";
import type { PlanFormValues } from "@/server/billing/plan.schema";
import { createPlanVersion, listPlans, planInForce } from "@/server/billing/plans";
import { rateDueCalls } from "@/server/billing/usage";
import { makeCallRow, makeClientRow, makeHotlineRow, type HotlineRow } from "../support/calls";
import { makeTenant } from "../support/tenants";

/** Aurora Dental's plan from the brief: 50,000 RUB/month, 300 min included, 25 RUB/min beyond, 6 s, talk + wrap-up, under 5 s free. */
const aurora = (v: Partial<PlanFormValues> = {}): PlanFormValues => ({
  effectiveFrom: "2020-01-01", monthlyFeeMinor: "5000000", setupFeeMinor: "0", includedMinutes: 300, chargeMode: "PER_MINUTE",
  ratePerMinute: "2500", tiers: [], perCallPrice: null, incrementSeconds: 6, minimumSeconds: 0, billableTime: "TALK_WRAP_UP",
  freeUnderSeconds: 5, afterHoursRatePerMinute: null, nightRatePerMinute: null, nightFromHour: 22, nightToHour: 8, holidayRatePerMinute: null,
  automatedRatePerMinute: null, ...v,
});

async function world(plan: Partial<PlanFormValues> | null = {}) {
  const t = await makeTenant("rating");
  const client = await makeClientRow(t.agency.id, { timezone: "Europe/Moscow" });
  const line = await makeHotlineRow(t.agency.id, client.id);
  if (plan) await createPlanVersion(db, { agencyId: t.agency.id, clientId: client.id, userId: t.users.ADMIN.id, input: aurora(plan) });
  return { t, client, line };
}

/** An answered call the desk submitted: `talk` seconds of talk then `wrap` of wrap-up, ended a minute ago. */
async function answeredCall(line: HotlineRow, talk: number, wrap: number, v: { outcome?: string | null } = {}) {
  const start = new Date(Date.now() - (talk + wrap + 90) * 1000);
  const at = (s: number) => new Date(start.getTime() + s * 1000);
  return makeCallRow(line, {
    startedAt: start, queuedAt: start, connectedAt: at(10), wrapUpAt: at(10 + talk), endedAt: at(10 + talk), talkSeconds: talk, waitSeconds: 10,
    durationSeconds: 10 + talk, outcome: v.outcome === undefined ? "ORDER" : v.outcome,
    events: [{ type: "WRAP_UP", at: at(10 + talk + wrap), dedupeKey: "wrap-up:submitted", data: { submitted: true } }],
  });
}

const records = (callId: string) => db.usageRecord.findMany({ where: { callId }, orderBy: { createdAt: "asc" } });
const settle = (callId: string) => db.$transaction((tx) => onCallMaybeSettled(tx, callId));

describe("rating settled calls into usage records", () => {
  it("writes exactly one record however often and wherever the completion is processed", async () => {
    const { line } = await world();
    const call = await answeredCall(line, 95, 32);
    await settle(call.id);
    await settle(call.id);
    await Promise.all([...Array.from({ length: 6 }, () => settle(call.id)), rateDueCalls(db), rateDueCalls(db)]);
    const rows = await records(call.id);
    expect(rows).toHaveLength(1);
    // 95 s talk + 32 s wrap-up = 127 s → 132 s in 6 s steps → 132 × 2500 ÷ 60 = 5500 kopecks (55 RUB).
    expect(rows[0]).toMatchObject({ kind: "CALL", component: "STANDARD", rawSeconds: 127, billableSeconds: 132, billableCalls: 0, currency: "RUB", planVersion: 1, meterStatus: "NONE" });
    expect(rows[0]!.amountMinor.toFixed(6)).toBe("5500.000000");
  });

  it("rates a voicemail by its whole duration once the carrier's end is in, not when the recording arrives first", async () => {
    const { line } = await world();
    const start = new Date(Date.now() - 120_000);
    // The recording callback made the call VOICEMAIL; the carrier's "completed" (duration, end) has not come yet.
    const call = await makeCallRow(line, { startedAt: start, route: "AFTER_HOURS", status: "VOICEMAIL", voicemailUrl: "https://example.test/vm.wav", voicemailSeconds: 30 });
    await settle(call.id);
    expect(await records(call.id)).toHaveLength(0);
    await db.call.update({ where: { id: call.id }, data: { endedAt: new Date(start.getTime() + 47_000), durationSeconds: 47 } });
    await settle(call.id);
    // 47 s of machine time (greeting + voicemail) → 48 s in 6 s steps, billed like standard minutes (no automated rate).
    expect(await records(call.id)).toMatchObject([{ kind: "CALL", rawSeconds: 47, billableSeconds: 48 }]);
  });

  it("waits for the call to settle, and rates nothing without a plan", async () => {
    const { line } = await world();
    const open = await answeredCall(line, 60, 10, { outcome: null });
    await settle(open.id);
    expect(await records(open.id)).toHaveLength(0);
    await db.call.update({ where: { id: open.id }, data: { outcome: "ORDER" } });
    await settle(open.id);
    expect(await records(open.id)).toHaveLength(1);

    const bare = await world(null);
    const unplanned = await answeredCall(bare.line, 60, 10);
    await settle(unplanned.id);
    expect(await rateDueCalls(db)).toBe(0);
    expect(await records(unplanned.id)).toHaveLength(0);
  });

  it("queues a meter event only when Stripe is connected and there is time to bill", async () => {
    const { t, line } = await world();
    await db.billingAccount.create({ data: { agencyId: t.agency.id, connection: "CONNECT", stripeAccountId: "acct_test", chargesEnabled: true, currencies: ["rub"] } });
    const billed = await answeredCall(line, 40, 0);
    const free = await answeredCall(line, 3, 1);
    await settle(billed.id);
    await settle(free.id);
    expect((await records(billed.id))[0]).toMatchObject({ meterStatus: "PENDING", billableSeconds: 42 });
    expect((await records(free.id))[0]).toMatchObject({ meterStatus: "NONE", billableSeconds: 0, rawSeconds: 4 });
  });

  it("the sweep rates settled calls no hook rated", async () => {
    const { line } = await world();
    const calls = await Promise.all([answeredCall(line, 61, 0), answeredCall(line, 30, 5), answeredCall(line, 120, 0)]);
    expect(await rateDueCalls(db)).toBe(3);
    expect(await rateDueCalls(db)).toBe(0);
    const amounts = await Promise.all(calls.map(async (c) => (await records(c.id))[0]!.amountMinor.toFixed(0)));
    expect(amounts).toEqual(["2750", "1500", "5000"]);
  });
});

describe("plan corrections re-rate the open period through adjustments", () => {
  it("adds the difference as ADJUSTMENT records and never edits the original", async () => {
    const { t, client, line } = await world({ incrementSeconds: 60 });
    const call = await answeredCall(line, 95, 32);
    await settle(call.id);
    const [original] = await records(call.id);
    expect(original).toMatchObject({ billableSeconds: 180 });
    expect(original!.amountMinor.toFixed(0)).toBe("7500");

    const today = new Date().toISOString().slice(0, 10);
    await createPlanVersion(db, { agencyId: t.agency.id, clientId: client.id, userId: t.users.ADMIN.id, input: aurora({ incrementSeconds: 6, effectiveFrom: "2020-01-02" }) });
    let rows = await records(call.id);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(original);
    expect(rows[1]).toMatchObject({ kind: "ADJUSTMENT", adjustsId: original!.id, planVersion: 2, component: "STANDARD", billableSeconds: -48 });
    expect(rows[1]!.amountMinor.toFixed(0)).toBe("-2000");

    // A night rate from today: the call moves out of STANDARD only if it started at night; a second correction
    // that changes nothing for this call adds nothing.
    await createPlanVersion(db, { agencyId: t.agency.id, clientId: client.id, userId: t.users.ADMIN.id, input: aurora({ incrementSeconds: 6, effectiveFrom: today, nightFromHour: 0, nightToHour: 0, nightRatePerMinute: "9999" }) });
    rows = await records(call.id);
    expect(rows).toHaveLength(2);
    expect((await listPlans(db, { agencyId: t.agency.id, clientId: client.id })).map((p) => p.version)).toEqual([3, 2, 1]);
    expect((await planInForce(db, client.id, new Date()))?.version).toBe(3);
    const audits = await db.auditLog.count({ where: { agencyId: t.agency.id, action: "billing.plan.create" } });
    expect(audits).toBe(3);
    const syncs = await db.outboxEvent.count({ where: { agencyId: t.agency.id, kind: "billing.sync-client" } });
    expect(syncs).toBe(3);
  });

  it("refuses a currency the connected Stripe account cannot charge, and changes nothing", async () => {
    const { t, client } = await world(null);
    await db.billingAccount.create({ data: { agencyId: t.agency.id, connection: "CONNECT", stripeAccountId: "acct_x", currencies: ["usd", "eur"] } });
    await expect(createPlanVersion(db, { agencyId: t.agency.id, clientId: client.id, userId: t.users.ADMIN.id, input: aurora() })).rejects.toMatchObject({ key: "billing.currencyUnsupported" });
    expect(await db.pricePlan.count({ where: { clientId: client.id } })).toBe(0);
    await expect(createPlanVersion(db, { agencyId: t.agency.id, clientId: client.id, userId: null, input: aurora({ incrementSeconds: 7 }) })).rejects.toThrow("billing.validation.increment");
  });

  it("keeps another agency's client out", async () => {
    const { client } = await world(null);
    const other = await makeTenant("other");
    await expect(createPlanVersion(db, { agencyId: other.agency.id, clientId: client.id, userId: null, input: aurora() })).rejects.toMatchObject({ key: "billing.clientNotFound" });
  });
});

describe("period usage", () => {
  it("sums the period per component and prices it like the invoice: fee + minutes beyond the included", async () => {
    const { t, client, line } = await world({ includedMinutes: 1 });
    for (const [talk, wrap] of [[95, 32], [40, 0], [3, 1]] as const) await settle((await answeredCall(line, talk, wrap)).id);
    const usage = await periodUsage(db, { agencyId: t.agency.id, clientId: client.id });
    // 132 + 42 + 0 = 174 s STANDARD; 60 s included → 114 s × 2500 ÷ 60 = 4750.
    expect(usage.byComponent).toEqual([{ component: "STANDARD", seconds: 174, calls: 0, amountMinor: "7250" }]);
    expect(usage).toMatchObject({ currency: "RUB", includedMinutes: 1, usedMinutes: 2.9, feeMinor: "5000000", usageAmountMinor: "4750", totalMinor: "5004750", percentOfIncluded: 290, carrierCostMinor: null, marginMinor: null });
  });
});

describe("included-minutes alerts", () => {
  it("e-mails the client's admins and the agency's admins at 80% and 100%, once per period each", async () => {
    const { t, client, line } = await world({ includedMinutes: 2 });
    const user = await db.user.create({ data: { email: `admin-${client.id}@aurora.test`, name: "Clinic admin", passwordHash: "x" } });
    await db.clientMember.create({ data: { agencyId: t.agency.id, clientId: client.id, userId: user.id, role: "CLIENT_ADMIN" } });
    const mails = () => db.outboxEvent.findMany({ where: { agencyId: t.agency.id, kind: "email", dedupeKey: { startsWith: "billing.usage-alert:" } }, select: { dedupeKey: true } });

    await settle((await answeredCall(line, 60, 0)).id); // 60 of 120 s: 50%
    expect(await checkUsageAlerts(db, client.id)).toEqual([]);
    await settle((await answeredCall(line, 42, 0)).id); // 102 s: 85%
    expect(await Promise.all([checkUsageAlerts(db, client.id), checkUsageAlerts(db, client.id)]).then((r) => r.flat())).toEqual([80]);
    expect((await mails()).length).toBe(3); // the client admin, the agency's OWNER and ADMIN
    await settle((await answeredCall(line, 30, 0)).id); // 132 s: 110%
    expect(await checkUsageAlerts(db, client.id)).toEqual([100]);
    expect(await checkUsageAlerts(db, client.id)).toEqual([]);
    expect((await mails()).length).toBe(6);
  });
});

describe("the calls behind an invoice", () => {
  it("lists the usage records of the invoice's period, page by page, and as CSV; another tenant's invoice is not found", async () => {
    const { t, client, line } = await world();
    for (const talk of [30, 40, 50]) await settle((await answeredCall(line, talk, 0)).id);
    const from = new Date(Date.now() - 86_400_000);
    const invoice = await db.invoiceRecord.create({ data: { agencyId: t.agency.id, clientId: client.id, stripeInvoiceId: `in_${client.id}`, status: "paid", currency: "rub", periodStart: from, periodEnd: new Date(Date.now() + 60_000) } });
    const scope = { agencyId: t.agency.id, clientId: client.id, invoiceId: invoice.id };
    const first = await invoiceCalls(db, { ...scope, take: 2 });
    expect(first.items.map((i) => i.billableSeconds)).toEqual([30, 42]);
    const second = await invoiceCalls(db, { ...scope, take: 2, cursor: first.nextCursor! });
    expect(second.items.map((i) => [i.billableSeconds, i.amountMinor])).toEqual([[54, "2250"]]);
    expect(second.nextCursor).toBeNull();
    const bytes = new Uint8Array(await new Response(await invoiceCallsCsv(db, { ...scope, timezone: "Europe/Moscow", locale: "ru" })).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs
    const csv = new TextDecoder().decode(bytes);
    expect(csv.trim().split("\r\n")).toHaveLength(4);
    const other = await makeTenant("other");
    await expect(invoiceCalls(db, { agencyId: other.agency.id, clientId: client.id, invoiceId: invoice.id, take: 10 })).rejects.toMatchObject({ key: "billing.invoiceNotFound" });
  });
});
