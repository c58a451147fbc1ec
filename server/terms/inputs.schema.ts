import { z } from "zod";
import { LOCAL_DATE_TIME } from "./local-time";
import { termsDocumentSchema } from "./terms.schema";

/** Procedure inputs, shared with the forms that send them. Versions are named by their number per client. */
export const versionNumberSchema = z.object({ number: z.number().int().min(1).max(1_000_000) });

export const saveDraftSchema = versionNumberSchema.extend({
  document: termsDocumentSchema,
  /** When the editor loaded the draft; a save over someone else's newer save is refused. */
  baseUpdatedAt: z.date().optional(),
});

export const approveSchema = versionNumberSchema.extend({
  /** Wall-clock "YYYY-MM-DDTHH:MM" in the client's time zone; absent means now. */
  effectiveFromLocal: z.string().regex(LOCAL_DATE_TIME, "validation.terms.dateTime").optional(),
});
export type ApproveInput = z.input<typeof approveSchema>;

export const requestChangesSchema = versionNumberSchema.extend({
  comment: z.string().trim().min(1, "validation.terms.commentRequired").max(2000, "validation.tooLong"),
});

export const diffSchema = z.object({ a: z.number().int().min(1).max(1_000_000), b: z.number().int().min(1).max(1_000_000) });
