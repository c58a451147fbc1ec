import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { billingAccount, connectWithKey, finishConnect, startConnect } from "@/server/billing/stripe/account";
import { stripeClient } from "@/server/billing/stripe/client";
import { sendPendingMeterEvents } from "@/server/billing/stripe/meter-sender";
import { setClientStatus } from "@/server/clients/client-status";
import { deliverDueOutbox } from "@/server/jobs/outbox";
import { AURORA_PLAN, billedClient, billingTenant, startStripeWorld } from "../support/billing-stripe";

let world: Awaited<ReturnType<typeof startStripeWorld>>;
beforeAll(async () => {
  world = await startStripeWorld();
});
afterAll(async () => world.stop());

const drainOutbox = async () => {
  while ((await deliverDueOutbox(db)) > 0);
};

describe("connecting an agency's Stripe", { timeout: 60_000 }, () => {
  it("Connect: onboarding link, then the account's charges and currencies once the person comes back", async () => {
    const t = await billingTenant("connect");
    const { url } = await startConnect(db, { agencyId: t.agency.id, returnUrl: "http://app.test/back", refreshUrl: "http://app.test/again" });
    expect((await billingAccount(db, t.agency.id)).connection).toBe("CONNECT");
    // Again (a second click): the same account, a fresh link.
    const again = await startConnect(db, { agencyId: t.agency.id, returnUrl: "http://app.test/back", refreshUrl: "http://app.test/again" });
    expect(new URL(again.url).pathname).toBe(new URL(url).pathname);

    const onboarding = await fetch(url, { redirect: "manual" });
    expect(onboarding.headers.get("location")).toContain("http://app.test/back");
    const done = await finishConnect(db, t.agency.id);
    expect(done.chargesEnabled).toBe(true);
    expect(done.currencies).toContain("rub");
  });

  it("a restricted key Stripe refuses changes nothing; a good one is stored sealed and never shown", async () => {
    const t = await billingTenant("rkey");
    await expect(connectWithKey(db, { agencyId: t.agency.id, key: "rk_test_invalid_key_000", userId: t.users.OWNER.id })).rejects.toMatchObject({ key: "billing.keyRefused" });
    await expect(connectWithKey(db, { agencyId: t.agency.id, key: "not a key", userId: t.users.OWNER.id })).rejects.toMatchObject({ key: "billing.keyInvalid" });
    expect(await db.billingAccount.findUnique({ where: { agencyId: t.agency.id } })).toBeNull();

    const key = `rk_test_agency_${t.agency.id}`;
    await connectWithKey(db, { agencyId: t.agency.id, key, userId: t.users.OWNER.id });
    const row = await db.billingAccount.findUniqueOrThrow({ where: { agencyId: t.agency.id } });
    expect(row.connection).toBe("RESTRICTED_KEY");
    expect(row.restrictedKeySealed).toBeTruthy();
    expect(row.restrictedKeySealed).not.toContain(key);
    const shown = await billingAccount(db, t.agency.id);
    expect(shown).not.toHaveProperty("restrictedKeySealed");
    expect(JSON.stringify(shown)).not.toContain(key);
    expect(shown.hasRestrictedKey).toBe(true);
    expect(await db.auditLog.count({ where: { agencyId: t.agency.id, action: "billing.stripe_connected" } })).toBe(1);
  });
});

describe("connecting late", { timeout: 60_000 }, () => {
  it("an active client's plan and the minutes rated before Stripe was connected reach Stripe once the account is connected", async () => {
    const t = await billingTenant("late");
    const client = await db.client.create({ data: { agencyId: t.agency.id, slug: `late-${t.agency.id}`, name: "Late Dental", status: "ACTIVE" } });
    const plan = await db.pricePlan.create({ data: { agencyId: t.agency.id, clientId: client.id, version: 1, effectiveFrom: new Date(Date.UTC(2020, 0, 1)), ...AURORA_PLAN } });
    const base = { agencyId: t.agency.id, clientId: client.id, planId: plan.id, planVersion: 1, component: "STANDARD" as const, occurredAt: new Date(Date.now() - 3600_000), currency: "RUB", meterStatus: "NONE" as const };
    await db.usageRecord.createMany({
      data: [
        { ...base, callId: `late-a-${client.id}`, rawSeconds: 120, billableSeconds: 120, amountMinor: "5000" },
        { ...base, callId: `late-b-${client.id}`, rawSeconds: 3, billableSeconds: 0, amountMinor: "0" }, // a free short call: nothing to send
      ],
    });
    await connectWithKey(db, { agencyId: t.agency.id, key: `rk_test_late_${t.agency.id}`, userId: t.users.OWNER.id });
    await drainOutbox();
    expect(await db.clientBilling.findUniqueOrThrow({ where: { clientId: client.id } })).toMatchObject({ status: "ACTIVE", syncedPlanId: plan.id });
    expect(await sendPendingMeterEvents(db, { agencyId: t.agency.id })).toMatchObject({ sent: 1, failed: 0 });
    const rows = await db.usageRecord.findMany({ where: { clientId: client.id }, orderBy: { billableSeconds: "desc" }, select: { meterStatus: true } });
    expect(rows.map((r) => r.meterStatus)).toEqual(["SENT", "NONE"]);
  });
});

