import type { Tx } from "../db";
import type { Call } from "../generated/prisma/client";
import { deliverOutcome } from "../messages/deliver";
import type { TermsDocument } from "../terms/terms.schema";

/**
 * The call summary (MESSAGES' deliverOutcome), called inside submitCall's transaction: the messages
 * (and their outbox events) commit with the outcome, or neither does.
 */
export type DeliverOutcomeInput = { call: Call; outcomeCode: string; terms: TermsDocument; clientId: string; agencyId: string };

export async function deliverSummary(tx: Tx, input: DeliverOutcomeInput): Promise<string[]> {
  return deliverOutcome(tx, input);
}
