import { twilioWebhook } from "@/server/telephony/webhooks/twilio-webhook";
import { handleDialResult } from "@/server/telephony/webhooks/dial-result";

export const dynamic = "force-dynamic";

export const POST = twilioWebhook("dial-result", handleDialResult);
