"use client";

import { useEffect, useState } from "react";

/**
 * Whole seconds until `until` (never below 0), ticking every 250 ms so a countdown never skips a number.
 * `skewMs` is the server's clock minus the browser's, so a ring countdown ends when the server's offer does.
 * Null until mounted, so the server render shows no number that then jumps.
 */
export function useSecondsLeft(until: Date | null, skewMs = 0): number | null {
  const [now, setNow] = useState<number | null>(null);
  // Keyed on the instant, not the Date object: callers build a new Date on every render.
  const at = until?.getTime() ?? null;
  useEffect(() => {
    if (at === null) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [at]);
  if (at === null || now === null) return null;
  return Math.max(0, Math.ceil((at - (now + skewMs)) / 1000));
}

/** Whole seconds since `since`, ticking each second. */
export function useSecondsSince(since: Date | null, skewMs = 0): number | null {
  const [now, setNow] = useState<number | null>(null);
  const at = since?.getTime() ?? null;
  useEffect(() => {
    if (at === null) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [at]);
  if (at === null || now === null) return null;
  return Math.max(0, Math.floor((now + skewMs - at) / 1000));
}

/** 75 → "1:15", 3700 → "1:01:40". */
export function clock(seconds: number | null): string {
  if (seconds === null) return "–:––";
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}
