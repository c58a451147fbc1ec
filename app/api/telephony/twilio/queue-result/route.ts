import { twilioWebhook } from "@/server/telephony/webhooks/twilio-webhook";
import { handleQueueResult } from "@/server/telephony/webhooks/queue-result";

export const dynamic = "force-dynamic";

export const POST = twilioWebhook("queue-result", handleQueueResult);
