import { twilioWebhook } from "@/server/telephony/webhooks/twilio-webhook";
import { handleRecording } from "@/server/telephony/webhooks/voicemail";

export const dynamic = "force-dynamic";

export const POST = twilioWebhook("recording", handleRecording);
