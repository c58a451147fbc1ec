import { z } from "zod";
import { AppError } from "../lib/app-error";
import { buildCallFormSchema } from "../terms/call-form";
import type { TermsDocument } from "../terms/terms.schema";

/**
 * What an operator submits, checked against the terms the call was answered under. Pure. The outcome
 * must be one of the terms' outcomes; the form is parsed with the same schema the desk page uses, and its
 * issues are reported at `form.<key>` so the page puts each next to its field.
 */
export function validateSubmission(terms: Pick<TermsDocument, "form" | "outcomes">, outcome: string, form: Record<string, string | boolean>) {
  const chosen = terms.outcomes.find((o) => o.code === outcome);
  if (!chosen) throw new AppError("BAD_REQUEST", "desk.unknownOutcome", { field: "outcome" });
  // Parsed inside {form} so the ZodError's paths are form.<key> (a ZodError thrown by parse, as tRPC wants it).
  const parsed = z.object({ form: buildCallFormSchema(terms.form.fields) }).parse({ form }).form;
  // Keep only the terms' fields, trimmed as parsed: anything else the browser sent is dropped.
  const values = Object.fromEntries(
    Object.entries(parsed as Record<string, string | boolean>).map(([k, v]) => [k, typeof v === "string" ? v.trim() : v]),
  );
  return { outcome: chosen, values };
}
