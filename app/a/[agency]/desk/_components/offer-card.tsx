"use client";

import { useTranslations } from "next-intl";
import { PhoneIncomingIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { clock, useSecondsLeft, useSecondsSince } from "./use-countdown";
import { Kbd } from "./kbd";
import type { DeskOffer } from "./desk-types";
import { formatPhone } from "@/server/lib/phone";

/**
 * The offer ringing for the operator: who is calling which client, how long they have waited, and how
 * long the offer rings before it goes to the next operator. The ring bar empties with the countdown.
 */
export function OfferCard({ offer, skewMs, busy, onAccept, onDecline }: { offer: DeskOffer; skewMs: number; busy: "accept" | "decline" | null; onAccept: () => void; onDecline: () => void }) {
  const t = useTranslations("desk.offer");
  const left = useSecondsLeft(new Date(offer.expiresAt), skewMs);
  const waited = useSecondsSince(new Date(offer.waitingSince), skewMs);
  const total = Math.max(1, Math.round((new Date(offer.expiresAt).getTime() - new Date(offer.offeredAt).getTime()) / 1000));
  const share = left === null ? 1 : left / total;

  return (
    <Card className="overflow-hidden ring-2 ring-indigo-500/60" aria-live="assertive">
      <div className="h-1 bg-indigo-100">
        <div className="h-full bg-indigo-500 transition-[width] duration-300 ease-linear" style={{ width: `${share * 100}%` }} />
      </div>
      <div className="flex flex-col gap-5 p-5 sm:flex-row sm:items-center sm:p-6">
        <div className="flex size-12 shrink-0 items-center justify-center rounded-full bg-indigo-50 text-indigo-600 ring-8 ring-indigo-50/60 motion-safe:animate-pulse">
          <PhoneIncomingIcon className="size-5" />
        </div>
        <div className="min-w-0 flex-1">
          <p className="text-xs font-semibold tracking-wide text-indigo-600 uppercase">{t("title")}</p>
          <h2 className="mt-1 truncate text-xl font-semibold text-zinc-900">{offer.client}</h2>
          <p className="mt-0.5 truncate text-sm text-zinc-500">{offer.hotline}</p>
          <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
            <div className="flex gap-1.5">
              <dt className="text-zinc-500">{t("caller")}</dt>
              <dd className="font-medium text-zinc-900 tabular-nums">{offer.callerName ?? (offer.from ? formatPhone(offer.from) : t("unknownCaller"))}</dd>
            </div>
            <div className="text-zinc-500 tabular-nums">{t("waiting", { time: clock(waited) })}</div>
            <div className="font-medium text-indigo-700 tabular-nums">{left === null ? "\u00a0" : t("ringsFor", { seconds: left })}</div>
          </dl>
        </div>
        <div className="flex gap-2 sm:flex-col">
          <Button size="lg" className="flex-1 sm:w-36 sm:flex-none" onClick={onAccept} loading={busy === "accept"} disabled={busy !== null}>
            {t("accept")} <Kbd>A</Kbd>
          </Button>
          <Button size="lg" variant="secondary" className="flex-1 sm:w-36 sm:flex-none" onClick={onDecline} loading={busy === "decline"} disabled={busy !== null}>
            {t("decline")} <Kbd>D</Kbd>
          </Button>
        </div>
      </div>
    </Card>
  );
}
