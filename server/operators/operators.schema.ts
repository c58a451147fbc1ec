import { z } from "zod";

/**
 * An operator's skills and profile, edited by an ADMIN. Shared by the edit dialog and the procedure, so
 * the form and the server give the same message at the same field. A skill targets a hotline or every
 * hotline of a client, with a level from 1 (novice) to 5 (expert).
 */
export const skillSchema = z.object({
  target: z.enum(["HOTLINE", "CLIENT"]),
  targetId: z.string().min(1, "validation.operators.skillTarget").max(64),
  level: z.number("validation.operators.level").int("validation.operators.level").min(1, "validation.operators.level").max(5, "validation.operators.level"),
});

export const operatorFieldsSchema = z.object({
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/, "validation.operators.language"))
    .min(1, "validation.operators.languagesRequired")
    .max(10, "validation.operators.tooManyLanguages")
    .refine((l) => new Set(l).size === l.length, "validation.operators.languageDuplicate"),
  /** "YYYY-MM-DD", or empty for unknown. */
  hireDate: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, "validation.operators.hireDate")
    .refine((d) => !d || (!Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d)), "validation.operators.hireDate"),
  skills: z
    .array(skillSchema)
    .max(100, "validation.operators.tooManySkills")
    .superRefine((skills, ctx) => {
      const seen = new Set<string>();
      skills.forEach((s, i) => {
        const key = `${s.target}:${s.targetId}`;
        if (seen.has(key)) ctx.addIssue({ code: "custom", message: "validation.operators.skillDuplicate", path: [i, "targetId"] });
        seen.add(key);
      });
    }),
});

export const updateOperatorSchema = operatorFieldsSchema.extend({ userId: z.string().min(1).max(64) });

export type OperatorFields = z.infer<typeof operatorFieldsSchema>;
export type UpdateOperatorInput = z.infer<typeof updateOperatorSchema>;
