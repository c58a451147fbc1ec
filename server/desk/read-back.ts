import type { FormField } from "../terms/call-form.schema";

/**
 * The summary the operator reads back to the caller before submitting: each filled field as
 * label + value in form order, checkboxes as yes/no (the caller of this decides the words). Pure.
 */
export type ReadBackLine = { key: string; label: string; value: string | boolean };

export function readBackLines(fields: readonly FormField[], values: Record<string, string | boolean | undefined>): ReadBackLine[] {
  const lines: ReadBackLine[] = [];
  for (const field of fields) {
    const value = values[field.key];
    if (field.type === "CHECKBOX") {
      lines.push({ key: field.key, label: field.label, value: value === true });
      continue;
    }
    if (typeof value === "string" && value.trim() !== "") lines.push({ key: field.key, label: field.label, value: value.trim() });
  }
  return lines;
}
