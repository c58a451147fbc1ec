import type { Tx } from "../db";
import { rateSettledCall } from "../billing/usage";
import { applyCallToRollup } from "../reports/rollups";

/**
 * A call may have settled (final, and its wrap-up known): it joins the report rollups and is rated into its
 * UsageRecord, in the caller's transaction. Both steps are once-only and safe to call again (a completion
 * processed twice, the desk's submit racing a status callback, the sweeps), and both skip calls not yet settled.
 */
export async function onCallMaybeSettled(tx: Tx, callId: string): Promise<void> {
  await applyCallToRollup(tx, callId);
  await rateSettledCall(tx, callId);
}
