import { z } from "zod";
import { duplicateHolidayIndexes, intervalProblems, parseIsoDate, WEEKDAYS, type Weekday } from "./hours";
import { e164Schema } from "./phone";

/** Ids of list items (steps, FAQ entries, holidays...), made by the editor; stable across versions for the diff. */
export const itemIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "validation.terms.itemId");

export const AFTER_HOURS_ACTIONS = ["VOICEMAIL", "FORWARD", "TAKE_MESSAGE"] as const;

const timeSchema = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "validation.terms.time");
const intervalSchema = z.object({ start: timeSchema, end: timeSchema });

/** One day's intervals; each problem is reported at the interval and field to fix. */
export const dayIntervalsSchema = z
  .array(intervalSchema)
  .max(8, "validation.terms.tooManyIntervals")
  .superRefine((intervals, ctx) => {
    for (const p of intervalProblems(intervals)) {
      // A malformed time already has its own message from timeSchema.
      if (p.problem === "timeFormat") continue;
      ctx.addIssue({ code: "custom", message: `validation.terms.${p.problem}`, path: [p.index, p.field] });
    }
  });

const weeklySchema = z.object(Object.fromEntries(WEEKDAYS.map((d) => [d, dayIntervalsSchema])) as Record<Weekday, typeof dayIntervalsSchema>);

export const holidaySchema = z
  .object({
    id: itemIdSchema,
    date: z.string().refine((v) => parseIsoDate(v) !== null, "validation.terms.date"),
    name: z.string().trim().min(1, "validation.required").max(100, "validation.tooLong"),
    recurring: z.boolean(),
    /** When true the hotline is closed that day and `intervals` is ignored. */
    closedAllDay: z.boolean(),
    intervals: dayIntervalsSchema,
  })
  .superRefine((h, ctx) => {
    if (!h.closedAllDay && h.intervals.length === 0) {
      ctx.addIssue({ code: "custom", message: "validation.terms.holidayHoursRequired", path: ["intervals"] });
    }
  });

export const afterHoursSchema = z
  .object({
    action: z.enum(AFTER_HOURS_ACTIONS),
    /** Required for FORWARD: the number calls are forwarded to after hours. */
    forwardTo: z.union([z.literal(""), e164Schema]).optional(),
    /** What the caller hears or the operator says after hours. */
    message: z.string().trim().max(1000, "validation.tooLong").optional(),
  })
  .superRefine((a, ctx) => {
    if (a.action === "FORWARD" && !a.forwardTo) ctx.addIssue({ code: "custom", message: "validation.terms.forwardToRequired", path: ["forwardTo"] });
  });

export const hoursSectionSchema = z.object({
  /** Open around the clock: the weekly hours are ignored (holidays still apply). */
  alwaysOpen: z.boolean(),
  weekly: weeklySchema,
  holidays: z
    .array(holidaySchema)
    .max(200, "validation.terms.tooMany")
    .superRefine((holidays, ctx) => {
      for (const index of duplicateHolidayIndexes(holidays)) {
        ctx.addIssue({ code: "custom", message: "validation.terms.holidayDuplicate", path: [index, "date"] });
      }
    }),
  afterHours: afterHoursSchema,
});
