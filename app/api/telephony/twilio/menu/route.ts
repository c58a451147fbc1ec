import { twilioWebhook } from "@/server/telephony/webhooks/twilio-webhook";
import { handleMenu } from "@/server/telephony/webhooks/menu";

export const dynamic = "force-dynamic";

export const POST = twilioWebhook("menu", handleMenu);
