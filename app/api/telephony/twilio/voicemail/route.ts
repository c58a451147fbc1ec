import { twilioWebhook } from "@/server/telephony/webhooks/twilio-webhook";
import { handleVoicemail } from "@/server/telephony/webhooks/voicemail";

export const dynamic = "force-dynamic";

export const POST = twilioWebhook("voicemail", handleVoicemail);
