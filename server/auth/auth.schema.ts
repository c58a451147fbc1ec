import { z } from "zod";
import { checkSlug } from "../agency/slug";

/**
 * Input schemas shared by the forms (react-hook-form) and the procedures, so both say the same thing.
 * Messages are keys under `validation.` in messages/*.json.
 */
const COMMON_PASSWORDS = new Set([
  "password", "password1", "password12", "password123", "1234567890", "12345678910", "qwertyuiop", "qwerty1234",
  "1q2w3e4r5t", "iloveyou12", "switchboard", "letmein123", "welcome123", "admin12345", "0987654321", "1111111111",
  "qwerty123456", "passw0rd12", "zaq12wsxcde", "abcdefghij",
]);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "validation.required")
  .max(254, "validation.emailInvalid")
  .pipe(z.email("validation.emailInvalid"));

export const passwordSchema = z
  .string()
  .min(10, "validation.passwordTooShort")
  .max(128, "validation.passwordTooLong")
  .refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()), "validation.passwordCommon")
  .refine((p) => new Set(p).size >= 4, "validation.passwordCommon");

export const personNameSchema = z.string().trim().min(1, "validation.required").max(100, "validation.tooLong");

export const agencyNameSchema = z.string().trim().min(2, "validation.agencyNameTooShort").max(100, "validation.tooLong");

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .superRefine((slug, ctx) => {
    const problem = checkSlug(slug);
    if (problem) ctx.addIssue({ code: "custom", message: `validation.slug.${problem}` });
  });

export const signUpSchema = z
  .object({
    name: personNameSchema,
    email: emailSchema,
    password: passwordSchema,
    agencyName: agencyNameSchema,
  })
  .refine((v) => {
    const local = v.email.split("@")[0] ?? "";
    return local.length < 4 || !v.password.toLowerCase().includes(local);
  }, {
    message: "validation.passwordHasEmail",
    path: ["password"],
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

export const localeSchema = z.enum(["en", "ru"]);
