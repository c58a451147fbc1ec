import { twilioWebhook } from "@/server/telephony/webhooks/twilio-webhook";
import { handleWait } from "@/server/telephony/webhooks/wait";

export const dynamic = "force-dynamic";

export const POST = twilioWebhook("wait", handleWait);
