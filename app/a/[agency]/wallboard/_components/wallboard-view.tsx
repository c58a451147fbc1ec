"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useRef, useState } from "react";
import { useLiveEvents, type LiveEvent } from "@/app/_components/live/use-live-events";
import { Alert } from "@/app/_components/ui/alert";
import { useTRPC } from "@/app/_trpc/client";
import { BotsSwitch } from "./bots-switch";
import { HotlineTiles } from "./hotline-tiles";
import { LiveCalls } from "./live-calls";
import { OperatorGrid } from "./operator-grid";
import { SimulateTrafficDialog } from "./simulate-traffic-dialog";
import { useSecondsSince } from "./use-ticker";
import { WallboardHeader } from "./wallboard-header";
import type { Snapshot } from "./wallboard-types";

// Events that change what the wall shows; a burst (traffic) is coalesced into one refetch.
const RELEVANT = /^(wallboard|presence|offer|call)\./;
const COALESCE_MS = 400;

/**
 * The wall screen: refetches its snapshot when a live event says something changed (SSE), and every 15 s
 * anyway (every 5 s while the stream is down), while timers count on locally between refetches.
 */
export function WallboardView({ agencySlug, timeZone, initial }: { agencySlug: string; timeZone: string; initial: Snapshot }) {
  const t = useTranslations("wallboard");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const boardRef = useRef<HTMLDivElement>(null);
  const [trafficOpen, setTrafficOpen] = useState(false);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  const onEvent = useCallback(
    (event: LiveEvent) => {
      if (!RELEVANT.test(event.type) || pending.current) return;
      pending.current = setTimeout(() => {
        pending.current = null;
        void queryClient.invalidateQueries({ queryKey: trpc.wallboard.snapshot.queryKey() });
      }, COALESCE_MS);
    },
    [queryClient, trpc],
  );
  const live = useLiveEvents(agencySlug, onEvent);
  const query = useQuery({
    ...trpc.wallboard.snapshot.queryOptions({ agencySlug }),
    initialData: initial,
    refetchInterval: live === "open" ? 15_000 : 5_000,
  });
  const tick = useSecondsSince(query.dataUpdatedAt);
  const data = query.data;
  const botsOn = data.operators.some((o) => o.bot);

  // Fixed over the area right of the nav: the shell's content column is too narrow for a wall.
  return (
    <div ref={boardRef} className="fixed inset-x-0 top-14 bottom-0 z-20 overflow-y-auto bg-zinc-950 px-4 py-6 text-zinc-100 sm:px-6 md:left-56 lg:left-60 lg:px-10 lg:py-8 [&:fullscreen]:p-10">
      <WallboardHeader
        live={live}
        timeZone={timeZone}
        onFullscreen={() => void boardRef.current?.requestFullscreen?.()}
        actions={
          data.demo ? (
            <>
              <BotsSwitch agencySlug={agencySlug} on={botsOn} />
              <button
                type="button"
                onClick={() => setTrafficOpen(true)}
                className="rounded-md bg-indigo-500 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-300"
              >
                {t("traffic.open")}
              </button>
            </>
          ) : null
        }
      />
      {query.isError ? <Alert className="mt-4">{t("stale")}</Alert> : null}
      <section aria-labelledby="wb-hotlines" className="mt-6">
        <h2 id="wb-hotlines" className="mb-3 text-sm font-semibold tracking-wider text-zinc-400 uppercase">{t("hotlines.title")}</h2>
        <HotlineTiles tiles={data.hotlines} tick={tick} />
      </section>
      <section aria-labelledby="wb-operators" className="mt-8">
        <h2 id="wb-operators" className="mb-3 text-sm font-semibold tracking-wider text-zinc-400 uppercase">
          {t("operators.title")} <span className="ml-2 text-zinc-500 normal-case">{t("operators.summary", summary(data))}</span>
        </h2>
        <OperatorGrid agencySlug={agencySlug} operators={data.operators} tick={tick} />
      </section>
      <section aria-labelledby="wb-calls" className="mt-8">
        <h2 id="wb-calls" className="mb-3 text-sm font-semibold tracking-wider text-zinc-400 uppercase">{t("calls.title")}</h2>
        <LiveCalls calls={data.liveCalls} tick={tick} />
      </section>
      {data.demo ? <SimulateTrafficDialog agencySlug={agencySlug} hotlines={data.hotlines} open={trafficOpen} onOpenChange={setTrafficOpen} /> : null}
    </div>
  );
}

function summary(data: Snapshot) {
  const count = (state: string) => data.operators.filter((o) => o.presence === state).length;
  return { available: count("AVAILABLE"), busy: count("ON_CALL") + count("WRAP_UP"), away: count("BREAK") };
}
