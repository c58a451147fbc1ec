"use client";

import { useEffect, useState } from "react";

/**
 * Whole seconds since `since`, ticking every second while `active`; null until mounted (the server's clock
 * is not the browser's, so the first render shows nothing rather than a number that jumps).
 */
export function useElapsedSeconds(since: Date | null, active: boolean): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (!active || !since) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [active, since]);
  if (!active || !since || now === null) return null;
  return Math.max(0, Math.floor((now - since.getTime()) / 1000));
}
