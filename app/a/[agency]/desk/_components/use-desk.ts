"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect } from "react";
import { useLiveEvents, type LiveEvent } from "@/app/_components/live/use-live-events";
import { useTRPC } from "@/app/_trpc/client";
import type { DeskMe } from "./desk-types";

const HEARTBEAT_MS = 10_000;
// The live stream wakes the desk at once; the poll is the fallback when the stream is down (and a
// safety net while it is up).
const POLL_LIVE_MS = 10_000;
const POLL_FALLBACK_MS = 2_000;
const DESK_EVENTS = new Set(["offer.created", "offer.ended", "offer.expired", "offer.cancelled", "presence.changed", "call.changed", "call.ended"]);

/** The desk's state (desk.me), kept fresh by the live stream and a poll, plus the heartbeat. */
export function useDesk(agencySlug: string, initial: DeskMe) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const meKey = trpc.desk.me.queryKey({ agencySlug });
  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: meKey }), [queryClient, meKey]);

  const onEvent = useCallback(
    (event: LiveEvent) => {
      if (DESK_EVENTS.has(event.type) || event.type.startsWith("offer.")) void refresh();
    },
    [refresh],
  );
  const live = useLiveEvents(agencySlug, onEvent);

  const me = useQuery({
    ...trpc.desk.me.queryOptions({ agencySlug }),
    initialData: initial,
    refetchInterval: live === "open" ? POLL_LIVE_MS : POLL_FALLBACK_MS,
    refetchIntervalInBackground: true,
  });

  const beat = useMutation(trpc.desk.heartbeat.mutationOptions());
  const presence = me.data.presence.state;
  useEffect(() => {
    if (presence === "OFFLINE") return;
    beat.mutate({ agencySlug });
    const id = setInterval(() => beat.mutate({ agencySlug }), HEARTBEAT_MS);
    return () => clearInterval(id);
    // Keyed on the state only: restarting the interval on every render would beat too often.
  }, [agencySlug, presence]);

  // The server's clock minus ours when desk.me was read: countdowns follow the server's deadlines.
  const skewMs = new Date(me.data.now).getTime() - me.dataUpdatedAt;
  return { me: me.data, live, refresh, skewMs: me.dataUpdatedAt ? skewMs : 0 };
}
