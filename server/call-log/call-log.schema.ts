import { z } from "zod";
import { parseIsoDate } from "../terms/hours";
import { callerTooShort } from "./caller-search";
import { CALL_ROUTES, CALL_STATUSES } from "./call-status";

/**
 * Filters of the agency's calls list, shared by the page (they live in the URL) and the procedure.
 * Messages are keys under `validation.` so each error shows next to its filter.
 */
export const isoDate = z
  .string()
  .trim()
  .refine((v) => parseIsoDate(v) !== null, "validation.calls.date");

/** Caller number (any format, or a fragment of at least 3 digits) or caller name. */
export const callerSearch = z
  .string()
  .trim()
  .max(64, "validation.tooLong")
  .refine((v) => !callerTooShort(v), "validation.calls.callerTooShort");

/** A from–to day range must not end before it starts (the error shows at "to"). */
export const rangeInOrder = (f: { from?: string; to?: string }) => !f.from || !f.to || f.from <= f.to;
export const rangeProblem = { message: "validation.calls.toBeforeFrom", path: ["to"] };

const filterFields = z.object({
  /** First and last day, YYYY-MM-DD, in the agency's time zone. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** A client's slug (looked up inside the agency). */
  client: z.string().trim().min(1).max(64).optional(),
  /** A hotline's id (looked up inside the agency). */
  hotline: z.string().trim().min(1).max(64).optional(),
  status: z.enum(CALL_STATUSES, "validation.calls.status").optional(),
  route: z.enum(CALL_ROUTES, "validation.calls.route").optional(),
  caller: callerSearch.optional(),
});

export const callFiltersSchema = filterFields.refine(rangeInOrder, rangeProblem);
export type CallFilters = z.output<typeof callFiltersSchema>;

export const listCallsSchema = filterFields
  .extend({
    page: z.number().int().min(1).max(10_000).default(1),
    pageSize: z.number().int().min(1).max(100).default(20),
  })
  .refine(rangeInOrder, rangeProblem);
export type ListCallsInput = z.output<typeof listCallsSchema>;

export const callIdSchema = z.object({ callId: z.string().trim().min(1).max(64) });
