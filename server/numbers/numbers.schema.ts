import { z } from "zod";
import { isE164, toE164 } from "../lib/phone";

/**
 * What the numbers page sends. Messages are keys under `validation.` (messages/<locale>/numbers.json),
 * shown next to the field they are about; the same schemas run in the forms.
 */
/** Countries whose numbers the agency can search and buy (the emulator stocks RU and US). */
export const SEARCH_COUNTRIES = ["RU", "US", "GB", "CA"] as const;
/** Countries whose lines we explain how to forward; any valid number can be added. */
export const LINE_COUNTRIES = ["RU", "US", "GB", "CA", "DE", "KZ"] as const;

const friendlyName = z.string().trim().max(64, "validation.tooLong");

export const numberSearchSchema = z.object({
  country: z.enum(SEARCH_COUNTRIES, "validation.numbers.countryInvalid"),
  kind: z.enum(["LOCAL", "TOLL_FREE"], "validation.numbers.kindInvalid"),
  contains: z.string().trim().regex(/^\d{0,10}$/, "validation.numbers.containsInvalid"),
});
export type NumberSearchInput = z.infer<typeof numberSearchSchema>;

export const buyNumberSchema = z.object({
  e164: z.string().refine(isE164, "validation.numbers.phoneInvalid"),
  friendlyName,
});
export type BuyNumberInput = z.infer<typeof buyNumberSchema>;

export const attachNumberSchema = z.object({
  sid: z.string().trim().regex(/^PN[0-9a-fA-F]{32}$/, "validation.numbers.sidInvalid"),
  friendlyName,
});
export type AttachNumberInput = z.infer<typeof attachNumberSchema>;

/** The client's own line: typed as people write it, read as a number of `country`. */
export const forwardedLineSchema = z
  .object({
    phone: z.string().trim().min(1, "validation.required").max(40, "validation.tooLong"),
    country: z.enum(LINE_COUNTRIES, "validation.numbers.countryInvalid"),
    forwardsToId: z.string().min(1, "validation.numbers.targetRequired").max(64),
    friendlyName,
  })
  .superRefine((v, ctx) => {
    if (!toE164(v.phone, v.country)) ctx.addIssue({ code: "custom", path: ["phone"], message: "validation.numbers.phoneInvalid" });
  });
export type ForwardedLineInput = z.infer<typeof forwardedLineSchema>;

export const numberIdSchema = z.object({ numberId: z.string().min(1).max(64) });
