import { webhookUrl } from "../telephony/webhook-urls";

/** The operator's browser identity in the voice SDK (Twilio Client): one per user. */
export const clientIdentity = (userId: string) => `op_${userId}`;

/** Where the Calls API moves an accepted caller: TwiML that dials the operator (signed query carries the offer). */
export const connectUrl = (query: { offer: string; lang: string }) => webhookUrl("connect", query);

/** Where a transferred caller goes: TwiML that dials the number (signed query carries it). */
export const transferUrl = (query: { to: string; lang: string }) => webhookUrl("connect", { transfer: query.to, lang: query.lang });
