import { z } from "zod";
import { buildCallFormSchema } from "@/server/terms/call-form";
import type { FormField } from "@/server/terms/call-form.schema";

/**
 * The desk's form: the call form built from the terms (the same schema submitCall checks with), the
 * outcome and the notes. Server field errors come back at the same paths (form.<key>, outcome, notes).
 */
export function deskFormSchema(fields: readonly FormField[]) {
  return z.object({
    form: buildCallFormSchema(fields),
    outcome: z.string().min(1, "validation.desk.outcomeRequired"),
    notes: z.string().trim().max(5000, "validation.tooLong"),
  });
}

export type DeskFormValues = { form: Record<string, string | boolean>; outcome: string; notes: string };

export function deskFormDefaults(fields: readonly FormField[], callerNumber: string | null): DeskFormValues {
  // The caller's number is already known: a phone field starts with it, the operator confirms it.
  const phone = fields.find((f) => f.type === "PHONE");
  const form = Object.fromEntries(fields.map((f) => [f.key, f.type === "CHECKBOX" ? false : f === phone && callerNumber ? callerNumber : ""]));
  return { form, outcome: "", notes: "" };
}

export const deskFormPaths = (fields: readonly FormField[]) => [...fields.map((f) => `form.${f.key}` as const), "outcome" as const, "notes" as const];
