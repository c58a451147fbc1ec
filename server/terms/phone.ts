import { z } from "zod";
import { isE164 } from "../lib/phone";

export { isE164 };

/**
 * A phone number in E.164, as the carrier dials it. Spaces, dashes and brackets a person types are
 * dropped first, so "+7 (916) 123-45-67" is accepted and stored as "+79161234567".
 */
export const e164Schema = z
  .string()
  .trim()
  .min(1, "validation.required")
  .transform((v) => v.replace(/[\s\-().]/g, ""))
  .refine(isE164, "validation.terms.phoneE164");
