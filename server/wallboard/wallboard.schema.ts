import { z } from "zod";

/** A supervisor may put an operator on break, make them available, or sign them off — not on a call. */
export const FORCEABLE_STATES = ["AVAILABLE", "BREAK", "OFFLINE"] as const;

export const forcePresenceSchema = z.object({
  userId: z.string().min(1).max(64),
  state: z.enum(FORCEABLE_STATES, "validation.wallboard.state"),
  reason: z.string().trim().max(120, "validation.wallboard.reasonTooLong").optional(),
});

/** The "Simulate traffic" dialog: calls arrive at these hotlines' numbers for a while. */
export const simulateTrafficSchema = z.object({
  hotlineIds: z.array(z.string().min(1).max(64)).max(50).default([]),
  callsPerMinute: z.coerce.number("validation.wallboard.number").min(1, "validation.wallboard.rate").max(120, "validation.wallboard.rate"),
  minutes: z.coerce.number("validation.wallboard.number").int("validation.wallboard.integer").min(1, "validation.wallboard.minutes").max(60, "validation.wallboard.minutes"),
});
export type SimulateTrafficInput = z.input<typeof simulateTrafficSchema>;

export const setBotsSchema = z.object({ on: z.boolean() });
