"use client";

import { useTranslations } from "next-intl";
import { PhoneForwardedIcon, PhoneOffIcon } from "@/app/_components/icons";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import type { ScreenPop } from "./desk-types";
import { Kbd } from "./kbd";
import { clock } from "./use-countdown";
import { formatPhone } from "@/server/lib/phone";

/** The call's header: who, for which client, the talk timer, and the call controls while talking. */
export function CallBar({ pop, canTransfer, talkSeconds, talking, callerGone, voiceNote, hangingUp, onHangUp, onTransfer }: { pop: ScreenPop; canTransfer: boolean; talkSeconds: number | null; talking: boolean; callerGone: boolean; voiceNote: string; hangingUp: boolean; onHangUp: () => void; onTransfer: () => void }) {
  const t = useTranslations("desk.call");
  const tp = useTranslations("desk.presence");
  return (
    <Card className="flex flex-col gap-4 p-4 sm:flex-row sm:items-center sm:p-5">
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="truncate text-lg font-semibold text-zinc-900">{pop.client.name}</h2>
          <Badge tone={talking ? "green" : "violet"}>{talking ? t("talking") : tp("WRAP_UP")}</Badge>
        </div>
        <p className="mt-0.5 truncate text-sm text-zinc-500">
          {pop.hotline.name} · <span className="font-medium text-zinc-700 tabular-nums">{pop.call.callerName ?? formatPhone(pop.call.fromNumber)}</span> · {t("language", { language: pop.call.language.toUpperCase() })}
        </p>
        <p className="mt-1 text-xs text-zinc-400">{voiceNote}</p>
      </div>
      <div className="flex items-center gap-4">
        <div className="text-right">
          <p className="text-xs text-zinc-500">{t("talkTime")}</p>
          <p className="font-mono text-xl font-semibold text-zinc-900 tabular-nums">{clock(talkSeconds)}</p>
        </div>
        {talking ? (
          <div className="flex gap-2">
            {canTransfer ? (
              <Button variant="secondary" onClick={onTransfer} disabled={hangingUp} aria-label={t("transfer")}>
                <PhoneForwardedIcon className="size-4" /> <span className="hidden sm:inline">{t("transfer")}</span>
              </Button>
            ) : null}
            <Button variant="destructive" onClick={onHangUp} loading={hangingUp}>
              <PhoneOffIcon className="size-4" /> {t("hangUp")} <Kbd>H</Kbd>
            </Button>
          </div>
        ) : null}
      </div>
      {callerGone && talking ? <p className="text-sm font-medium text-amber-700 sm:hidden">{t("callerHungUp")}</p> : null}
    </Card>
  );
}
