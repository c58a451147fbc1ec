import { accountPath, twilioError } from "./twilio-json";
import type { EmulatorContext } from "./context";
import type { RestReply } from "./rest-numbers";
import { newSid, rfc2822 } from "./sids";
import { notify } from "./webhook-client";

/**
 * A minimal Messages API (POST /Accounts/{sid}/Messages.json): enough for Switchboard's call summaries by
 * SMS. Answers Twilio's JSON shape with status "queued", then (after a simulated second) POSTs the
 * StatusCallback "sent" and "delivered", signed like every webhook. Nothing is stored: the emulator does
 * not deliver texts anywhere, it only logs them.
 */
export function createMessage(ctx: EmulatorContext, form: Record<string, string>): RestReply {
  const { To: to, From: from, Body: body, StatusCallback: statusCallback } = form;
  if (!to || !/^\+[1-9]\d{6,14}$/.test(to)) return { status: 400, body: twilioError(400, 21211, `The 'To' number ${to ?? ""} is not a valid phone number.`) };
  if (!from) return { status: 400, body: twilioError(400, 21603, "A 'From' phone number is required.") };
  if (!body) return { status: 400, body: twilioError(400, 21602, "Message body is required.") };
  const sid = newSid("SM");
  const now = new Date();
  ctx.log(`sms ${sid} ${from} -> ${to}: ${body.slice(0, 80)}`);
  if (statusCallback) {
    const params = (status: string) => ({ AccountSid: ctx.accountSid, MessageSid: sid, SmsSid: sid, MessageStatus: status, SmsStatus: status, From: from, To: to, ApiVersion: "2010-04-01" });
    setTimeout(async () => {
      await notify(ctx, null, "sms-status", statusCallback, "POST", params("sent"));
      await notify(ctx, null, "sms-status", statusCallback, "POST", params("delivered"));
    }, Math.max(1, 1000 * ctx.timeScale));
  }
  return {
    status: 201,
    body: {
      sid, account_sid: ctx.accountSid, api_version: "2010-04-01", body, from, to, status: "queued", direction: "outbound-api",
      num_segments: String(Math.ceil(body.length / 153) || 1), num_media: "0", price: null, price_unit: "USD", error_code: null, error_message: null,
      date_created: rfc2822(now), date_updated: rfc2822(now), date_sent: null, messaging_service_sid: null,
      uri: `${accountPath(ctx.accountSid)}/Messages/${sid}.json`, subresource_uris: { media: `${accountPath(ctx.accountSid)}/Messages/${sid}/Media.json` },
    },
  };
}
