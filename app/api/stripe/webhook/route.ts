import { db } from "@/server/db";
import { handleStripeWebhook } from "@/server/billing/stripe/webhooks";
import { clientIp } from "@/server/security/client-ip";
import { hitPerIp, LIMITS, tooManyRequests } from "@/server/security/rate-limit";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Stripe's webhooks: the signature is over the exact bytes sent, so the body is read raw, never parsed first. */
export async function POST(req: Request) {
  // Per source IP, before the body is read: bounds what a flood of forged events costs.
  const limited = await hitPerIp(db, LIMITS.stripeWebhookPerIp, clientIp(req.headers));
  if (!limited.ok) return tooManyRequests(limited);
  const rawBody = await req.text();
  const { status, body } = await handleStripeWebhook(db, rawBody, req.headers.get("stripe-signature"));
  return Response.json(body, { status });
}
