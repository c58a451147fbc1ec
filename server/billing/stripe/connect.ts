import type Stripe from "stripe";
import type { Db } from "../../db";
import { AppError } from "../../lib/app-error";
import { stripeAppError } from "./errors";
import { stripeClient } from "./client";
import { afterStripeConnected } from "./connected";

/**
 * Starts (or resumes) Connect onboarding: one Express-like account per agency, created once (idempotency key per
 * agency), then a fresh account link to send the person to. A write made from the request on purpose: the person
 * is waiting for the redirect, and the idempotency key makes a repeated click harmless.
 */
export async function startConnect(db: Db, args: { agencyId: string; returnUrl: string; refreshUrl: string }): Promise<{ url: string }> {
  const stripe = stripeClient();
  const current = await db.billingAccount.findUnique({ where: { agencyId: args.agencyId } });
  let accountId = current?.connection === "CONNECT" ? current.stripeAccountId : null;
  try {
    if (!accountId) {
      const agency = await db.agency.findUniqueOrThrow({ where: { id: args.agencyId }, select: { name: true } });
      const account = await stripe.accounts.create(
        {
          controller: { fees: { payer: "application" }, losses: { payments: "application" }, stripe_dashboard: { type: "express" } },
          business_profile: { name: agency.name },
          metadata: { agencyId: args.agencyId },
        },
        { idempotencyKey: `connect-account:${args.agencyId}:${current?.updatedAt.getTime() ?? 0}` },
      );
      accountId = account.id;
      await db.billingAccount.upsert({
        where: { agencyId: args.agencyId },
        create: { agencyId: args.agencyId, connection: "CONNECT", stripeAccountId: accountId },
        update: { connection: "CONNECT", stripeAccountId: accountId, restrictedKeySealed: null, chargesEnabled: false, meters: {}, productId: null },
      });
    }
    const link = await stripe.accountLinks.create({ account: accountId, refresh_url: args.refreshUrl, return_url: args.returnUrl, type: "account_onboarding" });
    return { url: link.url };
  } catch (error) {
    throw stripeAppError(error);
  }
}

/** Back from onboarding: reads the account (charges enabled?) and the currencies its country can charge. */
export async function finishConnect(db: Db, agencyId: string) {
  const current = await db.billingAccount.findUnique({ where: { agencyId } });
  if (current?.connection !== "CONNECT" || !current.stripeAccountId) throw new AppError("PRECONDITION_FAILED", "billing.notConnected");
  try {
    const stripe = stripeClient();
    const account = await stripe.accounts.retrieve(current.stripeAccountId);
    const currencies = account.country ? await countryCurrencies(stripe, account.country, account.default_currency) : [];
    return db.$transaction(async (tx) => {
      const updated = await tx.billingAccount.update({
        where: { agencyId },
        data: { chargesEnabled: Boolean(account.charges_enabled), currencies },
        select: { connection: true, chargesEnabled: true, currencies: true, stripeAccountId: true },
      });
      if (updated.chargesEnabled && !current.chargesEnabled) await afterStripeConnected(tx, agencyId);
      return updated;
    });
  } catch (error) {
    throw stripeAppError(error);
  }
}

export async function countryCurrencies(stripe: Stripe, country: string, fallback?: string | null): Promise<string[]> {
  const spec = await stripe.countrySpecs.retrieve(country);
  const list = spec.supported_payment_currencies?.length ? spec.supported_payment_currencies : [spec.default_currency];
  return [...new Set([...list, ...(fallback ? [fallback] : [])].map((c) => c.toLowerCase()))].sort();
}

