import { twilioWebhook } from "@/server/telephony/webhooks/twilio-webhook";
import { handleVoice } from "@/server/telephony/webhooks/voice";

export const dynamic = "force-dynamic";

export const POST = twilioWebhook("voice", handleVoice);
