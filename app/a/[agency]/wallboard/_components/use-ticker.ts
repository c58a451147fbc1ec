"use client";

import { useEffect, useState } from "react";

/**
 * Whole seconds elapsed since `since` (a timestamp in ms), ticking every second: the snapshot's timers
 * count on between refreshes without asking the server. 0 on the first render (server and browser agree).
 */
export function useSecondsSince(since: number): number {
  const [now, setNow] = useState(since);
  useEffect(() => {
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [since]);
  return Math.max(0, Math.floor((now - since) / 1000));
}
