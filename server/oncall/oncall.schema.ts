import { z } from "zod";
import { emailSchema } from "../auth/auth.schema";
import { instantToLocal, localToInstant, mondayOf, parseLocalDate, parseLocalTime } from "./local-time";
import { toE164 } from "../lib/phone";
import { entryTimesProblem, MAX_ESCALATION_ORDER, type EntryTimesContext } from "./rules";

/**
 * One on-call entry as the form holds it and the procedures receive it: the person, how to reach them,
 * and the shift as wall-clock dates and times in the client's time zone. Messages are keys under
 * `validation.` (messages/<locale>/oncall.json), shown next to the field they are about.
 */
const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong");

export const onCallEntryFields = z.object({
  personName: z.string().trim().min(1, "validation.required").max(100, "validation.tooLong"),
  phone: optionalText(40),
  email: z.union([z.literal(""), emailSchema]),
  startDate: z.string().refine((v) => parseLocalDate(v) !== null, "validation.oncall.dateInvalid"),
  startTime: z.string().refine((v) => parseLocalTime(v) !== null, "validation.oncall.timeInvalid"),
  endDate: z.string().refine((v) => parseLocalDate(v) !== null, "validation.oncall.dateInvalid"),
  endTime: z.string().refine((v) => parseLocalTime(v) !== null, "validation.oncall.timeInvalid"),
  escalationOrder: z.coerce
    .number<number | string>("validation.required")
    .int("validation.oncall.orderInvalid")
    .min(1, "validation.oncall.orderInvalid")
    .max(MAX_ESCALATION_ORDER, "validation.oncall.orderInvalid"),
  note: optionalText(500),
});
export type OnCallEntryInput = z.input<typeof onCallEntryFields>;

/** What is stored: UTC instants, a phone in E.164, empty strings as nulls. */
export type OnCallEntryData = {
  personName: string;
  phone: string | null;
  email: string | null;
  startsAt: Date;
  endsAt: Date;
  escalationOrder: number;
  note: string | null;
};

/** The client whose roster it is, and what is being edited (for the rules about the past). */
export type OnCallEntryContext = EntryTimesContext & { country: string; timeZone: string };

/**
 * The full rules for one entry of one client: the phone read in the client's country, the times read in
 * its zone (a time that the clocks skip is refused), at least one way to reach the person, the end after
 * the start and not in the past. The same schema runs in the form and, again, on the server.
 */
export function onCallEntrySchema(ctx: OnCallEntryContext) {
  return onCallEntryFields.transform((v, zctx): OnCallEntryData => {
    // Every problem at once, each at its field, so the person fixes them in one go.
    let failed = false;
    const fail = (path: keyof OnCallEntryInput, message: string) => {
      zctx.addIssue({ code: "custom", path: [path], message });
      failed = true;
    };
    const phone = v.phone ? toE164(v.phone, ctx.country) : null;
    if (v.phone && !phone) fail("phone", "validation.oncall.phoneInvalid");
    if (!v.phone && !v.email) fail("phone", "validation.oncall.contactRequired");

    const start = localToInstant(v.startDate, v.startTime, ctx.timeZone);
    const end = localToInstant(v.endDate, v.endTime, ctx.timeZone);
    if (!start || "gap" in start) fail("startTime", "validation.oncall.timeInGap");
    if (!end || "gap" in end) fail("endTime", "validation.oncall.timeInGap");
    if (start && "instant" in start && end && "instant" in end) {
      const problem = entryTimesProblem({ startsAt: start.instant, endsAt: end.instant }, ctx);
      if (problem) fail(problem.field, `validation.oncall.${problem.key}`);
    }
    if (failed || !start || !end || !("instant" in start) || !("instant" in end)) return z.NEVER;

    return {
      personName: v.personName,
      phone,
      email: v.email || null,
      startsAt: start.instant,
      endsAt: end.instant,
      escalationOrder: v.escalationOrder,
      note: v.note || null,
    };
  });
}

/** A stored entry as the form's starting values, in the client's zone. */
export function entryToInput(entry: OnCallEntryData, timeZone: string): OnCallEntryInput {
  const start = instantToLocal(entry.startsAt, timeZone);
  const end = instantToLocal(entry.endsAt, timeZone);
  return {
    personName: entry.personName,
    phone: entry.phone ?? "",
    email: entry.email ?? "",
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    escalationOrder: entry.escalationOrder,
    note: entry.note ?? "",
  };
}

export const entryIdSchema = z.object({ entryId: z.string().min(1).max(64) });

/** A period of the roster: `weeks` weeks from a date in the client's zone (default: today, four weeks). */
export const listPeriodSchema = z.object({
  from: z.string().refine((v) => parseLocalDate(v) !== null, "validation.oncall.dateInvalid").optional(),
  weeks: z.number().int().min(1).max(12).default(4),
});

export const historyQuerySchema = z.object({
  cursor: z.string().max(64).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});

/** Copies the entries of the week before `weekStart` (a Monday, in the client's zone) into that week. */
export const copyWeekSchema = z.object({
  weekStart: z
    .string()
    .refine((v) => parseLocalDate(v) !== null, "validation.oncall.dateInvalid")
    .refine((v) => parseLocalDate(v) === null || mondayOf(v) === v, "validation.oncall.notMonday"),
});
