import type { Db } from "../db";
import { logger } from "../logger";
import { createPlanVersion } from "../billing/plans";
import { calendarMonth } from "../billing/rating";
import { connectDemoAgency } from "../billing/stripe/demo";
import { setClientStatus } from "../clients/client-status";
import { seedDemoContract } from "./demo-contract";

/**
 * Demo billing: the agency connected to the fake Stripe (Connect, test clock at the start of this month) and
 * Aurora Dental on the brief's plan — 50,000 RUB a month, 300 minutes included, 25 RUB a minute beyond, 6-second
 * increments, talk + wrap-up, calls under 5 s free — from the first of this month in the client's zone. Creating
 * the plan rates this period's seeded calls (plans.ts re-rates the open period) and queues the Stripe sync
 * (customer, prices, subscription) for the outbox worker. Idempotent: a client with a plan is left alone.
 */
export async function seedDemoBilling(db: Db, agencyId: string, now = new Date()): Promise<void> {
  // Stripe unreachable must not stop the demo from starting: the plan and ratings stand; connect later.
  const connected = await connectDemoAgency(db, agencyId, now).catch((error: unknown) => {
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, "demo billing: could not connect the fake Stripe");
    return false;
  });
  const client = await db.client.findFirst({ where: { agencyId, slug: "aurora-dental" }, select: { id: true, timezone: true } });
  if (!client || (await db.pricePlan.count({ where: { clientId: client.id } })) > 0) return;
  // What the carrier charges the agency on Aurora's numbers (kopecks a minute): the billing page's margin.
  await db.phoneNumber.updateMany({ where: { agencyId, e164: "+78005550100" }, data: { carrierRatePerMinute: "240" } }); // 8-800: 2.40 RUB/min
  await db.phoneNumber.updateMany({ where: { agencyId, e164: "+74955550101" }, data: { carrierRatePerMinute: "90" } }); // local: 0.90 RUB/min
  const owner = await db.agencyMember.findFirst({ where: { agencyId, role: "OWNER" }, select: { userId: true } });
  const monthStart = calendarMonth(now, client.timezone).from;
  const effectiveFrom = new Intl.DateTimeFormat("en-CA", { timeZone: client.timezone, year: "numeric", month: "2-digit", day: "2-digit" }).format(monthStart);
  await createPlanVersion(db, {
    agencyId, clientId: client.id, userId: owner?.userId ?? null,
    input: {
      effectiveFrom, monthlyFeeMinor: "5000000", setupFeeMinor: "0", includedMinutes: 300, chargeMode: "PER_MINUTE", ratePerMinute: "2500", tiers: [],
      perCallPrice: null, incrementSeconds: 6, minimumSeconds: 0, billableTime: "TALK_WRAP_UP", freeUnderSeconds: 5, afterHoursRatePerMinute: null,
      nightRatePerMinute: null, nightFromHour: 22, nightToHour: 8, holidayRatePerMinute: null, automatedRatePerMinute: null,
    },
  });
  // Aurora has answered calls for a month: it is live, so it goes ACTIVE through the product's own service (its
  // contract is on file, so its checklist is complete), which queues the Stripe customer and subscription like any activation.
  if (owner) await seedDemoContract(db, { agencyId, clientId: client.id }, owner.userId, now);
  if (owner) await setClientStatus(db, { id: client.id, agencyId }, { userId: owner.userId, locale: "en" }, "ACTIVE", now);
  const rated = await db.usageRecord.count({ where: { clientId: client.id } });
  logger.info({ connected, rated }, "demo billing: Aurora Dental's plan set, this period's calls rated");
}
