import { emptyTermsDocument } from "@/server/terms/template";
import type { TermsDocument } from "@/server/terms/terms.schema";
import type { TimeInterval, Weekday } from "@/server/terms/hours";

type HoursOverrides = Partial<Omit<TermsDocument["hours"], "weekly">> & { weekly?: Partial<Record<Weekday, TimeInterval[]>> };

/** A valid terms document (the template) with the hours a telephony test is about. */
export function termsWithHours(locale: "en" | "ru", hours: HoursOverrides = {}, greeting?: string): TermsDocument {
  const doc = emptyTermsDocument(locale, { hotlineName: locale === "ru" ? "Аврора Дентал" : "Bluebird Plumbing" });
  const none = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
  return {
    ...doc,
    general: { ...doc.general, greeting: greeting === undefined ? doc.general.greeting : { [locale]: greeting } },
    hours: { ...doc.hours, ...hours, weekly: hours.weekly ? { ...none, ...hours.weekly } : doc.hours.weekly },
  };
}

export const ALL_DAY = [{ start: "00:00", end: "24:00" }];
export const EVERY_DAY = (intervals: TimeInterval[]) => ({ mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals, sat: intervals, sun: intervals });
