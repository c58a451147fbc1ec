/**
 * The CallEvent contract shared by the call path, the call log and the desk (issue 6): type strings, the
 * data each carries, and the dedupe keys that make a redelivered webhook count once. Pure: no Prisma.
 */
export const CALL_EVENT_TYPES = [
  "RECEIVED",
  "ROUTED",
  "MENU",
  "MENU_INPUT",
  "QUEUED",
  "LEFT_QUEUE",
  "OVERFLOW",
  "FORWARDED",
  "VOICEMAIL",
  "RECORDING",
  "CARRIER_STATUS",
  // Issue 6 (the desk) appends these; the projection already knows their place in the status order.
  "OFFERED",
  "CONNECTED",
  "WRAP_UP",
] as const;
export type CallEventType = (typeof CALL_EVENT_TYPES)[number];

export type CallRouteName = "QUEUE" | "AFTER_HOURS" | "OVERFLOW" | "PAUSED";

/** The data of each event type (stored as JSON in CallEvent.data). */
export type CallEventData = {
  RECEIVED: { from: string; to: string; callerName: string | null; forwardedFrom: string | null; language: string; termsVersionNumber: number | null };
  ROUTED: { route: CallRouteName; reason: string };
  MENU: Record<string, never>;
  MENU_INPUT: { digits: string; language?: string | null };
  QUEUED: Record<string, never>;
  /** `result` is Twilio's QueueResult (hangup, leave, queue-full, bridged, redirected, error…). */
  LEFT_QUEUE: { result: string; queueSeconds: number | null };
  OVERFLOW: { reason: "maxWait" | "queueFull"; action: "VOICEMAIL" | "FORWARD" };
  FORWARDED: { to: string; dialStatus: string; dialSeconds: number | null };
  VOICEMAIL: { url: string; seconds: number | null };
  /** `kind` says which recording this is: the caller's voicemail, or the call itself. */
  RECORDING: { url: string; seconds: number | null; kind: "voicemail" | "call"; sid?: string | null };
  CARRIER_STATUS: { status: string; sequence: number | null; durationSeconds: number | null };
  OFFERED: Record<string, unknown>;
  CONNECTED: Record<string, unknown>;
  WRAP_UP: Record<string, unknown>;
};

export type NewCallEvent<T extends CallEventType = CallEventType> = {
  type: T;
  /** When it happened according to its source (the carrier's Timestamp), else when we received it. */
  occurredAt: Date;
  dedupeKey: string;
  data: CallEventData[T];
};

/** A stored event as the projection reads it (data as stored JSON). */
export type StoredCallEvent = { type: string; occurredAt: Date; dedupeKey: string; data: unknown };

export function callEvent<T extends CallEventType>(type: T, dedupeKey: string, occurredAt: Date, data: CallEventData[T]): NewCallEvent<T> {
  return { type, dedupeKey, occurredAt, data };
}

/**
 * Dedupe keys: one per thing that can happen once per call, so Twilio's retries and replays insert
 * nothing new. Carrier statuses key on SequenceNumber when the carrier sends it, else on the status.
 */
export const dedupeKeys = {
  received: "voice",
  routed: "routed",
  menu: "menu",
  menuInput: (attempt: number) => `menu-input:${attempt}`,
  queued: "queued",
  leftQueue: "enqueue-result",
  overflow: "overflow",
  forwarded: "dial-result",
  voicemail: "voicemail",
  recording: (sid: string) => `recording:${sid}`,
  carrierStatus: (status: string, sequence: number | null) => (sequence === null ? `status:${status}` : `seq:${sequence}`),
} as const;
