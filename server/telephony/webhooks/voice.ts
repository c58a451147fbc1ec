import { callEvent, dedupeKeys, type NewCallEvent } from "../../calls/call-events";
import { openCall } from "../../calls/open-call";
import { db } from "../../db";
import { withTenant } from "../../tenant-db";
import { answerTwiml } from "../flow/answer-twiml";
import { unknownNumberTwiml } from "../flow/after-queue-twiml";
import { decideRoute } from "../flow/route-decision";
import { spokenLanguage } from "../flow/voice-texts";
import { buildFlowContext } from "./flow-context";
import { findNumberRoute } from "./number-lookup";
import { callSid, phoneParam, required } from "./params";
import { recordRejection } from "./rejections";
import { approvedTermsDocument } from "./terms-cache";
import { twimlResponse, type Webhook } from "./twilio-webhook";

/**
 * An incoming call: resolve the number (one query), decide the route from the terms in force, write the
 * call with its first events (one statement), answer the TwiML. A number we do not route gets a polite
 * message and a TelephonyRejection, and no Call. Once the number names its agency, the rest runs as that
 * agency under row-level security (server/tenant-db.ts).
 */
export async function handleVoice(hook: Webhook): Promise<Response> {
  const { params, receivedAt } = hook;
  const sid = callSid(params);
  const to = phoneParam(required(params, "To"))!;
  const from = phoneParam(required(params, "From"))!;
  const forwardedFrom = phoneParam(params.ForwardedFrom);

  const n = await findNumberRoute(db, to, forwardedFrom, receivedAt);
  if (!n?.hotlineId || !n.clientId) {
    await recordRejection(db, { agencyId: n?.agencyId ?? null, endpoint: hook.endpoint, reason: n ? "numberWithoutHotline" : "unknownNumber", params });
    return twimlResponse(unknownNumberTwiml(to));
  }
  const { hotlineId, clientId } = n;
  return withTenant(n.agencyId, () => answerRoutedCall(hook, { ...n, hotlineId, clientId }, { sid, to, from, forwardedFrom }));
}

type RoutedNumber = NonNullable<Awaited<ReturnType<typeof findNumberRoute>>> & { hotlineId: string; clientId: string };

async function answerRoutedCall(hook: Webhook, n: RoutedNumber, c: { sid: string; to: string; from: string; forwardedFrom: string | null }): Promise<Response> {
  const { params, receivedAt } = hook;
  const { sid, to, from, forwardedFrom } = c;
  const terms = n.termsVersionId ? await approvedTermsDocument(db, n.termsVersionId) : null;
  const language = spokenLanguage(...(n.languages ?? []), terms?.general.languages[0], n.locale);
  const plan = decideRoute({
    hotline: {
      status: n.hotlineStatus ?? "PAUSED",
      maxQueueSize: n.maxQueueSize,
      overflowAction: n.overflowAction,
      overflowForwardTo: n.overflowForwardTo,
      afterHoursMode: n.afterHoursMode,
      afterHoursForwardTo: n.afterHoursForwardTo,
    },
    terms,
    clientActive: n.clientStatus !== "SUSPENDED" && n.clientStatus !== "ENDED",
    timezone: n.timezone ?? "UTC",
    now: receivedAt,
    queueSize: n.queueSize,
  });
  const ctx = buildFlowContext({ ...n, hotlineId: n.hotlineId, hotlineName: n.hotlineName ?? "", currency: n.currency ?? "RUB" }, language, terms);

  const events: NewCallEvent[] = [
    callEvent("RECEIVED", dedupeKeys.received, receivedAt, {
      from,
      to,
      callerName: params.CallerName?.trim() || null,
      forwardedFrom,
      language,
      termsVersionNumber: terms ? n.termsVersionNumber : null,
    }),
    callEvent("ROUTED", dedupeKeys.routed, receivedAt, { route: plan.route, reason: plan.reason }),
  ];
  if (plan.route === "OVERFLOW") events.push(callEvent("OVERFLOW", dedupeKeys.overflow, receivedAt, { reason: "queueFull", action: plan.action === "FORWARD" ? "FORWARD" : "VOICEMAIL" }));
  if (plan.action === "QUEUE" && ctx.menu) events.push(callEvent("MENU", dedupeKeys.menu, receivedAt, {}));

  await openCall(db, {
    agencyId: n.agencyId,
    clientId: n.clientId,
    hotlineId: n.hotlineId,
    phoneNumberId: n.numberId,
    provider: n.provider,
    providerCallId: sid,
    fromNumber: from,
    toNumber: to,
    callerName: params.CallerName?.trim() || null,
    forwardedFrom,
    language,
    termsVersionId: terms ? n.termsVersionId : null,
    termsVersionNumber: terms ? n.termsVersionNumber : null,
    callerPricePerMinute: ctx.price ? n.callerPricePerMinute : null,
  }, events);

  if (n.forwardedLineId && !n.forwardedLineVerifiedAt) {
    await db.phoneNumber.updateMany({ where: { id: n.forwardedLineId, agencyId: n.agencyId, forwardingVerifiedAt: null }, data: { forwardingVerifiedAt: receivedAt } });
  }
  return twimlResponse(answerTwiml(plan, ctx));
}
