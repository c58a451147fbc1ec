import type { CallEventData, CallRouteName, StoredCallEvent } from "./call-events";

/**
 * The Call row as a pure function of the SET of its events: every field is derived from which events
 * exist, never from the order they arrived in, so a duplicate, late or reordered delivery recomputes the
 * same row. Where one value must win among several events, the winner is chosen by a total order on
 * (occurredAt, type, dedupeKey), which does not depend on arrival either.
 */
export type CallStatusName = "RINGING" | "IN_MENU" | "QUEUED" | "OFFERED" | "CONNECTED" | "WRAP_UP" | "COMPLETED" | "ABANDONED" | "VOICEMAIL" | "FAILED";

export type CallProjection = {
  status: CallStatusName;
  route: CallRouteName;
  language: string;
  startedAt: Date;
  menuDigits: string | null;
  menuAt: Date | null;
  queuedAt: Date | null;
  offeredAt: Date | null;
  connectedAt: Date | null;
  wrapUpAt: Date | null;
  endedAt: Date | null;
  waitSeconds: number | null;
  talkSeconds: number | null;
  durationSeconds: number | null;
  forwardedTo: string | null;
  voicemailUrl: string | null;
  voicemailSeconds: number | null;
  recordingUrl: string | null;
  recordingSeconds: number | null;
  carrierStatus: string | null;
};

/** What the projection cannot learn from events alone (the row as first written). */
export type CallBase = { startedAt: Date; language: string; route?: CallRouteName };

/** Live statuses in the order a call moves through them; a later one never goes back to an earlier one. */
const LIVE_RANK: Record<string, { status: CallStatusName; rank: number }> = {
  RECEIVED: { status: "RINGING", rank: 0 },
  MENU: { status: "IN_MENU", rank: 1 },
  QUEUED: { status: "QUEUED", rank: 2 },
  OFFERED: { status: "OFFERED", rank: 3 },
  CONNECTED: { status: "CONNECTED", rank: 4 },
  WRAP_UP: { status: "WRAP_UP", rank: 5 },
};

/** Carrier statuses by progress; the final ones tie, and SequenceNumber then decides. */
const CARRIER_RANK: Record<string, number> = { queued: 0, initiated: 1, ringing: 2, "in-progress": 3, completed: 4, busy: 4, failed: 4, "no-answer": 4, canceled: 4 };
export const FINAL_CARRIER_STATUSES = ["completed", "busy", "failed", "no-answer", "canceled"] as const;
/** QueueResult values meaning an operator took the caller out of the queue (the desk, issue 6). */
const BRIDGED = new Set(["bridged", "redirected-from-bridged"]);
const isFinalCarrier = (status: string) => (FINAL_CARRIER_STATUSES as readonly string[]).includes(status);

const byTime = (a: StoredCallEvent, b: StoredCallEvent) =>
  a.occurredAt.getTime() - b.occurredAt.getTime() || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.dedupeKey < b.dedupeKey ? -1 : a.dedupeKey > b.dedupeKey ? 1 : 0);

const seconds = (from: Date, to: Date) => Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));

export function projectCall(events: readonly StoredCallEvent[], base: CallBase): CallProjection {
  // Duplicates (same dedupeKey) collapse: the database stores one, and so does the projection.
  const unique = [...new Map(events.map((e) => [e.dedupeKey, e])).values()].sort(byTime);
  const all = <T extends keyof CallEventData>(type: T) => unique.filter((e) => e.type === type) as (StoredCallEvent & { data: CallEventData[T] })[];
  const first = <T extends keyof CallEventData>(type: T) => all(type)[0];
  const last = <T extends keyof CallEventData>(type: T) => all(type).at(-1);

  const received = first("RECEIVED");
  const menuInput = last("MENU_INPUT");
  const leftQueue = last("LEFT_QUEUE");
  const forwarded = last("FORWARDED");
  const carrier = all("CARRIER_STATUS").sort(
    (a, b) => (CARRIER_RANK[a.data.status] ?? -1) - (CARRIER_RANK[b.data.status] ?? -1) || (a.data.sequence ?? -1) - (b.data.sequence ?? -1) || byTime(a, b),
  );
  const latestCarrier = carrier.at(-1);
  const finalCarrier = carrier.filter((e) => isFinalCarrier(e.data.status)).at(-1);

  const voicemail = last("VOICEMAIL");
  const recordings = all("RECORDING").filter((e) => e.data.url);
  const voicemailRecording = recordings.filter((e) => e.data.kind === "voicemail").at(-1);
  const callRecording = recordings.filter((e) => e.data.kind === "call").at(-1);
  const voicemailUrl = voicemail?.data.url || voicemailRecording?.data.url || null;

  const queuedAt = first("QUEUED")?.occurredAt ?? null;
  const connectedAt = first("CONNECTED")?.occurredAt ?? null;
  const route: CallRouteName = first("OVERFLOW") ? "OVERFLOW" : (last("ROUTED")?.data.route ?? base.route ?? "QUEUE");
  const abandonedInQueue = leftQueue?.data.result === "hangup";

  let status: CallStatusName = "RINGING";
  let liveRank = -1;
  for (const e of unique) {
    const live = LIVE_RANK[e.type];
    if (live && live.rank > liveRank) ({ status, rank: liveRank } = live);
  }
  if (voicemailUrl) status = "VOICEMAIL";
  else if ((connectedAt || BRIDGED.has(leftQueue?.data.result ?? "")) && finalCarrier) status = "COMPLETED";
  else if (forwarded?.data.dialStatus === "completed") status = "COMPLETED";
  else if (abandonedInQueue) status = "ABANDONED";
  else if (finalCarrier && finalCarrier.data.status !== "completed") status = "FAILED";
  // Ended without being served: told the line is paused (COMPLETED), or hung up first (ABANDONED).
  else if (finalCarrier && !connectedAt) status = route === "PAUSED" ? "COMPLETED" : "ABANDONED";

  const endedAt = finalCarrier?.occurredAt ?? (abandonedInQueue ? leftQueue!.occurredAt : null);
  let waitSeconds: number | null = leftQueue?.data.queueSeconds ?? null;
  if (waitSeconds === null && queuedAt) {
    const until = connectedAt ?? (status === "ABANDONED" ? endedAt : null);
    if (until) waitSeconds = seconds(queuedAt, until);
  }
  const durations = carrier.map((e) => e.data.durationSeconds).filter((d): d is number => typeof d === "number");

  return {
    status,
    route,
    language: menuInput?.data.language || received?.data.language || base.language,
    startedAt: received?.occurredAt ?? base.startedAt,
    menuDigits: menuInput?.data.digits ?? null,
    menuAt: first("MENU")?.occurredAt ?? null,
    queuedAt,
    offeredAt: first("OFFERED")?.occurredAt ?? null,
    connectedAt,
    wrapUpAt: first("WRAP_UP")?.occurredAt ?? null,
    endedAt,
    waitSeconds,
    talkSeconds: connectedAt && (first("WRAP_UP") ?? finalCarrier) ? seconds(connectedAt, (first("WRAP_UP") ?? finalCarrier)!.occurredAt) : null,
    durationSeconds: durations.length ? Math.max(...durations) : null,
    forwardedTo: forwarded?.data.to ?? null,
    voicemailUrl,
    voicemailSeconds: voicemail?.data.seconds ?? voicemailRecording?.data.seconds ?? null,
    recordingUrl: callRecording?.data.url ?? null,
    recordingSeconds: callRecording?.data.seconds ?? null,
    carrierStatus: latestCarrier?.data.status ?? null,
  };
}
