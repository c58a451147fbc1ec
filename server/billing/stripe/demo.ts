import { TZDate } from "@date-fns/tz";
import type { Db } from "../../db";
import { countryCurrencies } from "./account";
import { stripeClient, stripeMode } from "./client";

/**
 * Demo seed: connects the agency to the fake Stripe through Connect (as if onboarding had finished) and puts its
 * customers on a test clock that starts at the beginning of this month in the agency's zone, so "Advance the
 * billing clock" can close the month. Only against the fake Stripe; returns false otherwise. Idempotent.
 */
export async function connectDemoAgency(db: Db, agencyId: string, now = new Date()): Promise<boolean> {
  if (stripeMode() !== "FAKE") return false;
  const existing = await db.billingAccount.findUnique({ where: { agencyId } });
  if (existing?.connection === "CONNECT" && existing.testClockId) return true;
  const agency = await db.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { name: true, timezone: true } });
  const stripe = stripeClient();
  const account = await stripe.accounts.create(
    { controller: { stripe_dashboard: { type: "express" } }, country: "RU", default_currency: "rub", business_profile: { name: agency.name }, metadata: { agencyId } },
    { idempotencyKey: `demo-account:${agencyId}` },
  );
  const currencies = await countryCurrencies(stripe, account.country ?? "RU", account.default_currency ?? "rub").catch(() => ["rub", "usd", "eur"]);
  const local = new TZDate(now.getTime(), agency.timezone);
  const monthStart = new TZDate(local.getFullYear(), local.getMonth(), 1, 0, 0, 0, agency.timezone);
  const clock = await stripe.testHelpers.testClocks.create(
    { frozen_time: Math.floor(monthStart.getTime() / 1000), name: `${agency.name} demo` },
    { stripeAccount: account.id, idempotencyKey: `demo-clock:${agencyId}:${monthStart.getTime()}` },
  );
  const data = { connection: "CONNECT" as const, stripeAccountId: account.id, chargesEnabled: true, currencies: currencies.includes("rub") ? currencies : [...currencies, "rub"].sort(), testClockId: clock.id };
  await db.billingAccount.upsert({ where: { agencyId }, create: { agencyId, ...data }, update: data });
  return true;
}
