/**
 * Pure rating: no Prisma, no Next, no tRPC; exact (bigint fixed-point, never floats). The rules, in order:
 *
 * 1. Raw seconds by the plan's billableTime — TALK, TALK_WRAP_UP (talk + the desk's wrap-up) or WHOLE_CALL (the
 *    carrier's duration: queue and menu included). A call no operator answered that a machine handled (menu,
 *    voicemail) counts its whole duration: the automated minutes. Other unanswered calls count only under WHOLE_CALL.
 * 2. Billable seconds: raw under freeUnderSeconds → 0 (free short call; wins over the minimum); else at least
 *    minimumSeconds; then rounded UP to the increment (1, 6, 30 or 60), per call.
 * 3. Component and rate: AUTOMATED (automated call and an automated rate set), else the band of the call's START in
 *    the client's zone — HOLIDAY (terms' holidays) > NIGHT (nightFromHour..nightToHour, may wrap midnight) >
 *    AFTER_HOURS (outside the terms' hours) > STANDARD. A band without its own rate is STANDARD.
 *    PER_CALL plans: one call at perCallPrice when it has billable seconds.
 * 4. amountMinor = billableSeconds × rate ÷ 60, rounded half-up once at 6 dp (the list amount, before included
 *    minutes). Included minutes count only against STANDARD seconds of the period (tiers.ts), priced like Stripe:
 *    summed per period, then the graduated tiers, each line rounded once to whole minor units.
 * 5. Corrections are differences (ratingDifference), written as ADJUSTMENT records, never edits.
 */
export * from "./plan";
export * from "./fixed";
export * from "./billable";
export * from "./bands";
export * from "./rate-call";
export * from "./tiers";
export * from "./period-window";
