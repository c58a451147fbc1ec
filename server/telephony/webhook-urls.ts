import { env } from "../env";

/**
 * The public URLs of our telephony webhooks. Built from PUBLIC_URL, never from the request's own host or
 * scheme: Twilio signs the URL it called, and a TLS-terminating proxy in front would change both.
 */
export const TELEPHONY_BASE_PATH = "/api/telephony/twilio";

export function webhookPath(name: string): string {
  return `${TELEPHONY_BASE_PATH}/${name}`;
}

export function webhookUrl(name: string, query?: Record<string, string>): string {
  const qs = query ? `?${new URLSearchParams(query).toString()}` : "";
  return `${env().PUBLIC_URL}${webhookPath(name)}${qs}`;
}

/** Set on every number we buy or attach: the incoming call and its status callback. */
export const numberWebhooks = () => ({ voiceUrl: webhookUrl("voice"), statusCallback: webhookUrl("status") });
