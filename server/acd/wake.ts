import type { Db, Tx } from "../db";

/** The channel the ACD loop listens on: a call joined the queue or an operator became AVAILABLE. */
export const ACD_CHANNEL = "switchboard_acd";

/** Wakes every instance's ACD loop, on commit of the caller's transaction (payload: the agency, for logs). */
export async function wakeAcd(tx: Db | Tx, agencyId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${ACD_CHANNEL}, ${agencyId})`;
}
