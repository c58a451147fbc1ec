import { twilioWebhook } from "@/server/telephony/webhooks/twilio-webhook";
import { handleStatus } from "@/server/telephony/webhooks/status";

export const dynamic = "force-dynamic";

export const POST = twilioWebhook("status", handleStatus);
