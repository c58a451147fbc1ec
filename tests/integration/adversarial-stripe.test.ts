import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/stripe/webhook/route";
import { db } from "@/server/db";
import { signatureHeader } from "@/server/billing/fake-stripe";
import { billingTenant, type BillingTenant } from "@/tests/support/billing-stripe";

/**
 * Property tests over the real Stripe webhook route: forged, expired, tampered, malformed and replayed
 * deliveries among an invoice's genuine events in any order. Every bad one is a 4xx (429 from the per-IP
 * limit counts as a refusal) or a no-op, never a 500 (Stripe would retry it for days), and the InvoiceRecord
 * ends in the status of the invoice's latest event.
 */

const SECRET = "whsec_adversarial_0123456789abcdef";
// server/env.ts reads the environment once, on first use (after this module body has run).
process.env.STRIPE_WEBHOOK_SECRET = SECRET;

const RUNS = Number(process.env.ADV_RUNS ?? 40);
const tag = () => randomBytes(5).toString("hex");
const ip = () => `10.${randomBytes(3).join(".")}`;

async function deliver(body: string, signature: string | null) {
  const headers: Record<string, string> = { "content-type": "application/json", "x-forwarded-for": ip() };
  if (signature !== null) headers["stripe-signature"] = signature;
  const res = await POST(new Request("http://app.test/api/stripe/webhook", { method: "POST", body, headers }));
  await res.arrayBuffer();
  return res.status;
}
const signed = (body: string) => deliver(body, signatureHeader(body, SECRET));

type Step = { type: string; status: string };
/** Invoice lifecycles Stripe produces; the last step is where the invoice must end, whatever the arrival order. */
const LIFECYCLES: { steps: Step[]; failed: boolean; billing: string }[] = [
  { steps: [{ type: "invoice.created", status: "draft" }, { type: "invoice.finalized", status: "open" }, { type: "invoice.paid", status: "paid" }], failed: false, billing: "ACTIVE" },
  { steps: [{ type: "invoice.created", status: "draft" }, { type: "invoice.finalized", status: "open" }, { type: "invoice.payment_failed", status: "open" }, { type: "invoice.paid", status: "paid" }], failed: true, billing: "ACTIVE" },
  { steps: [{ type: "invoice.created", status: "draft" }, { type: "invoice.finalized", status: "open" }, { type: "invoice.payment_failed", status: "open" }], failed: true, billing: "PAST_DUE" },
  { steps: [{ type: "invoice.created", status: "draft" }, { type: "invoice.finalized", status: "open" }, { type: "invoice.voided", status: "void" }], failed: false, billing: "ACTIVE" },
];

function invoiceEvent(args: { eventId: string; invoiceId: string; customer: string; step: Step; created: number; total: number }) {
  const paid = args.step.status === "paid";
  return JSON.stringify({
    id: args.eventId,
    object: "event",
    type: args.step.type,
    created: args.created,
    livemode: false,
    data: {
      object: {
        id: args.invoiceId,
        object: "invoice",
        customer: args.customer,
        status: args.step.status,
        number: `INV-${args.invoiceId.slice(-6)}`,
        currency: "rub",
        subtotal: args.total,
        total: args.total,
        amount_due: paid ? 0 : args.total,
        amount_paid: paid ? args.total : 0,
        period_start: 1_767_225_600,
        period_end: 1_769_904_000,
        status_transitions: { paid_at: paid ? args.created : null },
        lines: { data: [] },
      },
    },
  });
}

