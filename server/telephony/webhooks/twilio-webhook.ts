import twilio from "twilio";
import { db } from "../../db";
import { env } from "../../env";
import { logger } from "../../logger";
import { clientIp } from "../../security/client-ip";
import { withRlsOff } from "../../tenant-db";
import { hitPerIp, LIMITS, tooManyRequests } from "../../security/rate-limit";
import { webhookPath } from "../webhook-urls";
import { readWebhookForm, readWebhookQuery } from "./form";
import { WebhookRefusal } from "./refusal";
import { recordRejection } from "./rejections";

/** One signed carrier request, parsed. `query` is the signed URL's query string (state we put there). */
export type Webhook = { endpoint: string; params: Record<string, string>; query: URLSearchParams; receivedAt: Date };
export type WebhookHandler = (hook: Webhook) => Promise<Response>;

const plain = (status: number, text: string) => new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export const twimlResponse = (xml: string) => new Response(xml, { status: 200, headers: { "content-type": "text/xml; charset=utf-8" } });

/**
 * Whether Twilio (or the emulator, with the same token) signed this request. The URL is PUBLIC_URL plus
 * our own path plus the query as received: never the request's host or scheme, which a TLS-terminating
 * proxy in front rewrites (twilio-node #321).
 */
export function isSignedByCarrier(req: Request, endpoint: string, params: Record<string, string>): boolean {
  const token = env().TWILIO_AUTH_TOKEN;
  const signature = req.headers.get("x-twilio-signature");
  if (!token || !signature) return false;
  const url = `${env().PUBLIC_URL}${webhookPath(endpoint)}${new URL(req.url).search}`;
  return twilio.validateRequest(token, signature, url, params);
}

/**
 * The route handler of one telephony webhook: body limit, form parsing, signature (403, nothing stored),
 * then the handler. A source IP over its rate limit gets a 429 (JSON, Retry-After) before the body is
 * read. Refusals answer plain text with their reason; a signed request refused for its
 * content is kept as a TelephonyRejection.
 */
export function twilioWebhook(endpoint: string, handler: WebhookHandler): (req: Request) => Promise<Response> {
  return async (req) => {
    const receivedAt = new Date();
    let params: Record<string, string> | null = null;
    try {
      const limited = await hitPerIp(db, LIMITS.twilioWebhookPerIp, clientIp(req.headers), receivedAt);
      if (!limited.ok) return tooManyRequests(limited);
      const query = readWebhookQuery(req);
      params = await readWebhookForm(req);
      if (!isSignedByCarrier(req, endpoint, params)) return plain(403, "Forbidden");
      const hook = { endpoint, params, query, receivedAt };
      // The voice benchmark measures row-level security's cost by asking for it off (bench builds only).
      if (env().BENCH_ROUTES === "1" && req.headers.get("x-bench-rls") === "off") return await withRlsOff(() => handler(hook));
      return await handler(hook);
    } catch (error) {
      if (!(error instanceof WebhookRefusal)) {
        logger.error({ err: error, endpoint }, "telephony webhook failed");
        return plain(500, "Internal error");
      }
      if (error.record && params) await recordRejection(db, { agencyId: error.record.agencyId, endpoint, reason: error.reason, params });
      return plain(error.status, error.reason);
    }
  };
}
