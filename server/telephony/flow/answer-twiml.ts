import twilio from "twilio";
import type { AppLocale } from "../../i18n/locale";
import { forwardTo, recordVoicemail } from "./after-queue-twiml";
import { menuChoice, sayMenu, type HotlineMenu } from "./menu";
import { enqueue, type QueueSettings } from "./queue-twiml";
import type { CallPlan } from "./route-decision";
import { say } from "./say";
import type { FlowUrls } from "./urls";
import { spokenLanguage, spokenPrice, voiceText } from "./voice-texts";

type VoiceResponse = InstanceType<typeof twilio.twiml.VoiceResponse>;

/** Everything the TwiML of a call needs to know, gathered by the webhook (pure from here on). */
export type FlowContext = {
  language: AppLocale;
  /** The terms' greeting in the caller's language (null: none written for it). */
  greeting: string | null;
  hotlineName: string;
  /** The terms' after-hours message, said instead of the default when closed. */
  afterHoursMessage: string | null;
  recordingEnabled: boolean;
  /** Hotline.recordingConsent per language; the default text is used when missing. */
  recordingConsent: Record<string, string>;
  /** Premium lines: the price the caller pays per minute, announced before they are connected. */
  price: { perMinute: string; currency: string } | null;
  menu: HotlineMenu | null;
  queue: QueueSettings;
  urls: FlowUrls;
};

function greet(response: VoiceResponse, ctx: FlowContext): void {
  say(response, ctx.language, ctx.greeting ?? voiceText(ctx.language, "defaultGreeting", { name: ctx.hotlineName }));
}

/** Consent and price: what the caller must hear before anyone talks to them. */
function announcements(response: VoiceResponse, ctx: FlowContext): void {
  if (ctx.recordingEnabled) say(response, ctx.language, ctx.recordingConsent[ctx.language] || voiceText(ctx.language, "recordingConsent"));
  if (ctx.price) say(response, ctx.language, voiceText(ctx.language, "price", { price: spokenPrice(ctx.language, ctx.price.perMinute, ctx.price.currency) }));
}

/** The menu as a Gather; with no key pressed the redirect brings the caller to the same handler anyway. */
export function gatherMenu(response: VoiceResponse, ctx: FlowContext, menu: HotlineMenu, attempt: number): void {
  const gather = response.gather({ input: ["dtmf"], numDigits: 1, timeout: 6, action: ctx.urls.menu(ctx.language, attempt), method: "POST", actionOnEmptyResult: true });
  sayMenu(gather, menu, ctx.language);
  response.redirect({ method: "POST" }, ctx.urls.menu(ctx.language, attempt));
}

/** Voicemail or forward, after what the caller must be told first. */
function notQueued(response: VoiceResponse, ctx: FlowContext, plan: Extract<CallPlan, { action: "VOICEMAIL" | "FORWARD" }>): void {
  if (plan.route === "AFTER_HOURS") say(response, ctx.language, ctx.afterHoursMessage || voiceText(ctx.language, "afterHours"));
  else say(response, ctx.language, voiceText(ctx.language, "overflow"));
  if (plan.action === "FORWARD") forwardTo(response, ctx.language, plan.to, ctx.urls);
  else recordVoicemail(response, ctx.language, ctx.urls);
}

/** The answer to the voice webhook for every branch of the plan. */
export function answerTwiml(plan: CallPlan, ctx: FlowContext): string {
  const response = new twilio.twiml.VoiceResponse();
  if (plan.action === "HANGUP") {
    say(response, ctx.language, voiceText(ctx.language, "paused"));
    response.hangup();
    return response.toString();
  }
  greet(response, ctx);
  if (plan.action !== "QUEUE") {
    notQueued(response, ctx, plan);
    return response.toString();
  }
  if (plan.route === "AFTER_HOURS") say(response, ctx.language, ctx.afterHoursMessage || voiceText(ctx.language, "afterHours"));
  announcements(response, ctx);
  if (ctx.menu) gatherMenu(response, ctx, ctx.menu, 1);
  else enqueue(response, ctx.language, ctx.queue, ctx.urls);
  return response.toString();
}

/** After a menu key: the chosen language, then the queue; an unknown key is asked once more. */
export function menuInputTwiml(ctx: FlowContext, digits: string | null, attempt: number): { twiml: string; language: AppLocale; chosen: boolean } {
  const response = new twilio.twiml.VoiceResponse();
  const choice = ctx.menu ? menuChoice(ctx.menu, digits) : null;
  if (!choice && ctx.menu && attempt < 2) {
    if (digits) say(response, ctx.language, voiceText(ctx.language, "menuRetry"));
    gatherMenu(response, ctx, ctx.menu, attempt + 1);
    return { twiml: response.toString(), language: ctx.language, chosen: false };
  }
  const language = spokenLanguage(choice?.language, ctx.language);
  enqueue(response, language, ctx.queue, ctx.urls);
  return { twiml: response.toString(), language, chosen: Boolean(choice) };
}

/** After the queue gave up on the caller (waited too long, queue full): voicemail or forward. */
export function overflowTwiml(ctx: Pick<FlowContext, "language" | "urls" | "afterHoursMessage">, plan: CallPlan): string {
  const response = new twilio.twiml.VoiceResponse();
  if (plan.action === "VOICEMAIL" || plan.action === "FORWARD") notQueued(response, { ...ctx } as FlowContext, plan);
  else response.hangup();
  return response.toString();
}
