import { z } from "zod";

/** The bounds of the recording retention setting: at least a day, at most ten years. */
export const RETENTION_MIN_DAYS = 1;
export const RETENTION_MAX_DAYS = 3650;
const RANGE = "validation.data.retentionRange";

/** Empty text or null is "keep forever"; otherwise a whole number of days within the bounds. */
function toDays(v: string | number | null, ctx: z.RefinementCtx): number | null {
  if (v === null || (typeof v === "string" && v.trim() === "")) return null;
  const n = typeof v === "number" ? v : /^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN;
  if (!Number.isInteger(n) || n < RETENTION_MIN_DAYS || n > RETENTION_MAX_DAYS) {
    ctx.addIssue({ code: "custom", message: RANGE });
    return z.NEVER;
  }
  return n;
}

/**
 * The API takes text (the form's field, which may be left empty), a number or null. Messages are keys under
 * `validation.`, translated by the form and by the error formatter.
 */
export const retentionDaysSchema = z.union([z.string().max(10, RANGE), z.number(), z.null()], RANGE).transform(toDays);
export const retentionInputSchema = z.object({ recordingRetentionDays: retentionDaysSchema });

/** The same rule for the browser's form, whose field is always text. */
export const retentionFormSchema = z.object({ recordingRetentionDays: z.string().max(10, RANGE).transform(toDays) });
