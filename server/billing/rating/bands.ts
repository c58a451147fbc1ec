import { holidayOn, openIntervalsOn, parseTime, type Holiday, type OpeningHours } from "../../terms/hours";
import { zonedParts } from "./local-time";
import type { Component, RatingPlan } from "./plan";

/** The client's hours and holidays from the terms in force at the call's start (null: no terms known). */
export type BandContext = { timezone: string; hours: OpeningHours | null; holidays: readonly Holiday[] };

/** Whether a local minute of the day falls in the night window [from, to) (wrapping midnight when from > to). */
export function inNightWindow(minuteOfDay: number, fromHour: number, toHour: number): boolean {
  if (fromHour === toHour) return false;
  const from = fromHour * 60;
  const to = toHour * 60;
  return from < to ? minuteOfDay >= from && minuteOfDay < to : minuteOfDay >= from || minuteOfDay < to;
}

/**
 * The rate band of a call, from its START in the client's zone. A band applies only when the plan prices it
 * (a null band rate means the standard rate, so the call stays STANDARD and counts against the included
 * minutes). Precedence when several apply: HOLIDAY, then NIGHT, then AFTER_HOURS — the most specific first.
 */
export function bandOf(plan: RatingPlan, startedAt: Date, ctx: BandContext): { component: Component; rate: string } {
  const local = zonedParts(startedAt, ctx.timezone);
  if (plan.holidayRatePerMinute !== null && holidayOn(ctx.holidays, local)) return { component: "HOLIDAY", rate: plan.holidayRatePerMinute };
  if (plan.nightRatePerMinute !== null && inNightWindow(local.minute, plan.nightFromHour, plan.nightToHour)) {
    return { component: "NIGHT", rate: plan.nightRatePerMinute };
  }
  if (plan.afterHoursRatePerMinute !== null && ctx.hours && !openAt(ctx.hours, ctx.holidays, local)) {
    return { component: "AFTER_HOURS", rate: plan.afterHoursRatePerMinute };
  }
  return { component: "STANDARD", rate: plan.ratePerMinute };
}

/** hours.ts isOpenAt on local parts already computed (same rule: half-open intervals of the local date). */
function openAt(hours: OpeningHours, holidays: readonly Holiday[], local: ReturnType<typeof zonedParts>): boolean {
  return openIntervalsOn(hours, holidays, local).some((interval) => {
    const start = parseTime(interval.start);
    const end = parseTime(interval.end, true);
    return start !== null && end !== null && start <= local.minute && local.minute < end;
  });
}
