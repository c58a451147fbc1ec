import { z } from "zod";
import { daysBetween, MAX_CUSTOM_DAYS, parseIsoDate, PERIOD_KEYS } from "./periods";

/**
 * The period picker's input, shared by the pages (it lives in the URL) and the report procedures.
 * Messages are keys under `validation.reports.` so each error shows next to its field.
 */
const isoDate = z
  .string()
  .trim()
  .refine((v) => parseIsoDate(v) !== null, "validation.reports.date");

const periodFields = {
  period: z.enum(PERIOD_KEYS, "validation.reports.period").default("thisMonth"),
  from: isoDate.optional(),
  to: isoDate.optional(),
};

function checkCustom(v: { period: string; from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (v.period !== "custom") return;
  if (!v.from) ctx.addIssue({ code: "custom", message: "validation.reports.fromRequired", path: ["from"] });
  if (!v.to) ctx.addIssue({ code: "custom", message: "validation.reports.toRequired", path: ["to"] });
  const from = v.from ? parseIsoDate(v.from) : null;
  const to = v.to ? parseIsoDate(v.to) : null;
  if (!from || !to) return;
  const days = daysBetween(from, to) + 1;
  if (days < 1) ctx.addIssue({ code: "custom", message: "validation.reports.toBeforeFrom", path: ["to"] });
  else if (days > MAX_CUSTOM_DAYS) ctx.addIssue({ code: "custom", message: "validation.reports.rangeTooLong", path: ["to"] });
}

export const periodInputSchema = z.object(periodFields).superRefine(checkCustom);

/** A client dashboard's input: the period and, for a client with several hotlines, one of them (its id is
 *  looked up inside the client: another client's hotline is NOT_FOUND). */
export const dashboardInputSchema = z
  .object({ ...periodFields, hotlineId: z.string().trim().min(1).max(64).optional() })
  .superRefine(checkCustom);
export type PeriodInput = z.output<typeof periodInputSchema>;

/** The `custom` argument of resolvePeriod/clientDashboard from a parsed input. */
export const customOf = (v: PeriodInput) => (v.period === "custom" && v.from && v.to ? { from: v.from, to: v.to } : undefined);
