/**
 * A call's events as the timeline shows them: in the order they happened, each with the facts of its
 * type read defensively from its JSON (the log is written by several modules and kept forever, so an
 * event from an older or newer writer must still show), and an audio clip for voicemails and recordings.
 */
import { CALL_EVENT_TYPES, type CallEventType } from "../calls/call-events";
// The types this page knows are the contract's (server/calls/call-events.ts); anything else shows as "OTHER".
const KNOWN_EVENT_TYPES = CALL_EVENT_TYPES;
export type KnownEventType = CallEventType;

const TEXT_FACTS = ["from", "to", "callerName", "forwardedFrom", "language", "route", "reason", "digits", "result", "action", "dialStatus", "status", "kind"] as const;
const NUMBER_FACTS = ["termsVersionNumber", "queueSeconds", "dialSeconds", "seconds", "sequence", "durationSeconds"] as const;
export type TimelineFacts = Partial<Record<(typeof TEXT_FACTS)[number], string> & Record<(typeof NUMBER_FACTS)[number], number>>;

export type RawCallEvent = { id: string; type: string; occurredAt: Date; data: unknown };
export type TimelineEntry = {
  id: string;
  type: KnownEventType | "OTHER";
  rawType: string;
  occurredAt: Date;
  /** Seconds since the call started (never negative: a clock skew between sources shows as +0:00). */
  offsetSeconds: number;
  facts: TimelineFacts;
  audio: { url: string; seconds: number | null } | null;
};

/** `mediaPurged`: the files were deleted under the retention policy, so no event offers a player any more. */
export function buildTimeline(events: readonly RawCallEvent[], startedAt: Date, opts: { mediaPurged?: boolean } = {}): TimelineEntry[] {
  // A voicemail arrives twice (the Record action and its recording callback): one player is enough.
  const playing = new Set<string>();
  return [...events].sort(byOccurrence).map((e) => {
    const data = isRecord(e.data) ? e.data : {};
    const facts = factsOf(data);
    const type = (KNOWN_EVENT_TYPES as readonly string[]).includes(e.type) ? (e.type as KnownEventType) : "OTHER";
    const url = typeof data.url === "string" ? safeAudioUrl(data.url) : null;
    const audible = !opts.mediaPurged && url !== null && (type === "VOICEMAIL" || type === "RECORDING") && !playing.has(url);
    if (audible) playing.add(url);
    return {
      id: e.id,
      type,
      rawType: e.type.slice(0, 64),
      occurredAt: e.occurredAt,
      offsetSeconds: Math.max(0, Math.round((e.occurredAt.getTime() - startedAt.getTime()) / 1000)),
      facts,
      audio: audible ? { url, seconds: facts.seconds ?? null } : null,
    };
  });
}

/** By time, then by arrival (ids grow with inserts), so two events in the same millisecond keep their order. */
function byOccurrence(a: RawCallEvent, b: RawCallEvent): number {
  const dt = a.occurredAt.getTime() - b.occurredAt.getTime();
  if (dt !== 0) return dt;
  const [x, y] = [BigInt(a.id), BigInt(b.id)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function factsOf(data: Record<string, unknown>): TimelineFacts {
  const facts: Record<string, string | number> = {};
  for (const key of TEXT_FACTS) {
    const v = data[key];
    if (typeof v === "string" && v.trim()) facts[key] = v.trim().slice(0, 200);
    else if (typeof v === "number" && Number.isFinite(v)) facts[key] = String(v);
  }
  for (const key of NUMBER_FACTS) {
    const v = typeof data[key] === "string" ? Number(data[key]) : data[key];
    if (typeof v === "number" && Number.isFinite(v)) facts[key] = v;
  }
  return facts as TimelineFacts;
}

/** Only web addresses play in the page's audio player. */
export function safeAudioUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
