/**
 * The wallboard's figures, computed from plain call facts (no database): what a supervisor reads off the
 * wall — who is waiting and for how long, how many calls were answered or abandoned today, and the
 * service level against the client's SLA target.
 */
export type CallFacts = {
  status: string;
  startedAt: Date;
  queuedAt: Date | null;
  connectedAt: Date | null;
  /** Seconds in the queue, once the call left it (answered or hung up). */
  waitSeconds: number | null;
};

export type SlaTarget = { answeredPercent: number; withinSeconds: number };

export type HotlineFigures = {
  waiting: number;
  longestWaitSeconds: number;
  answered: number;
  abandoned: number;
  answeredWithinTarget: number;
  /** Answered within the target ÷ (answered + abandoned after queueing); null before any such call. */
  serviceLevelPercent: number | null;
  /** null when the service level is unknown or there is no SLA in force. */
  meetsTarget: boolean | null;
};

export const WAITING_STATUSES = ["QUEUED", "OFFERED"] as const;
export const LIVE_STATUSES = ["QUEUED", "OFFERED", "CONNECTED", "WRAP_UP"] as const;

const isWaiting = (status: string) => (WAITING_STATUSES as readonly string[]).includes(status);

/** How long a call waited for its answer: the recorded wait, else from queued to connected. */
export function answerWaitSeconds(call: CallFacts): number | null {
  if (!call.connectedAt) return null;
  if (call.waitSeconds !== null) return call.waitSeconds;
  if (!call.queuedAt) return 0;
  return Math.max(0, Math.round((call.connectedAt.getTime() - call.queuedAt.getTime()) / 1000));
}

/** Figures for one hotline over `calls` (today's calls plus any still waiting), at `now`. */
export function hotlineFigures(calls: readonly CallFacts[], now: Date, sla: SlaTarget | null): HotlineFigures {
  let waiting = 0;
  let longestWaitSeconds = 0;
  let answered = 0;
  let abandoned = 0;
  let answeredWithinTarget = 0;
  for (const call of calls) {
    if (isWaiting(call.status)) {
      waiting++;
      const since = call.queuedAt ?? call.startedAt;
      longestWaitSeconds = Math.max(longestWaitSeconds, Math.floor((now.getTime() - since.getTime()) / 1000));
    }
    const wait = answerWaitSeconds(call);
    if (wait !== null) {
      answered++;
      if (sla && wait <= sla.withinSeconds) answeredWithinTarget++;
    } else if (call.status === "ABANDONED" && call.queuedAt) {
      abandoned++;
    }
  }
  const handled = answered + abandoned;
  const serviceLevelPercent = sla && handled > 0 ? Math.round((answeredWithinTarget / handled) * 1000) / 10 : null;
  return {
    waiting,
    longestWaitSeconds,
    answered,
    abandoned,
    answeredWithinTarget,
    serviceLevelPercent,
    meetsTarget: serviceLevelPercent === null || !sla ? null : serviceLevelPercent >= sla.answeredPercent,
  };
}

/** Seconds an operator has been in their state (for the grid's timers). */
export function secondsSince(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / 1000));
}
