import { z } from "zod";
import { callerSearch, isoDate, rangeInOrder, rangeProblem } from "../call-log/call-log.schema";
import { FINAL_STATUSES } from "../call-log/call-status";

/**
 * Filters of the client's call log, shared by the portal page (they live in the URL), the procedure and the
 * CSV export. Days are the client's own; "result" is how a finished call ended. Messages are keys under
 * `validation.` so each error shows next to its filter.
 */
const filterFields = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  result: z.enum(FINAL_STATUSES, "validation.reports.result").optional(),
  /** An outcome code of the client's terms (free text: codes of older versions stay searchable). */
  outcome: z.string().trim().min(1).max(64, "validation.tooLong").optional(),
  /** A phone number (any format, or at least 3 digits of it) or the caller's name. */
  caller: callerSearch.optional(),
});

export const portalCallFiltersSchema = filterFields.refine(rangeInOrder, rangeProblem);
export type PortalCallFilters = z.output<typeof portalCallFiltersSchema>;

export const portalCallsSchema = filterFields
  .extend({
    page: z.number().int().min(1).max(10_000).default(1),
    pageSize: z.number().int().min(1).max(100).default(25),
  })
  .refine(rangeInOrder, rangeProblem);
export type PortalCallsInput = z.output<typeof portalCallsSchema>;

export const portalCallSchema = z.object({ callId: z.string().trim().min(1).max(64) });

/** The filters as they arrive in a URL (the CSV link): empty values are no filter. */
export function filtersFromSearchParams(sp: URLSearchParams) {
  const pick = (k: string) => sp.get(k)?.trim() || undefined;
  return portalCallFiltersSchema.safeParse({ from: pick("from"), to: pick("to"), result: pick("result"), outcome: pick("outcome"), caller: pick("caller") });
}
