import { TZDate } from "@date-fns/tz";

/** The calendar month holding `now` in a time zone, as UTC instants [from, to): the billing period before a
 *  Stripe subscription gives its own. */
export function calendarMonth(now: Date, timezone: string): { from: Date; to: Date } {
  const local = new TZDate(now.getTime(), timezone);
  const from = new TZDate(local.getFullYear(), local.getMonth(), 1, 0, 0, 0, timezone);
  const to = new TZDate(local.getFullYear(), local.getMonth() + 1, 1, 0, 0, 0, timezone);
  return { from: new Date(from.getTime()), to: new Date(to.getTime()) };
}

/** Local midnight of a "YYYY-MM-DD" date in a time zone, as a UTC instant (a plan version's effectiveFrom). */
export function localMidnight(date: string, timezone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, timezone).getTime());
}

/** The period in force: the subscription's while `now` is inside it, else the calendar month in the client's zone. */
export function billingPeriod(now: Date, timezone: string, subscription: { periodStart: Date | null; periodEnd: Date | null } | null) {
  if (subscription?.periodStart && subscription.periodEnd && subscription.periodStart <= now && now < subscription.periodEnd) {
    return { from: subscription.periodStart, to: subscription.periodEnd };
  }
  return calendarMonth(now, timezone);
}
