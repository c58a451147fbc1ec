"use client";

import { useTranslations } from "next-intl";
import { ClockIcon, HeadsetIcon, PhoneOffIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { clock, useSecondsSince } from "./use-countdown";

/** What the desk shows between calls: waiting (with the time idle), on a break, or offline. */
export function IdlePanel({ state, since, skewMs, onGoAvailable, pending }: { state: string; since: Date; skewMs: number; onGoAvailable: () => void; pending: boolean }) {
  const t = useTranslations("desk.idle");
  const elapsed = useSecondsSince(since, skewMs);
  if (state === "AVAILABLE") {
    return (
      <Card>
        <EmptyState
          icon={<HeadsetIcon className="size-5" />}
          title={t("availableTitle")}
          description={t("availableBody")}
          action={<p className="font-mono text-2xl font-semibold text-zinc-900 tabular-nums">{clock(elapsed)}</p>}
        />
      </Card>
    );
  }
  const onBreak = state === "BREAK";
  return (
    <Card>
      <EmptyState
        icon={onBreak ? <ClockIcon className="size-5" /> : <PhoneOffIcon className="size-5" />}
        title={onBreak ? t("breakTitle") : t("offlineTitle")}
        description={onBreak ? t("breakBody") : t("offlineBody")}
        action={
          <Button onClick={onGoAvailable} loading={pending}>
            {t("goAvailable")}
          </Button>
        }
      />
    </Card>
  );
}
