import { twilioWebhook } from "@/server/telephony/webhooks/twilio-webhook";
import { recordSmsStatus } from "@/server/messages/send-sms";

export const dynamic = "force-dynamic";

/** The status callback of a call summary sent by SMS (?message=<id>, signed by the carrier). */
export const POST = twilioWebhook("sms-status", async (hook) => {
  const id = hook.query.get("message") ?? "";
  const known = id.length > 0 && id.length <= 64 && (await recordSmsStatus(id, hook.params));
  return new Response(known ? "" : "Unknown message", { status: known ? 204 : 404 });
});
