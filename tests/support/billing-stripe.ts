import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { db } from "@/server/db";
import { startFakeStripe, type FakeStripe } from "@/server/billing/fake-stripe";
import { connectDemoAgency } from "@/server/billing/stripe/demo";
import { enqueueClientSync } from "@/server/billing/stripe/sync";
import { handleStripeWebhook } from "@/server/billing/stripe/webhooks";
import { deliverDueOutbox } from "@/server/jobs/outbox";
import type { Prisma } from "@/server/generated/prisma/client";
import { addMember, makeAgency, makeUser } from "@/server/seed/factories";

// Own small tenant/client makers: tests/support/tenants.ts loads the whole app router, and this file's tests
// need none of it (and must not break while other billing procedures are being written).
export type BillingTenant = { agency: { id: string; slug: string; name: string }; users: Record<"OWNER" | "ADMIN", { id: string; email: string }> };
const tag = () => randomBytes(4).toString("hex");

export async function billingTenant(label: string): Promise<BillingTenant> {
  const t = tag();
  const agency = await makeAgency(db, { slug: `${label}-${t}`, name: `${label} ${t}` });
  const users = {} as BillingTenant["users"];
  for (const role of ["OWNER", "ADMIN"] as const) {
    const user = await makeUser(db, { email: `${role.toLowerCase()}-${t}@${label}.test`, name: `${role} ${t}`, passwordHash: "x" });
    await addMember(db, agency.id, user.id, role);
    users[role] = { id: user.id, email: user.email };
  }
  return { agency, users };
}
type Tenant = BillingTenant;

async function makeClientRow(agencyId: string, v: { name: string }) {
  return db.client.create({ data: { agencyId, slug: `client-${tag()}`, name: v.name, country: "RU", timezone: "Europe/Moscow" }, select: { id: true, slug: true, name: true } });
}

async function makeHotlineRow(agencyId: string, clientId: string) {
  return db.hotline.create({ data: { agencyId, clientId, name: `Line ${tag()}` }, select: { id: true, name: true, clientId: true } });
}

export const WEBHOOK_SECRET = "whsec_test_switchboard_billing_0123456789";

/**
 * The fake Stripe on a free port, and a tiny HTTP server in front of handleStripeWebhook (what the Next route
 * does: raw body + Stripe-Signature header), so webhooks travel over real HTTP, signed by the fake.
 * Must run before anything reads the environment (server/env.ts reads it once).
 */
export async function startStripeWorld(): Promise<{ fake: FakeStripe; webhookUrl: string; stop: () => Promise<void> }> {
  const hook = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const sig = req.headers["stripe-signature"];
      void handleStripeWebhook(db, Buffer.concat(chunks).toString("utf8"), typeof sig === "string" ? sig : null).then(
        (r) => res.writeHead(r.status, { "content-type": "application/json" }).end(JSON.stringify(r.body)),
        (err: unknown) => res.writeHead(500).end(String(err)),
      );
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, "127.0.0.1", resolve));
  const webhookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/api/stripe/webhook`;
  const fake = await startFakeStripe({ port: 0, webhookUrl, webhookSecret: WEBHOOK_SECRET });
  process.env.FAKE_STRIPE_URL = fake.url;
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
  delete process.env.STRIPE_SECRET_KEY;
  return {
    fake,
    webhookUrl,
    stop: async () => {
      await fake.stop();
      hook.closeAllConnections();
      await new Promise<void>((resolve) => hook.close(() => resolve()));
    },
  };
}

/** Aurora Dental's demo plan: 50,000 RUB/month, 300 minutes included, 25 RUB/min beyond, 6 s increments. */
export const AURORA_PLAN = {
  currency: "RUB",
  monthlyFeeMinor: 5_000_000n,
  includedMinutes: 300,
  ratePerMinute: "2500",
  incrementSeconds: 6,
  billableTime: "TALK_WRAP_UP" as const,
  freeUnderSeconds: 5,
};

/**
 * An agency connected to the fake Stripe (Connect, test clock at the start of this month), one ACTIVE client
 * with a hotline and a plan version in force, synced through the outbox (customer, prices, subscription).
 */
export async function billedClient(t: Tenant, plan: Partial<Prisma.PricePlanUncheckedCreateInput> = {}) {
  await connectDemoAgency(db, t.agency.id);
  const client = await makeClientRow(t.agency.id, { name: `Aurora ${randomBytes(2).toString("hex")}` });
  await db.client.update({ where: { id: client.id }, data: { status: "ACTIVE" } });
  const hotline = await makeHotlineRow(t.agency.id, client.id);
  const account = await db.billingAccount.findUniqueOrThrow({ where: { agencyId: t.agency.id } });
  const effectiveFrom = new Date(Date.UTC(2020, 0, 1));
  const row = await db.pricePlan.create({ data: { agencyId: t.agency.id, clientId: client.id, version: 1, effectiveFrom, ...AURORA_PLAN, ...plan } });
  await db.$transaction((tx) => enqueueClientSync(tx, { agencyId: t.agency.id, clientId: client.id, reason: `plan:${row.id}` }));
  while ((await deliverDueOutbox(db)) > 0);
  return { client, hotline, plan: row, account };
}

let seq = 0;
/** Rated usage as the rating writes it: one PENDING record per call (call ids are only labels here). */
export async function usageRows(t: Tenant, c: { client: { id: string }; plan: { id: string } }, seconds: number[], at = new Date(Date.now() - 60_000)) {
  const data = seconds.map((s) => ({
    agencyId: t.agency.id,
    clientId: c.client.id,
    callId: `call-${randomBytes(6).toString("hex")}-${seq++}`,
    planId: c.plan.id,
    planVersion: 1,
    component: "STANDARD" as const,
    occurredAt: at,
    rawSeconds: s,
    billableSeconds: s,
    amountMinor: ((s * 2500) / 60).toFixed(6),
    currency: "RUB",
  }));
  await db.usageRecord.createMany({ data });
  return db.usageRecord.findMany({ where: { callId: { in: data.map((d) => d.callId) } }, orderBy: { id: "asc" } });
}
