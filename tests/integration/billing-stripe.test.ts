import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startMailSink, type MailSink } from "../../scripts/lib/mail-sink";
import { POST } from "@/app/api/stripe/webhook/route";
import { db } from "@/server/db";
import { signatureHeader } from "@/server/billing/fake-stripe";
import { updatePolicy } from "@/server/billing/stripe/account";
import { stripeClient } from "@/server/billing/stripe/client";
import { advanceBillingClock } from "@/server/billing/stripe/clock";
import { suspendOverdueClients } from "@/server/billing/stripe/dunning";
import { drainMeterEvents } from "@/server/billing/stripe/meter-schedule";
import { retryUsageRecord, sendPendingMeterEvents } from "@/server/billing/stripe/meter-sender";
import { upcomingInvoice } from "@/server/billing/stripe/preview";
import { handleStripeWebhook } from "@/server/billing/stripe/webhooks";
import { deliverDueOutbox } from "@/server/jobs/outbox";
import { onCallMaybeSettled } from "@/server/calls/settled";
import { rateDueCalls } from "@/server/billing/usage";
import { billedClient, billingTenant as makeTenant, startStripeWorld, usageRows, WEBHOOK_SECRET } from "../support/billing-stripe";

let world: Awaited<ReturnType<typeof startStripeWorld>>;
let sink: MailSink;

beforeAll(async () => {
  world = await startStripeWorld();
  sink = await startMailSink({ smtpPort: await freePort(0), webPort: await freePort(0) });
  process.env.SMTP_URL = sink.smtpUrl;
});
afterAll(async () => {
  await world.stop();
  await sink.stop();
});

/** Sends until every record is out, letting each backoff pass at once (what time would do). */
async function sendAll(senders = 1) {
  for (let round = 0; round < 60; round++) {
    await Promise.all(Array.from({ length: senders }, () => sendPendingMeterEvents(db, { limit: 200, concurrency: 8 })));
    const left = await db.usageRecord.updateMany({ where: { meterStatus: "PENDING" }, data: { sentAt: null } });
    if (left.count === 0) return round;
  }
  throw new Error("meter events still pending after 60 rounds");
}

const post = (payload: string, signature = signatureHeader(payload, WEBHOOK_SECRET)) => handleStripeWebhook(db, payload, signature);

describe("Stripe sync (outbox → fake Stripe)", { timeout: 60_000 }, () => {
  it("gives an active client with a plan one customer, the plan's prices and one subscription, however often it syncs", async () => {
    const t = await makeTenant("sync");
    const c = await billedClient(t);
    const billing = await db.clientBilling.findUniqueOrThrow({ where: { clientId: c.client.id } });
    expect(billing).toMatchObject({ status: "ACTIVE", syncedPlanId: c.plan.id, lastError: null });
    expect(billing.stripeCustomerId).toMatch(/^cus_/);
    expect(billing.stripeSubscriptionId).toMatch(/^sub_/);
    expect(billing.periodEnd!.getTime()).toBeGreaterThan(Date.now());

    const { enqueueClientSync } = await import("@/server/billing/stripe/sync");
    await db.$transaction((tx) => enqueueClientSync(tx, { agencyId: t.agency.id, clientId: c.client.id, reason: "again" }));
    while ((await deliverDueOutbox(db)) > 0);
    expect(await db.clientBilling.findUniqueOrThrow({ where: { clientId: c.client.id } })).toMatchObject({ stripeSubscriptionId: billing.stripeSubscriptionId, stripeCustomerId: billing.stripeCustomerId });

    const account = await db.billingAccount.findUniqueOrThrow({ where: { agencyId: t.agency.id } });
    const stripe = stripeClient();
    const sub = await stripe.subscriptions.retrieve(billing.stripeSubscriptionId!, { expand: ["items.data.price.tiers"] }, { stripeAccount: account.stripeAccountId! });
    const standard = sub.items.data.map((i) => i.price).find((p) => p.recurring?.meter === (account.meters as Record<string, string>).STANDARD)!;
    // 300 included minutes free, then 25 RUB/min = 2500 kopecks per minute, charged per second.
    expect(standard.tiers_mode).toBe("graduated");
    expect(standard.tiers!.map((tier) => [tier.up_to, String(tier.unit_amount_decimal)])).toEqual([[18000, "0"], [null, "41.666666666667"]]);
    expect(sub.items.data.some((i) => i.price.unit_amount === 5_000_000)).toBe(true);
  });
});

