import { db } from "../../db";
import { syncClient } from "./sync";

/**
 * Outbox kinds of Stripe billing. `billing.sync-client` makes the client's customer, prices and subscription on
 * the agency's Stripe account (idempotent: every create has a key derived from what it is for).
 */
export const billingOutboxHandlers = {
  "billing.sync-client": async (payload: { clientId: string }) => {
    await syncClient(db, payload.clientId);
  },
} satisfies Record<string, (payload: never, eventId: string) => Promise<void>>;
