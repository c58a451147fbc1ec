import { z } from "zod";

/** The portal's digest preference, shared by the select and the procedure. */
export const DIGEST_FREQUENCIES = ["OFF", "DAILY", "WEEKLY"] as const;
export const digestFrequencySchema = z.object({ digest: z.enum(DIGEST_FREQUENCIES, "validation.digest.frequency") });
export type DigestInput = z.infer<typeof digestFrequencySchema>;
