/**
 * How long a call must have been quiet before we ask the carrier about it. A live call sends us something at
 * least at every step (menu, queue, offer, answer); a final status callback that failed is not resent, so a call
 * quiet this long may have ended unseen. Two minutes leaves a slow or retried callback time to arrive first (the
 * carrier gives up on a webhook after 15 s), and keeps the Calls API load to one fetch per quiet call every ~2 min.
 */
export const QUIET_MINUTES = 2;
