"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useToast } from "@/app/_components/ui/toast";
import { cn } from "@/app/_lib/cn";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import { CallWorkspace } from "./call-workspace";
import type { DeskMe } from "./desk-types";
import { IdlePanel } from "./idle-panel";
import { OfferCard } from "./offer-card";
import { PresenceSwitch } from "./presence-switch";
import { RecentCalls } from "./recent-calls";
import { ShortcutLegend } from "./shortcut-legend";
import { useDeskShortcuts } from "./use-shortcuts";
import { useDesk } from "./use-desk";

/**
 * The operator's desk: status switch, the ringing offer, then the accepted call's workspace. All state
 * comes from desk.me (the ACD's truth), refreshed by live events and a poll; actions refresh it at once.
 */
export function Desk({ agencySlug, timeZone, initial }: { agencySlug: string; timeZone: string; initial: DeskMe }) {
  const t = useTranslations("desk");
  const trpc = useTRPC();
  const toast = useToast();
  const { me, live, refresh, skewMs } = useDesk(agencySlug, initial);
  const [busy, setBusy] = useState<"accept" | "decline" | null>(null);
  const onError = (e: unknown) => {
    toast.error(errorMessage(e, t("actionFailed")));
    void refresh();
  };
  const accept = useMutation(trpc.desk.accept.mutationOptions({ onSettled: () => setBusy(null), onSuccess: () => refresh(), onError }));
  const decline = useMutation(trpc.desk.decline.mutationOptions({ onSettled: () => setBusy(null), onSuccess: () => refresh(), onError }));
  const available = useMutation(trpc.desk.setPresence.mutationOptions({ onSuccess: () => refresh(), onError }));

  const offer = me.currentCall ? null : me.offer;
  // An offer that vanished without our answer went to someone else (expired or the caller left).
  const lastOffer = useRef<string | null>(null);
  const answered = useRef<string | null>(null);
  useEffect(() => {
    const gone = lastOffer.current;
    if (gone && gone !== answered.current && !me.offer && !me.currentCall) toast.info(t("offer.gone"));
    lastOffer.current = me.offer?.id ?? null;
  }, [me.offer, me.currentCall, toast, t]);
  const answer = (kind: "accept" | "decline", offerId: string) => {
    answered.current = offerId;
    setBusy(kind);
    (kind === "accept" ? accept : decline).mutate({ agencySlug, offerId });
  };

  useDeskShortcuts({
    accept: offer && !busy ? () => answer("accept", offer.id) : undefined,
    decline: offer && !busy ? () => answer("decline", offer.id) : undefined,
  });

  return (
    <div className="space-y-5">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <PresenceSwitch agencySlug={agencySlug} presence={me.presence} onChanged={() => void refresh()} />
        <span className="inline-flex items-center gap-1.5 text-xs text-zinc-500" role="status">
          <span className={cn("size-1.5 rounded-full", live === "open" ? "bg-emerald-500" : "bg-amber-500")} aria-hidden />
          {t(`live.${live}`)}
        </span>
      </div>
      {me.currentCall ? (
        <CallWorkspace key={me.currentCall.id} agencySlug={agencySlug} current={me.currentCall} onCall={me.presence.state === "ON_CALL"} onDone={() => void refresh()} skewMs={skewMs} />
      ) : (
        <div className="grid grid-cols-1 gap-5 lg:grid-cols-5">
          <div className="lg:col-span-3">
            {offer ? (
              <OfferCard
                offer={offer}
                skewMs={skewMs}
                busy={busy}
                onAccept={() => answer("accept", offer.id)}
                onDecline={() => answer("decline", offer.id)}
              />
            ) : (
              <IdlePanel state={me.presence.state} since={new Date(me.presence.since)} skewMs={skewMs} pending={available.isPending} onGoAvailable={() => available.mutate({ agencySlug, state: "AVAILABLE" })} />
            )}
          </div>
          <div className="lg:col-span-2">
            <RecentCalls agencySlug={agencySlug} timeZone={timeZone} />
          </div>
        </div>
      )}
      <ShortcutLegend />
    </div>
  );
}
