import { z } from "zod";

/** The call form an operator fills on every call: typed fields in order, validated at the desk. */
export const FIELD_TYPES = ["TEXT", "LONG_TEXT", "PHONE", "EMAIL", "NUMBER", "DATE", "SELECT", "CHECKBOX"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Types where min/max mean something: a length for text, a value for numbers. */
export const RANGE_TYPES: readonly FieldType[] = ["TEXT", "LONG_TEXT", "NUMBER"];

const optionalNumber = z.number("validation.terms.number").finite("validation.terms.number").optional();

export const formFieldSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9_]{1,40}$/, "validation.terms.fieldKey"),
    label: z.string().trim().min(1, "validation.required").max(100, "validation.tooLong"),
    type: z.enum(FIELD_TYPES),
    required: z.boolean(),
    help: z.string().trim().max(300, "validation.tooLong").optional(),
    options: z.array(z.string().trim().min(1, "validation.required").max(100, "validation.tooLong")).max(50, "validation.terms.tooMany").optional(),
    min: optionalNumber,
    max: optionalNumber,
    pattern: z.string().max(200, "validation.tooLong").optional(),
  })
  .superRefine((f, ctx) => {
    const options = f.options ?? [];
    if (f.type === "SELECT") {
      if (options.length === 0) ctx.addIssue({ code: "custom", message: "validation.terms.optionsRequired", path: ["options"] });
      const seen = new Set<string>();
      options.forEach((o, i) => {
        const key = o.trim().toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: "custom", message: "validation.terms.optionDuplicate", path: ["options", i] });
        seen.add(key);
      });
    } else if (options.length > 0) {
      ctx.addIssue({ code: "custom", message: "validation.terms.optionsOnlySelect", path: ["options"] });
    }
    const ranged = RANGE_TYPES.includes(f.type);
    for (const bound of ["min", "max"] as const) {
      const value = f[bound];
      if (value === undefined) continue;
      if (!ranged) ctx.addIssue({ code: "custom", message: "validation.terms.rangeNotApplicable", path: [bound] });
      else if (f.type !== "NUMBER" && (!Number.isInteger(value) || value < 0)) {
        ctx.addIssue({ code: "custom", message: "validation.terms.lengthBound", path: [bound] });
      }
    }
    if (f.min !== undefined && f.max !== undefined && f.min > f.max) {
      ctx.addIssue({ code: "custom", message: "validation.terms.minAboveMax", path: ["max"] });
    }
    if (f.pattern) {
      if (f.type !== "TEXT") ctx.addIssue({ code: "custom", message: "validation.terms.patternOnlyText", path: ["pattern"] });
      else if (!compiles(f.pattern)) ctx.addIssue({ code: "custom", message: "validation.terms.patternInvalid", path: ["pattern"] });
    }
  });
export type FormField = z.infer<typeof formFieldSchema>;

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}

/** The fields in order; two fields with one key is an error at the later field. */
export const callFormSchema = z.object({
  fields: z
    .array(formFieldSchema)
    .max(50, "validation.terms.tooMany")
    .superRefine((fields, ctx) => {
      const seen = new Set<string>();
      fields.forEach((f, i) => {
        if (seen.has(f.key)) ctx.addIssue({ code: "custom", message: "validation.terms.fieldKeyDuplicate", path: [i, "key"] });
        seen.add(f.key);
      });
    }),
});
