import { TZDate } from "@date-fns/tz";

/**
 * The report figures, DEFINED ONCE: every dashboard, export and e-mail reads them through this module,
 * from rollups of any layer (metricsFromRollups: 15-minute, local-hour or local-day rows) or from raw calls
 * (metricsFromCalls) — and the two agree, because a rollup is nothing but the sum of rollupDelta over its calls.
 *
 * - offered: calls that reached the queue (after-hours calls and menu hang-ups are not offered);
 * - answered: offered and connected to an operator; abandoned: offered, hung up in the queue;
 * - shortAbandoned: abandoned after waiting less than the hotline's threshold (5 s by default) —
 *   wrong numbers and pocket dials, left out of service level;
 * - serviceLevel = answered within the SLA seconds ÷ (offered − short abandons);
 * - ASA = wait of answered calls ÷ answered; longest wait over all offered calls;
 * - AHT = (talk + wrap-up) ÷ answered; talk minutes; after-hours and voicemail counts; outcomes.
 */
export type Metrics = {
  offered: number;
  answered: number;
  abandoned: number;
  shortAbandoned: number;
  /** 0..1; null when nothing counted. */
  serviceLevel: number | null;
  asaSeconds: number | null;
  longestWaitSeconds: number;
  ahtSeconds: number | null;
  talkMinutes: number;
  afterHours: number;
  voicemail: number;
  outcomes: Record<string, number>;
};

/** The columns of a CallRollup row (or of a delta for one call). */
export type RollupLike = {
  offered: number;
  answered: number;
  abandoned: number;
  shortAbandoned: number;
  answeredInSla: number;
  voicemail: number;
  afterHours: number;
  answerWaitSeconds: number;
  maxWaitSeconds: number;
  talkSeconds: number;
  wrapUpSeconds: number;
  outcomes: Record<string, number> | unknown;
};
export type RollupDelta = RollupLike & { bucketStart: Date; outcomes: Record<string, number> };

/** What a finished call contributes, as stored on the Call row (wrap-up from the desk's submission). */
export type CallFacts = {
  startedAt: Date;
  status: string;
  route: string;
  queuedAt: Date | null;
  connectedAt: Date | null;
  waitSeconds: number | null;
  talkSeconds: number | null;
  /** From the start of wrap-up to the form's submission; null when none was submitted. */
  wrapUpSeconds: number | null;
  outcome: string | null;
};
export type RollupOptions = { slaSeconds: number; shortAbandonSeconds: number };

export const FINAL_STATUSES = ["COMPLETED", "ABANDONED", "VOICEMAIL", "FAILED"] as const;
export const BUCKET_MS = 15 * 60_000;
/** When the terms in force name no SLA: the template's 80/20. */
export const DEFAULT_SLA_SECONDS = 20;

export const bucketOf = (instant: Date) => new Date(Math.floor(instant.getTime() / BUCKET_MS) * BUCKET_MS);

export function rollupDelta(call: CallFacts, opts: RollupOptions): RollupDelta {
  const offered = call.queuedAt !== null;
  const answered = offered && call.connectedAt !== null;
  const abandoned = offered && !answered && call.status === "ABANDONED";
  const wait = Math.max(0, call.waitSeconds ?? 0);
  return {
    bucketStart: bucketOf(call.startedAt),
    offered: offered ? 1 : 0,
    answered: answered ? 1 : 0,
    abandoned: abandoned ? 1 : 0,
    shortAbandoned: abandoned && wait < opts.shortAbandonSeconds ? 1 : 0,
    answeredInSla: answered && wait <= opts.slaSeconds ? 1 : 0,
    voicemail: call.status === "VOICEMAIL" ? 1 : 0,
    afterHours: call.route === "AFTER_HOURS" ? 1 : 0,
    answerWaitSeconds: answered ? wait : 0,
    maxWaitSeconds: offered ? wait : 0,
    talkSeconds: answered ? Math.max(0, call.talkSeconds ?? 0) : 0,
    wrapUpSeconds: answered ? Math.max(0, call.wrapUpSeconds ?? 0) : 0,
    outcomes: call.outcome ? { [call.outcome]: 1 } : {},
  };
}

const asCounts = (value: unknown): Record<string, number> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, number>) : {};

export function metricsFromRollups(rows: readonly RollupLike[]): Metrics {
  const sum = { offered: 0, answered: 0, abandoned: 0, shortAbandoned: 0, answeredInSla: 0, voicemail: 0, afterHours: 0, answerWaitSeconds: 0, maxWaitSeconds: 0, talkSeconds: 0, wrapUpSeconds: 0 };
  const outcomes: Record<string, number> = {};
  for (const r of rows) {
    for (const k of Object.keys(sum) as (keyof typeof sum)[]) {
      sum[k] = k === "maxWaitSeconds" ? Math.max(sum[k], r[k]) : sum[k] + r[k];
    }
    for (const [code, n] of Object.entries(asCounts(r.outcomes))) outcomes[code] = (outcomes[code] ?? 0) + Number(n);
  }
  const slBase = sum.offered - sum.shortAbandoned;
  return {
    offered: sum.offered,
    answered: sum.answered,
    abandoned: sum.abandoned,
    shortAbandoned: sum.shortAbandoned,
    serviceLevel: slBase > 0 ? sum.answeredInSla / slBase : null,
    asaSeconds: sum.answered > 0 ? sum.answerWaitSeconds / sum.answered : null,
    longestWaitSeconds: sum.maxWaitSeconds,
    ahtSeconds: sum.answered > 0 ? (sum.talkSeconds + sum.wrapUpSeconds) / sum.answered : null,
    talkMinutes: sum.talkSeconds / 60,
    afterHours: sum.afterHours,
    voicemail: sum.voicemail,
    outcomes,
  };
}

/** The same figures straight from calls (the raw scan, and the check the rollups are tested against). */
export function metricsFromCalls(calls: readonly CallFacts[], opts: RollupOptions | ((call: CallFacts) => RollupOptions)): Metrics {
  const optsOf = typeof opts === "function" ? opts : () => opts;
  return metricsFromRollups(calls.filter((c) => (FINAL_STATUSES as readonly string[]).includes(c.status)).map((c) => rollupDelta(c, optsOf(c))));
}

export const EMPTY_METRICS: Metrics = metricsFromRollups([]);

/** "vs previous period": the difference and the relative change (null when there is nothing to compare). */
export function change(current: number | null, previous: number | null): { delta: number; ratio: number | null } | null {
  if (current === null || previous === null) return null;
  return { delta: current - previous, ratio: previous !== 0 ? (current - previous) / previous : null };
}

/** Calls (offered + after hours) by local weekday (0 = Monday) and hour, from 15-minute buckets. */
export function heatmap(buckets: readonly { bucketStart: Date; offered: number; afterHours: number }[], timeZone: string): number[][] {
  const grid = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  for (const b of buckets) {
    const local = new TZDate(b.bucketStart.getTime(), timeZone);
    grid[(local.getDay() + 6) % 7]![local.getHours()]! += b.offered + b.afterHours;
  }
  return grid;
}
