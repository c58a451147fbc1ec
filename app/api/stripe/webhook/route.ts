import { db } from "@/server/db";
import { handleStripeWebhook } from "@/server/billing/stripe/webhooks";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Stripe's webhooks: the signature is over the exact bytes sent, so the body is read raw, never parsed first. */
export async function POST(req: Request) {
  const rawBody = await req.text();
  const { status, body } = await handleStripeWebhook(db, rawBody, req.headers.get("stripe-signature"));
  return Response.json(body, { status });
}
