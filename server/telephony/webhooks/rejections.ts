import type { Db } from "../../db";
import { logger } from "../../logger";

/** Keeps a signed carrier request we could not attach to a call or number, so nothing is lost silently. */
export async function recordRejection(
  db: Db,
  r: { agencyId?: string | null; endpoint: string; reason: string; params: Record<string, string> },
): Promise<void> {
  logger.warn({ endpoint: r.endpoint, reason: r.reason, callSid: r.params.CallSid }, "telephony webhook rejected");
  await db.telephonyRejection.create({
    data: {
      agencyId: r.agencyId ?? null,
      endpoint: r.endpoint,
      reason: r.reason,
      callSid: r.params.CallSid?.slice(0, 64) ?? null,
      toNumber: r.params.To?.slice(0, 64) ?? null,
      fromNumber: r.params.From?.slice(0, 64) ?? null,
      params: r.params,
    },
  });
}
