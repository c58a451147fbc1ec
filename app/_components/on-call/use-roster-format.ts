"use client";

import { parsePhoneNumberFromString } from "libphonenumber-js";
import { useFormatter } from "next-intl";
import { useMemo } from "react";

// A calendar date ("YYYY-MM-DD") as an instant that is that date in UTC: formatting it in UTC shows that
// date whatever the zone of the browser.
const calendarDay = (date: string) => new Date(`${date}T12:00:00Z`);

/** Dates and times of the roster in the client's zone and the reader's language. */
export function useRosterFormat(timeZone: string) {
  const format = useFormatter();
  return useMemo(
    () => ({
      day: (date: string) => format.dateTime(calendarDay(date), { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" }),
      longDay: (date: string) => format.dateTime(calendarDay(date), { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" }),
      shortDate: (date: string) => format.dateTime(calendarDay(date), { timeZone: "UTC", day: "numeric", month: "short" }),
      fullDate: (date: string) => format.dateTime(calendarDay(date), { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" }),
      time: (at: Date) => format.dateTime(at, { timeZone, timeStyle: "short" }),
      dayTime: (at: Date) => format.dateTime(at, { timeZone, weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" }),
      stamp: (at: Date) => format.dateTime(at, { timeZone, dateStyle: "medium", timeStyle: "short" }),
      zoneAbbr: (at: Date) =>
        new Intl.DateTimeFormat("en", { timeZone, timeZoneName: "shortOffset" }).formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "",
    }),
    [format, timeZone],
  );
}

/** "+1 312 555 0142" for "+13125550142"; the stored text when it does not parse. */
export function displayPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
