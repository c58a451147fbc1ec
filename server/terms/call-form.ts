import { z } from "zod";
import type { FormField } from "./call-form.schema";
import { parseIsoDate } from "./hours";
import { isE164 } from "./phone";

export type CallFormValues = Record<string, string | boolean | undefined>;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** The check of one field's value as the operator typed it (inputs give strings, checkboxes booleans). */
function fieldValueSchema(field: FormField): z.ZodType {
  if (field.type === "CHECKBOX") {
    const box = z.preprocess((v) => v === true, z.boolean());
    return field.required ? box.refine((v) => v, "validation.required") : box;
  }
  let text = z.string().trim();
  if (field.type === "TEXT" || field.type === "LONG_TEXT") {
    if (field.min !== undefined) text = text.min(field.min, "validation.terms.callForm.tooShort");
    if (field.max !== undefined) text = text.max(field.max, "validation.terms.callForm.tooLongFor");
  }
  let check: z.ZodType<string> = text;
  switch (field.type) {
    case "TEXT":
      if (field.pattern) {
        const re = new RegExp(field.pattern, "u");
        check = text.refine((v) => re.test(v), "validation.terms.callForm.pattern");
      }
      break;
    case "PHONE":
      check = text.refine((v) => isE164(v.replace(/[\s\-().]/g, "")), "validation.terms.phoneE164");
      break;
    case "EMAIL":
      check = text.pipe(z.email("validation.emailInvalid"));
      break;
    case "DATE":
      check = text.refine((v) => parseIsoDate(v) !== null, "validation.terms.date");
      break;
    case "SELECT":
      check = text.refine((v) => (field.options ?? []).includes(v), "validation.terms.callForm.option");
      break;
    case "NUMBER":
      check = text.refine((v) => {
        const n = Number(v.replace(",", "."));
        return Number.isFinite(n) && (field.min === undefined || n >= field.min) && (field.max === undefined || n <= field.max);
      }, "validation.terms.callForm.number");
      break;
  }
  // An empty optional field is simply not filled in; a missing key counts as empty.
  return z.preprocess((v) => v ?? "", z.string()).superRefine((value, ctx) => {
    if (blank(value)) {
      if (field.required) ctx.addIssue({ code: "custom", message: "validation.required" });
      return;
    }
    const parsed = check.safeParse(value);
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
  });
}

/**
 * The schema of a filled call form, built from the terms' fields: the preview uses it now, the desk will
 * validate what an operator enters with it. Keys are the fields' keys.
 */
export function buildCallFormSchema(fields: readonly FormField[]) {
  return z.object(Object.fromEntries(fields.map((f) => [f.key, fieldValueSchema(f)])));
}
