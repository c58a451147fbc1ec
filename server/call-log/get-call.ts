import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../lib/app-error";
import { buildTimeline, safeAudioUrl } from "./timeline";
import { isFinalStatus } from "./call-status";

const callSelect = {
  id: true,
  providerCallId: true,
  provider: true,
  fromNumber: true,
  toNumber: true,
  callerName: true,
  forwardedFrom: true,
  status: true,
  route: true,
  language: true,
  termsVersionNumber: true,
  menuDigits: true,
  startedAt: true,
  menuAt: true,
  queuedAt: true,
  offeredAt: true,
  connectedAt: true,
  wrapUpAt: true,
  endedAt: true,
  waitSeconds: true,
  talkSeconds: true,
  durationSeconds: true,
  forwardedTo: true,
  voicemailUrl: true,
  voicemailSeconds: true,
  recordingUrl: true,
  recordingSeconds: true,
  mediaPurgedAt: true,
  callerPricePerMinute: true,
  carrierStatus: true,
  phoneNumber: { select: { e164: true, kind: true, friendlyName: true } },
  hotline: { select: { id: true, name: true, client: { select: { slug: true, name: true, timezone: true, currency: true } } } },
  events: { select: { id: true, type: true, occurredAt: true, data: true } },
} satisfies Prisma.CallSelect;

/**
 * One of the agency's calls with its timeline. The id comes from the browser, so it is looked up inside the
 * agency: another agency's call is NOT_FOUND, exactly like a call that does not exist.
 */
export async function getCall(db: Db, agencyId: string, callId: string) {
  const call = await db.call.findFirst({ where: { id: callId, agencyId }, select: callSelect });
  if (!call) throw new AppError("NOT_FOUND", "calls.callNotFound");
  const { events, hotline, callerPricePerMinute, voicemailUrl, recordingUrl, ...rest } = call;
  return {
    ...rest,
    // Only web addresses reach the page's audio player.
    voicemailUrl: voicemailUrl ? safeAudioUrl(voicemailUrl) : null,
    recordingUrl: recordingUrl ? safeAudioUrl(recordingUrl) : null,
    // Decimal and BigInt do not cross into client components: the price as exact text, ids as strings.
    callerPricePerMinute: callerPricePerMinute?.toString() ?? null,
    hotline: { id: hotline.id, name: hotline.name },
    client: hotline.client,
    final: isFinalStatus(call.status),
    timeline: buildTimeline(
      events.map((e) => ({ ...e, id: e.id.toString() })),
      call.startedAt,
      { mediaPurged: call.mediaPurgedAt !== null },
    ),
  };
}
