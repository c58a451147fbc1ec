import { isValidPhoneNumber } from "libphonenumber-js";
import { z } from "zod";

const E164 = /^\+[1-9]\d{6,14}$/;

/** True for a number written in E.164 ("+79161234567") that is a valid number of its country. */
export function isE164(value: string): boolean {
  return E164.test(value) && isValidPhoneNumber(value);
}

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
