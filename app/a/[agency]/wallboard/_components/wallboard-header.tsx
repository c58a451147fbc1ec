"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import type { LiveStatus } from "@/app/_components/live/use-live-events";
import { cn } from "@/app/_lib/cn";

/** Title, the agency's clock, whether the live stream is up, and the supervisor's buttons. */
export function WallboardHeader({ live, timeZone, actions, onFullscreen }: { live: LiveStatus; timeZone: string; actions: ReactNode; onFullscreen: () => void }) {
  const t = useTranslations("wallboard");
  const format = useFormatter();
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    setNow(new Date());
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, []);
  return (
    <header className="flex flex-wrap items-center gap-x-6 gap-y-3">
      <h1 className="text-3xl font-semibold tracking-tight text-white">{t("title")}</h1>
      <span className="flex items-center gap-2 text-sm text-zinc-300" role="status">
        <span className={cn("size-2.5 rounded-full", live === "open" ? "animate-pulse bg-emerald-400" : "bg-amber-400")} aria-hidden />
        {t(`live.${live}`)}
      </span>
      <span className="text-3xl font-semibold text-zinc-200 tabular-nums" suppressHydrationWarning>
        {now ? format.dateTime(now, { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone }) : ""}
      </span>
      <div className="ml-auto flex flex-wrap items-center gap-2">
        {actions}
        <button
          type="button"
          onClick={onFullscreen}
          className="rounded-md px-3 py-1.5 text-sm font-medium text-zinc-200 ring-1 ring-white/15 hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-indigo-400"
        >
          {t("fullscreen")}
        </button>
      </div>
    </header>
  );
}
