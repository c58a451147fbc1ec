import Stripe from "stripe";
import { env } from "../../env";

/** The key the fake Stripe accepts (any sk_test_ key works there); used when STRIPE_SECRET_KEY is unset. */
export const FAKE_STRIPE_KEY = "sk_test_switchboard_fake_stripe";

export const stripeMode = (): "STRIPE" | "FAKE" => (env().STRIPE_SECRET_KEY ? "STRIPE" : "FAKE");

const clients = new Map<string, Stripe>();

/**
 * A `stripe` client for a key: Stripe itself when STRIPE_SECRET_KEY is set, otherwise the real package pointed at
 * the local fake Stripe (host/port/protocol options), so the same code runs in the demo, the tests and production.
 */
export function stripeClient(key: string = env().STRIPE_SECRET_KEY ?? FAKE_STRIPE_KEY): Stripe {
  const fake = stripeMode() === "FAKE";
  const cacheKey = `${key}|${fake ? env().FAKE_STRIPE_URL : ""}`;
  let client = clients.get(cacheKey);
  if (!client) {
    const url = new URL(env().FAKE_STRIPE_URL);
    client = new Stripe(key, {
      maxNetworkRetries: 2,
      timeout: 20_000,
      appInfo: { name: "Switchboard" },
      ...(fake ? { host: url.hostname, port: Number(url.port || 80), protocol: url.protocol.replace(":", "") as "http" | "https" } : {}),
    });
    clients.set(cacheKey, client);
  }
  return client;
}

/**
 * CONTRACT (owned by the STRIPE helper, server/billing/stripe/account.ts): every Stripe call for an agency goes
 * through `agencyStripe(db, agencyId)` → `{ stripe, opts }` where `opts` carries `stripeAccount` (Connect) and the
 * call adds `idempotencyKey`; a restricted key gets its own client. Throws AppError "billing.notConnected" when the
 * agency has not connected Stripe.
 */
export type AgencyStripe = { stripe: Stripe; opts: Stripe.RequestOptions; accountId: string | null };
