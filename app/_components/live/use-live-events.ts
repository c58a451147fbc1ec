"use client";

import { useEffect, useRef, useState } from "react";

/** One event from /api/live/stream (server/live/hub.ts LiveMessage). */
export type LiveEvent = { id: string; type: string; payload: unknown; at: string };

export type LiveStatus = "connecting" | "open" | "reconnecting";

/**
 * Subscribes to the agency's live events. EventSource reconnects by itself (sending Last-Event-ID) after
 * a dropped connection; when it gives up (an error answer, the server restarting), we open a new one
 * with ?lastEventId= after a growing delay, so no event between the two is lost.
 */
export function useLiveEvents(agencySlug: string, onEvent: (event: LiveEvent) => void, options: { enabled?: boolean } = {}): LiveStatus {
  const enabled = options.enabled ?? true;
  const handler = useRef(onEvent);
  const [status, setStatus] = useState<LiveStatus>("connecting");

  useEffect(() => {
    handler.current = onEvent;
  }, [onEvent]);

  useEffect(() => {
    if (!enabled) return;
    let source: EventSource | null = null;
    let lastId: string | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let disposed = false;

    const open = () => {
      const params = new URLSearchParams({ agency: agencySlug });
      if (lastId) params.set("lastEventId", lastId);
      source = new EventSource(`/api/live/stream?${params}`);
      source.onopen = () => {
        attempt = 0;
        setStatus("open");
      };
      source.onmessage = (message) => {
        try {
          const event = JSON.parse(message.data) as LiveEvent;
          lastId = event.id;
          handler.current(event);
        } catch {
          // a malformed frame is skipped; the next one carries its own id
        }
      };
      source.onerror = () => {
        setStatus("reconnecting");
        if (source?.readyState !== EventSource.CLOSED || disposed) return;
        // The browser gave up: retry ourselves, 1 s, 2 s, 4 s … up to 30 s.
        const delay = Math.min(30_000, 1000 * 2 ** attempt++);
        retryTimer = setTimeout(open, delay);
      };
    };
    open();
    return () => {
      disposed = true;
      clearTimeout(retryTimer);
      source?.close();
    };
  }, [agencySlug, enabled]);

  return status;
}