/** Bodies that must be refused or ignored: `genuine` is one real event's body, `customer` a real customer. */
const attack = (genuine: string, customer: string): fc.Arbitrary<() => Promise<number>> =>
  fc.oneof(
    fc.constant(() => deliver(genuine, null)),
    fc.constant(() => deliver(genuine, "")),
    fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 64, maxLength: 64 }).map((v1) => () => deliver(genuine, `t=${Math.floor(Date.now() / 1000)},v1=${v1}`)),
    fc.constant(() => deliver(genuine, signatureHeader(genuine, "whsec_someone_else_0123456789"))),
    // A genuine signature from 10 minutes ago: past Stripe's 5-minute tolerance, a replay.
    fc.constant(() => deliver(genuine, signatureHeader(genuine, SECRET, Math.floor(Date.now() / 1000) - 600))),
    // Signed, then tampered with: marked paid, or another event id so the replay check is dodged.
    fc.constant(() => deliver(genuine.replace(/"status":"[a-z]+"/, '"status":"paid"'), signatureHeader(genuine, SECRET))),
    fc.constant(() => deliver(genuine.replace(/"id":"evt_/, '"id":"evt_x'), signatureHeader(genuine, SECRET))),
    // Correctly signed garbage: not JSON, JSON of the wrong shape, an event with holes (only Stripe could send these).
    fc.string({ maxLength: 60 }).map((s) => () => signed(`{${s}`)),
    fc.constantFrom("null", "[]", "{}", '"event"', "42", '{"id":1}', '{"id":"evt_shape_1","type":"invoice.paid"}', '{"id":"evt_shape_2","type":"invoice.paid","data":{"object":null}}').map((b) => () => signed(b)),
    fc.constantFrom("invoice.paid", "invoice.payment_failed", "customer.subscription.updated").map(
      (type) => () => signed(JSON.stringify({ id: `evt_holes_${tag()}`, object: "event", type, created: 1, data: { object: { id: `in_holes_${tag()}`, customer } } })),
    ),
    fc.jsonValue({ maxDepth: 3 }).map((v) => () => signed(JSON.stringify(v))),
  );

let t: BillingTenant;
beforeAll(async () => {
  t = await billingTenant("adv-stripe");
});

async function billedClientRow() {
  const client = await db.client.create({ data: { agencyId: t.agency.id, slug: `client-${tag()}`, name: `Client ${tag()}`, country: "RU", timezone: "Europe/Moscow" } });
  const customer = `cus_${tag()}`;
  await db.clientBilling.create({ data: { clientId: client.id, agencyId: t.agency.id, stripeCustomerId: customer, status: "ACTIVE" } });
  return { client, customer };
}

describe("Stripe webhook under attack", () => {
  it("an invoice's events replayed, reordered and mixed with forged or malformed ones end in its latest status", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(LIFECYCLES.length - 1),
        fc.array(fc.nat(3), { maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        fc.infiniteStream(fc.nat()),
        async (which, duplicates, attackSeeds, together, shuffle) => {
          const life = LIFECYCLES[which]!;
          const { client, customer } = await billedClientRow();
          const invoiceId = `in_${tag()}`;
          const created0 = 1_770_000_000;
          const genuine = life.steps.map((step, i) => invoiceEvent({ eventId: `evt_${tag()}`, invoiceId, customer, step, created: created0 + i * 60, total: 1000 + i }));
          const attacks = attackSeeds.map((seed, i) => fc.sample(attack(genuine[i % genuine.length]!, customer), { numRuns: 1, seed })[0]!);
          const items: { send: () => Promise<number>; genuine: boolean }[] = [
            ...[...genuine, ...duplicates.filter((i) => i < genuine.length).map((i) => genuine[i]!)].map((body) => ({ send: () => signed(body), genuine: true })),
            ...attacks.map((send) => ({ send, genuine: false })),
          ];
          const it = shuffle[Symbol.iterator]();
          for (let i = items.length - 1; i > 0; i--) {
            const j = it.next().value! % (i + 1);
            [items[i], items[j]] = [items[j]!, items[i]!];
          }
          const groups: (typeof items)[] = [];
          items.forEach((item, i) => (i > 0 && together[i % together.length] ? groups.at(-1)!.push(item) : groups.push([item])));
          for (const group of groups) {
            const statuses = await Promise.all(group.map((g) => g.send()));
            group.forEach((g, i) => {
              expect(statuses[i], g.genuine ? "genuine event" : "attack").toBeLessThan(500);
              if (g.genuine) expect(statuses[i]).toBe(200);
              else expect([200, 400, 401, 403, 404, 409, 413, 422, 429]).toContain(statuses[i]);
            });
          }

          const last = life.steps.length - 1;
          const record = await db.invoiceRecord.findUniqueOrThrow({ where: { stripeInvoiceId: invoiceId } });
          expect(record).toMatchObject({ clientId: client.id, agencyId: t.agency.id, status: life.steps[last]!.status, totalMinor: BigInt(1000 + last), lastEventCreated: created0 + last * 60 });
          expect(record.paymentFailedAt !== null).toBe(life.failed);
          expect(await db.invoiceRecord.count({ where: { clientId: client.id } })).toBe(1);
          expect((await db.clientBilling.findUniqueOrThrow({ where: { clientId: client.id } })).status).toBe(life.billing);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("any correctly signed body, however malformed, answers 2xx or 4xx, never a 500", { timeout: 60_000 }, async () => {
    const { customer } = await billedClientRow();
    const event = fc.record(
      {
        id: fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant(null)),
        type: fc.oneof(fc.constantFrom("invoice.paid", "invoice.created", "invoice.payment_failed", "customer.subscription.updated", "customer.subscription.deleted"), fc.string({ maxLength: 20 })),
        created: fc.oneof(fc.integer(), fc.string({ maxLength: 5 })),
        account: fc.oneof(fc.string({ maxLength: 10 }), fc.constant(null)),
        data: fc.oneof(fc.constant(null), fc.record({ object: fc.oneof(fc.constant(null), fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }).map((o) => ({ ...o, customer }))) }, { requiredKeys: [] })),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(event, async (e) => {
        const body = JSON.stringify(e);
        const first = await signed(body);
        expect(first).toBeLessThan(500);
        expect(await signed(body)).toBeLessThan(500);
      }),
      { numRuns: Number(process.env.ADV_RUNS ?? 50) },
    );
  });
});