describe("client life and plan changes", { timeout: 60_000 }, () => {
  it("a client going ACTIVE gets its Stripe subscription through the outbox", async () => {
    const t = await billingTenant("golive");
    const c = await billedClient(t);
    // Back to onboarding-like state: no subscription yet, then the status change syncs it.
    await db.client.update({ where: { id: c.client.id }, data: { status: "ONBOARDING" } });
    await db.clientBilling.delete({ where: { clientId: c.client.id } });
    // The onboarding checklist's required items, made directly (they have their own tests).
    await db.client.update({ where: { id: c.client.id }, data: { legalName: "OOO Aurora" } });
    await db.clientContact.create({ data: { agencyId: t.agency.id, clientId: c.client.id, name: "Irina", email: "irina@aurora.test" } });
    await db.invitation.create({ data: { agencyId: t.agency.id, clientId: c.client.id, email: "irina@aurora.test", clientRole: "CLIENT_ADMIN", tokenHash: `h-${c.client.id}`, expiresAt: new Date(Date.now() + 86400_000), invitedById: t.users.OWNER.id } });
    await db.termsVersion.create({ data: { agencyId: t.agency.id, clientId: c.client.id, number: 1, state: "APPROVED", document: {}, approvedAt: new Date(), effectiveFrom: new Date() } });
    await db.complianceDocument.create({ data: { agencyId: t.agency.id, clientId: c.client.id, kind: "CONTRACT", title: "Service contract", number: "42" } });
    await setClientStatus(db, { id: c.client.id, agencyId: t.agency.id }, { userId: t.users.OWNER.id, locale: "en" }, "ACTIVE");
    await drainOutbox();
    const billing = await db.clientBilling.findUniqueOrThrow({ where: { clientId: c.client.id } });
    expect(billing.stripeSubscriptionId).toMatch(/^sub_/);

    // Ending the client cancels its subscription: Stripe bills it no more.
    await setClientStatus(db, { id: c.client.id, agencyId: t.agency.id }, { userId: t.users.OWNER.id, locale: "en" }, "ENDED");
    await drainOutbox();
    expect(await db.clientBilling.findUniqueOrThrow({ where: { clientId: c.client.id } })).toMatchObject({ status: "CANCELED", stripeSubscriptionId: null });
    const sub = await stripeClient().subscriptions.retrieve(billing.stripeSubscriptionId!, {}, { stripeAccount: c.account.stripeAccountId! });
    expect(sub.status).toBe("canceled");
  });

  it("a new plan version replaces the subscription's prices; a correction taking seconds back becomes a credit at its rate", async () => {
    const t = await billingTenant("replan");
    const c = await billedClient(t);
    const before = await db.clientBilling.findUniqueOrThrow({ where: { clientId: c.client.id } });
    const v2 = await db.pricePlan.create({ data: { agencyId: t.agency.id, clientId: c.client.id, version: 2, effectiveFrom: new Date(Date.now() - 1000), ...AURORA_PLAN, ratePerMinute: "2000" } });
    const { enqueueClientSync } = await import("@/server/billing/stripe/sync");
    await db.$transaction((tx) => enqueueClientSync(tx, { agencyId: t.agency.id, clientId: c.client.id, reason: `plan:${v2.id}` }));
    await drainOutbox();
    const after = await db.clientBilling.findUniqueOrThrow({ where: { clientId: c.client.id } });
    expect(after).toMatchObject({ stripeSubscriptionId: before.stripeSubscriptionId, syncedPlanId: v2.id, lastError: null });
    const prices = (await db.pricePlan.findUniqueOrThrow({ where: { id: v2.id } })).stripePrices as { metered: { STANDARD: string } };
    const sub = await stripeClient().subscriptions.retrieve(after.stripeSubscriptionId!, {}, { stripeAccount: c.account.stripeAccountId! });
    expect(sub.items.data.map((i) => i.price.id)).toContain(prices.metered.STANDARD);
    expect(sub.items.data).toHaveLength(2); // the new flat and metered prices only

    await db.usageRecord.create({
      data: { agencyId: t.agency.id, clientId: c.client.id, callId: "call-adjusted", kind: "ADJUSTMENT", planId: v2.id, planVersion: 2, component: "STANDARD", occurredAt: new Date(), rawSeconds: 0, billableSeconds: -37, amountMinor: "-1233.333333", currency: "RUB" },
    });
    expect(await sendPendingMeterEvents(db, { agencyId: t.agency.id })).toMatchObject({ sent: 1 });
    const items = await stripeClient().invoiceItems.list({ customer: after.stripeCustomerId! }, { stripeAccount: c.account.stripeAccountId! });
    const credit = items.data.filter((i) => i.metadata?.usageRecordId);
    // 37 s back at v2's 20 RUB/min = 1233.33… kopecks → −1233 (whole minor units, half-up away from zero).
    expect(credit.map((i) => [i.amount, i.currency])).toEqual([[-1233, "rub"]]);
  });
});
