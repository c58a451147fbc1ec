import { z } from "zod";

/**
 * Inputs of the desk's procedures, shared with the desk page. Messages are keys under `validation.`;
 * the call form itself is checked against the terms (buildCallFormSchema) by submitCall, not here.
 */
export const DESK_PRESENCE = ["AVAILABLE", "BREAK", "OFFLINE"] as const;
export type DeskPresence = (typeof DESK_PRESENCE)[number];

export const setPresenceSchema = z.object({
  state: z.enum(DESK_PRESENCE, "validation.desk.presence"),
  reason: z.string().trim().max(100, "validation.tooLong").optional(),
});

export const offerIdSchema = z.object({ offerId: z.string().min(1).max(64) });
export const callIdSchema = z.object({ callId: z.string().min(1).max(64) });

/** The operator picks an escalation entry of the terms by id: never a free number. */
export const transferSchema = callIdSchema.extend({ escalationId: z.string().min(1, "validation.desk.transferTarget").max(64) });

export const formValuesSchema = z.record(z.string().max(40), z.union([z.string().max(5000, "validation.tooLong"), z.boolean()]));

export const submitSchema = callIdSchema.extend({
  outcome: z.string().min(1, "validation.desk.outcomeRequired").max(40),
  form: formValuesSchema,
  notes: z.string().trim().max(5000, "validation.tooLong").optional(),
});
export type SubmitInput = z.infer<typeof submitSchema>;

export const historySchema = z.object({ limit: z.number().int().min(1).max(50).default(20) });
