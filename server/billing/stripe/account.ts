import type { Db } from "../../db";
import { audit } from "../../audit";
import { env } from "../../env";
import { AppError } from "../../lib/app-error";
import { seal, unseal } from "../../lib/tokens";
import { countryCurrencies } from "./connect";
import { stripeClient, type AgencyStripe } from "./client";
import { afterStripeConnected } from "./connected";
import { stripeAppError, stripeErrorText } from "./errors";

export { stripeAppError };

export type { AgencyStripe };
// Connect onboarding lives in connect.ts; exported here too, as the billing contract names this module.
export { countryCurrencies, finishConnect, startConnect } from "./connect";

/**
 * The Stripe client and request options for an agency: Connect calls go with the platform key on the agency's
 * account (Stripe-Account header); a restricted key gets its own client. Callers add an idempotency key per call.
 */
export async function agencyStripe(db: Db, agencyId: string): Promise<AgencyStripe> {
  const account = await db.billingAccount.findUnique({ where: { agencyId } });
  if (!account || account.connection === "NONE") throw new AppError("PRECONDITION_FAILED", "billing.notConnected");
  if (account.connection === "CONNECT") {
    if (!account.stripeAccountId) throw new AppError("PRECONDITION_FAILED", "billing.notConnected");
    return { stripe: stripeClient(), opts: { stripeAccount: account.stripeAccountId }, accountId: account.stripeAccountId };
  }
  if (!account.restrictedKeySealed) throw new AppError("PRECONDITION_FAILED", "billing.notConnected");
  const key = unseal(account.restrictedKeySealed, env().NEXTAUTH_SECRET);
  return { stripe: stripeClient(key), opts: {}, accountId: account.stripeAccountId };
}

/** The agency's billing account as the UI may see it: never the sealed key, only whether one is stored. */
export async function billingAccount(db: Db, agencyId: string) {
  const row = await db.billingAccount.findUnique({ where: { agencyId } });
  const { restrictedKeySealed, ...rest } = row ?? defaults(agencyId);
  return { ...rest, hasRestrictedKey: Boolean(restrictedKeySealed), meters: (rest.meters ?? {}) as Record<string, string> };
}

function defaults(agencyId: string) {
  return {
    agencyId,
    connection: "NONE" as const,
    stripeAccountId: null,
    restrictedKeySealed: null,
    chargesEnabled: false,
    currencies: [] as string[],
    meters: {},
    productId: null,
    failedPaymentAction: "WARN" as const,
    suspendAfterDays: 7,
    prorationBehavior: "create_prorations",
    testClockId: null,
    createdAt: new Date(0),
    updatedAt: new Date(0),
  };
}

/**
 * The agency's own restricted key: checked with a read it needs anyway (listing Billing Meters), then stored
 * sealed. A key Stripe refuses changes nothing.
 */
export async function connectWithKey(db: Db, args: { agencyId: string; key: string; userId: string }) {
  const key = args.key.trim();
  if (!/^(rk|sk)_(test|live)_\w+$/.test(key)) throw new AppError("BAD_REQUEST", "billing.keyInvalid", { field: "key" });
  const stripe = stripeClient(key);
  let accountId: string | null = null;
  let currencies: string[] = [];
  try {
    await stripe.billing.meters.list({ limit: 1 });
  } catch (error) {
    throw new AppError("BAD_REQUEST", "billing.keyRefused", { field: "key", values: { reason: stripeErrorText(error) } });
  }
  try {
    // Not every restricted key may read its account: the id and currencies are a bonus, not a requirement.
    const account = await stripe.accounts.retrieveCurrent();
    accountId = account.id;
    if (account.country) currencies = await countryCurrencies(stripe, account.country, account.default_currency);
  } catch {
    /* keep going without them */
  }
  return db.$transaction(async (tx) => {
    const before = await tx.billingAccount.findUnique({ where: { agencyId: args.agencyId }, select: { connection: true, stripeAccountId: true } });
    const data = { connection: "RESTRICTED_KEY" as const, restrictedKeySealed: seal(key, env().NEXTAUTH_SECRET), stripeAccountId: accountId, chargesEnabled: true, currencies, meters: {}, productId: null };
    await tx.billingAccount.upsert({ where: { agencyId: args.agencyId }, create: { agencyId: args.agencyId, ...data }, update: data });
    await afterStripeConnected(tx, args.agencyId);
    await audit(tx, {
      agencyId: args.agencyId,
      actorId: args.userId,
      action: "billing.stripe_connected",
      entityType: "BillingAccount",
      entityId: args.agencyId,
      before: before ?? null,
      after: { connection: "RESTRICTED_KEY", stripeAccountId: accountId, key: `${key.slice(0, 8)}…` },
    });
    return { connection: data.connection, stripeAccountId: accountId, currencies };
  });
}

/** Forgets the connection (the key, the account's meters and product); Stripe keeps its objects. */
export async function disconnect(db: Db, agencyId: string, userId: string | null = null) {
  await db.$transaction(async (tx) => {
    const before = await tx.billingAccount.findUnique({ where: { agencyId }, select: { connection: true, stripeAccountId: true } });
    if (!before || before.connection === "NONE") return;
    await tx.billingAccount.update({
      where: { agencyId },
      data: { connection: "NONE", restrictedKeySealed: null, stripeAccountId: null, chargesEnabled: false, currencies: [], meters: {}, productId: null },
    });
    await audit(tx, { agencyId, actorId: userId, action: "billing.stripe_disconnected", entityType: "BillingAccount", entityId: agencyId, before, after: { connection: "NONE" } });
  });
}

export const PRORATION_BEHAVIORS = ["create_prorations", "none", "always_invoice"] as const;

export async function updatePolicy(
  db: Db,
  args: { agencyId: string; failedPaymentAction: "WARN" | "SUSPEND"; suspendAfterDays: number; prorationBehavior: string; userId?: string | null },
) {
  if (!PRORATION_BEHAVIORS.includes(args.prorationBehavior as never)) throw new AppError("BAD_REQUEST", "billing.validation.prorationBehavior", { field: "prorationBehavior" });
  if (!Number.isInteger(args.suspendAfterDays) || args.suspendAfterDays < 1 || args.suspendAfterDays > 90) {
    throw new AppError("BAD_REQUEST", "billing.validation.suspendAfterDays", { field: "suspendAfterDays" });
  }
  const data = { failedPaymentAction: args.failedPaymentAction, suspendAfterDays: args.suspendAfterDays, prorationBehavior: args.prorationBehavior };
  return db.$transaction(async (tx) => {
    const before = await tx.billingAccount.findUnique({ where: { agencyId: args.agencyId }, select: { failedPaymentAction: true, suspendAfterDays: true, prorationBehavior: true } });
    await tx.billingAccount.upsert({ where: { agencyId: args.agencyId }, create: { agencyId: args.agencyId, ...data }, update: data });
    await afterStripeConnected(tx, args.agencyId);
    await audit(tx, { agencyId: args.agencyId, actorId: args.userId ?? null, action: "billing.policy_changed", entityType: "BillingAccount", entityId: args.agencyId, before: before ?? null, after: data });
    return data;
  });
}
