"use client";

import { useFormatter, useNow } from "next-intl";

/** Dates of the terms (effective from, approved at) in the client's time zone, which is the one that matters. */
export function useClientTime(timeZone: string) {
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  return {
    now,
    dateTime: (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone }),
    date: (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone }),
    relative: (d: Date) => format.relativeTime(d, { now }),
  };
}
