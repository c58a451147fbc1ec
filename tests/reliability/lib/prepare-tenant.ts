/**
 * Run by the cluster after the demo seed, with the cluster's environment (`tsx tests/reliability/lib/prepare-tenant.ts`):
 * puts Bluebird Plumbing (open 24/7, so the figures do not depend on the hour the test runs at) on a per-minute
 * plan that bills the WHOLE call, so every call that reached the app is rated into a UsageRecord that goes to
 * Stripe as a meter event — through the product's own services, exactly as the demo seed sets up Aurora Dental.
 * Prints one JSON line: the ids the scenarios need.
 */
import { createPlanVersion } from "../../../server/billing/plans";
import { calendarMonth } from "../../../server/billing/rating";
import { inviteClientUser } from "../../../server/clients/client-users";
import { setClientStatus } from "../../../server/clients/client-status";
import { db, disconnectDb } from "../../../server/db";
import { DEMO_AGENCY } from "../../../server/seed/demo-users";
import { seedDemoContract } from "../../../server/seed/demo-contract";

async function main() {
  const agency = await db.agency.findUniqueOrThrow({ where: { slug: DEMO_AGENCY.slug }, select: { id: true, name: true, slug: true } });
  const client = await db.client.findFirstOrThrow({ where: { agencyId: agency.id, slug: "bluebird-plumbing" }, select: { id: true, name: true, timezone: true, status: true } });
  const owner = await db.agencyMember.findFirstOrThrow({ where: { agencyId: agency.id, role: "OWNER" }, select: { userId: true, user: { select: { name: true } } } });
  if ((await db.pricePlan.count({ where: { clientId: client.id } })) === 0) {
    const monthStart = calendarMonth(new Date(), client.timezone).from;
    const effectiveFrom = new Intl.DateTimeFormat("en-CA", { timeZone: client.timezone, year: "numeric", month: "2-digit", day: "2-digit" }).format(monthStart);
    await createPlanVersion(db, {
      agencyId: agency.id, clientId: client.id, userId: owner.userId,
      input: {
        effectiveFrom, monthlyFeeMinor: "0", setupFeeMinor: "0", includedMinutes: 0, chargeMode: "PER_MINUTE", ratePerMinute: "150", tiers: [],
        perCallPrice: null, incrementSeconds: 1, minimumSeconds: 0, billableTime: "WHOLE_CALL", freeUnderSeconds: 0, afterHoursRatePerMinute: null,
        nightRatePerMinute: null, nightFromHour: 22, nightToHour: 8, holidayRatePerMinute: null, automatedRatePerMinute: null,
      },
    });
  }
  // Its checklist: the contract on file and a client user invited (the product refuses ACTIVE without them).
  await seedDemoContract(db, { agencyId: agency.id, clientId: client.id }, owner.userId);
  if ((await db.invitation.count({ where: { clientId: client.id } })) === 0) {
    await inviteClientUser(db, agency, { id: client.id, name: client.name, agencyId: agency.id }, { userId: owner.userId, name: owner.user.name, locale: "en" }, { email: "bob@bluebird.test", role: "CLIENT_ADMIN" });
  }
  if (client.status !== "ACTIVE") await setClientStatus(db, { id: client.id, agencyId: agency.id }, { userId: owner.userId, locale: "en" }, "ACTIVE");
  const number = await db.phoneNumber.findFirstOrThrow({ where: { agencyId: agency.id, hotline: { clientId: client.id } }, select: { e164: true } });
  const account = await db.billingAccount.findUnique({ where: { agencyId: agency.id }, select: { stripeAccountId: true } });
  console.log(JSON.stringify({ agencyId: agency.id, agencySlug: DEMO_AGENCY.slug, clientId: client.id, number: number.e164, stripeAccountId: account?.stripeAccountId ?? null }));
  await disconnectDb();
}

main().catch(async (error) => {
  console.error(error);
  await disconnectDb();
  process.exit(1);
});