describe("meter events", { timeout: 60_000 }, () => {
  it("arrive exactly once per usage record while Stripe fails 30% of requests, with two senders and a lost answer", async () => {
    const t = await makeTenant("meter");
    const c = await billedClient(t);
    const seconds = Array.from({ length: 300 }, (_, i) => 6 * (1 + (i % 40)));
    await usageRows(t, c, seconds);
    world.fake.control.setFailureRate(0.3);
    try {
      await sendAll(2);
    } finally {
      world.fake.control.setFailureRate(0);
    }
    expect(await db.usageRecord.count({ where: { clientId: c.client.id, meterStatus: "SENT" } })).toBe(300);

    // Stripe took some events but our "sent" was lost (a crash before the update): sent again, counted once.
    const lost = await db.usageRecord.findMany({ where: { clientId: c.client.id }, take: 20, select: { id: true } });
    await db.usageRecord.updateMany({ where: { id: { in: lost.map((r) => r.id) } }, data: { meterStatus: "PENDING", sentAt: null } });
    expect(await sendPendingMeterEvents(db)).toEqual({ sent: 20, failed: 0, retried: 0 });

    const events = world.fake.control.meterEvents(c.account.stripeAccountId);
    expect(events.distinct).toBe(300);
    expect(events.value.switchboard_seconds_standard).toBe(String(seconds.reduce((a, b) => a + b, 0)));
  }, 60_000);

  it("a call completed many times at once is rated once and reaches Stripe as one meter event", async () => {
    const t = await makeTenant("dupes");
    const c = await billedClient(t);
    const start = new Date(Date.now() - 240_000);
    const at = (s: number) => new Date(start.getTime() + s * 1000);
    const call = await db.call.create({
      data: {
        agencyId: t.agency.id, clientId: c.client.id, hotlineId: c.hotline.id, provider: "EMULATOR", providerCallId: `CA${c.client.id}`, fromNumber: "+79161234567",
        toNumber: "+74955550101", language: "ru", status: "COMPLETED", route: "QUEUE", startedAt: start, queuedAt: start, connectedAt: at(10), wrapUpAt: at(105),
        endedAt: at(105), talkSeconds: 95, waitSeconds: 10, durationSeconds: 105, outcome: "ORDER",
      },
    });
    await db.callEvent.create({ data: { agencyId: t.agency.id, callId: call.id, type: "WRAP_UP", occurredAt: at(137), dedupeKey: "wrap-up:submitted", data: { submitted: true } } });
    const settle = () => db.$transaction((tx) => onCallMaybeSettled(tx, call.id));
    await Promise.all([...Array.from({ length: 6 }, settle), rateDueCalls(db), rateDueCalls(db)]);
    const [record, ...more] = await db.usageRecord.findMany({ where: { callId: call.id } });
    expect(more).toHaveLength(0);
    expect(record).toMatchObject({ billableSeconds: 132, meterStatus: "PENDING" }); // 95 s talk + 32 s wrap-up, 6 s steps

    await Promise.all([sendPendingMeterEvents(db, { agencyId: t.agency.id }), sendPendingMeterEvents(db, { agencyId: t.agency.id })]);
    expect(world.fake.control.meterEvents(c.account.stripeAccountId)).toMatchObject({ distinct: 1, value: { switchboard_seconds_standard: "132" } });
  });

  it("sends a correction as the change in quantity: more seconds as a meter event, fewer as a credit, a new rate as nothing", async () => {
    const t = await makeTenant("adjust");
    const c = await billedClient(t);
    const [call] = await usageRows(t, c, [120]);
    const adjustment = (billableSeconds: number, amountMinor: string) =>
      db.usageRecord.create({
        data: { agencyId: t.agency.id, clientId: c.client.id, callId: call!.callId, kind: "ADJUSTMENT", adjustsId: call!.id, planId: c.plan.id, planVersion: 1, component: "STANDARD", occurredAt: call!.occurredAt, rawSeconds: 0, billableSeconds, amountMinor, currency: "RUB" },
      });
    const more = await adjustment(12, "500"); // +12 s
    const fewer = await adjustment(-60, "-2500"); // −60 s at 25 RUB/min = −25 RUB
    const rateOnly = await adjustment(0, "1000"); // same seconds, dearer: the subscription's new prices carry it
    const cheaper = await adjustment(0, "-700"); // same seconds, cheaper: likewise, no credit on top of the new prices
    await sendAll();
    expect(world.fake.control.meterEvents(c.account.stripeAccountId)).toMatchObject({ distinct: 2, value: { switchboard_seconds_standard: "132" } });
    const stripe = stripeClient();
    const billing = await db.clientBilling.findUniqueOrThrow({ where: { clientId: c.client.id } });
    const items = await stripe.invoiceItems.list({ customer: billing.stripeCustomerId! }, { stripeAccount: c.account.stripeAccountId! });
    expect(items.data.map((i) => [i.amount, i.metadata?.usageRecordId])).toEqual([[-2500, fewer.id]]);
    const sent = await db.usageRecord.findMany({ where: { id: { in: [more.id, fewer.id, rateOnly.id, cheaper.id] } }, select: { meterStatus: true } });
    expect(sent.map((r) => r.meterStatus)).toEqual(["SENT", "SENT", "SENT", "SENT"]);
  });

  it("keeps an event Stripe refuses with Stripe's reason, and only its agency can retry it", async () => {
    const t = await makeTenant("refused");
    const other = await makeTenant("other");
    const c = await billedClient(t);
    const [row] = await usageRows(t, c, [120], new Date(Date.now() - 40 * 86400_000)); // older than Stripe's 35 days
    expect(await sendPendingMeterEvents(db, { agencyId: t.agency.id })).toMatchObject({ sent: 0, failed: 1 });
    const failed = await db.usageRecord.findUniqueOrThrow({ where: { id: row!.id } });
    expect(failed.meterStatus).toBe("FAILED");
    expect(failed.meterError).toMatch(/35 days/);

    await expect(retryUsageRecord(db, { agencyId: other.agency.id, usageRecordId: row!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await retryUsageRecord(db, { agencyId: t.agency.id, usageRecordId: row!.id })).toEqual({ id: row!.id, meterStatus: "PENDING" });
    expect(await db.usageRecord.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({ meterStatus: "PENDING", meterError: null, meterAttempts: 0 });
  });
});

describe("closing the month (test clock) and webhooks", { timeout: 60_000 }, () => {
  it("invoices the minutes beyond the included ones, previews them first, and mirrors the paid invoice", async () => {
    const t = await makeTenant("close");
    const c = await billedClient(t);
    await usageRows(t, c, Array.from({ length: 100 }, () => 240)); // 400 minutes: 100 beyond the 300 included
    expect(await drainMeterEvents(db, { lanes: 2 })).toMatchObject({ sent: 100, retried: 0 }); // the scheduled job's call

    const preview = await upcomingInvoice(db, { agencyId: t.agency.id, clientId: c.client.id });
    expect(preview!.lines.map((l) => l.amountMinor)).toContain(250_000); // 100 min × 25 RUB

    await advanceBillingClock(db, t.agency.id);
    await world.fake.control.webhooksIdle();
    const invoices = await db.invoiceRecord.findMany({ where: { clientId: c.client.id }, orderBy: { periodEnd: "asc" } });
    const closing = invoices.find((i) => (i.lines as { amountMinor: number }[]).some((l) => l.amountMinor === 250_000));
    expect(closing).toMatchObject({ status: "paid", currency: "rub" });
    expect((closing!.lines as { amountMinor: number; component: string | null }[]).filter((l) => l.amountMinor > 0).map((l) => [l.component, l.amountMinor]).sort()).toEqual([
      ["FLAT", 5_000_000],
      ["STANDARD", 250_000],
    ]);
    expect(closing!.hostedInvoiceUrl).toBeTruthy();
    expect(closing!.totalMinor).toBe(closing!.amountPaidMinor);
  });

  it("refuses a bad signature with 400 and stores nothing; a replay is a no-op; paid before finalized ends paid", async () => {
    const t = await makeTenant("hooks");
    const c = await billedClient(t);
    await advanceBillingClock(db, t.agency.id);
    await world.fake.control.webhooksIdle();
    const paid = world.fake.control.events("invoice.paid").find((e) => e.account === c.account.stripeAccountId)!;
    expect(paid).toBeTruthy();
    const before = { events: await db.stripeEvent.count(), invoices: await db.invoiceRecord.findMany({ where: { agencyId: t.agency.id } }) };

    const payload = JSON.stringify({ ...paid, id: "evt_forged_1" });
    const forged = await post(payload, signatureHeader(payload, "whsec_not_the_secret_at_all_000"));
    expect(forged.status).toBe(400);
    expect(await post(payload, "")).toMatchObject({ status: 400 });
    // Through the Next route handler itself: the raw body and the header, as Stripe sends them.
    const viaRoute = await POST(new Request("http://app.test/api/stripe/webhook", { method: "POST", body: payload, headers: { "stripe-signature": "t=1,v1=deadbeef" } }));
    expect(viaRoute.status).toBe(400);
    expect(await viaRoute.json()).toEqual({ error: "invalid signature" });
    expect(await db.stripeEvent.count()).toBe(before.events);

    expect(await post(JSON.stringify(paid))).toEqual({ status: 200, body: { received: true, duplicate: true } });
    const replay = JSON.stringify(paid);
    const replayed = await POST(new Request("http://app.test/api/stripe/webhook", { method: "POST", body: replay, headers: { "stripe-signature": signatureHeader(replay, WEBHOOK_SECRET) } }));
    expect(replayed.status).toBe(200);
    expect(await db.invoiceRecord.findMany({ where: { agencyId: t.agency.id } })).toEqual(before.invoices);

    // The same invoice's events delivered out of order (a new invoice id): paid first, finalized (open) later.
    const invoice = { ...paid.data.object, id: "in_reordered_1" };
    const event = (id: string, type: string, status: string, created: number) => JSON.stringify({ ...paid, id, type, created, data: { object: { ...invoice, status } } });
    expect((await post(event("evt_reorder_paid", "invoice.paid", "paid", paid.created + 2))).status).toBe(200);
    expect((await post(event("evt_reorder_final", "invoice.finalized", "open", paid.created + 1))).status).toBe(200);
    expect(await db.invoiceRecord.findUniqueOrThrow({ where: { stripeInvoiceId: "in_reordered_1" } })).toMatchObject({ status: "paid", clientId: c.client.id });
  });

  it("a failed payment makes the client PAST_DUE and e-mails the agency's admins; SUSPEND pauses its hotlines after N days", async () => {
    const t = await makeTenant("dunning");
    const c = await billedClient(t);
    await updatePolicy(db, { agencyId: t.agency.id, failedPaymentAction: "SUSPEND", suspendAfterDays: 3, prorationBehavior: "create_prorations" });
    world.fake.control.setFailPayments(true);
    try {
      await advanceBillingClock(db, t.agency.id);
      await world.fake.control.webhooksIdle();
    } finally {
      world.fake.control.setFailPayments(false);
    }
    const billing = await db.clientBilling.findUniqueOrThrow({ where: { clientId: c.client.id } });
    expect(billing.status).toBe("PAST_DUE");
    expect(billing.pastDueSince).toBeTruthy();
    expect(await db.invoiceRecord.count({ where: { clientId: c.client.id, status: "open", paymentFailedAt: { not: null } } })).toBeGreaterThan(0);

    while ((await deliverDueOutbox(db)) > 0);
    const mails = ((await (await fetch(`${sink.webUrl}/api/email`)).json()) as { subject: string; to: { address: string }[]; text: string }[]).filter((m) =>
      m.to.some((to) => to.address === t.users.ADMIN.email),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(c.client.name);
    expect(mails[0]!.to.map((to) => to.address).sort()).toEqual([t.users.ADMIN.email, t.users.OWNER.email].sort());
    expect(mails[0]!.text).toMatch(/3/);

    const since = billing.pastDueSince!.getTime();
    expect(await suspendOverdueClients(db, new Date(since + 2 * 86400_000))).toBe(0);
    expect(await db.hotline.findUniqueOrThrow({ where: { id: c.hotline.id } })).toMatchObject({ status: "ACTIVE" });
    expect(await suspendOverdueClients(db, new Date(since + 3 * 86400_000 + 1000))).toBe(1);
    expect(await db.hotline.findUniqueOrThrow({ where: { id: c.hotline.id } })).toMatchObject({ status: "PAUSED" });
    expect(await db.auditLog.count({ where: { agencyId: t.agency.id, action: "billing.hotline_suspended", entityId: c.hotline.id } })).toBe(1);
    expect(await suspendOverdueClients(db, new Date(since + 4 * 86400_000))).toBe(0);
  });
});
