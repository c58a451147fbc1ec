import { twilioWebhook } from "@/server/telephony/webhooks/twilio-webhook";
import { handleConnectResult } from "@/server/acd/connect-webhooks";

export const dynamic = "force-dynamic";

export const POST = twilioWebhook("connect-result", handleConnectResult);
