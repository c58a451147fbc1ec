"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/app/_lib/cn";
import { localIsoDate } from "@/server/call-log/day-range";
import type { CallFilterValues } from "./call-filters-params";

const RANGES = [
  { key: "today", back: 0 },
  { key: "last7", back: -6 },
  { key: "last30", back: -29 },
] as const;

/** Today / 7 days / 30 days, counted in the agency's zone; pressing the active one clears the dates. */
export function QuickRanges({
  filters,
  timeZone,
  onChange,
  className,
}: {
  filters: CallFilterValues;
  timeZone: string;
  onChange: (patch: Partial<CallFilterValues>) => void;
  className?: string;
}) {
  const t = useTranslations("calls.filters");
  const now = new Date();
  const today = localIsoDate(now, timeZone);
  return (
    <div className={cn("items-center gap-1 rounded-md bg-zinc-100 p-0.5", className)} role="group" aria-label={t("period")}>
      {RANGES.map((r) => {
        const from = localIsoDate(now, timeZone, r.back);
        const active = filters.from === from && filters.to === today;
        return (
          <button
            key={r.key}
            type="button"
            aria-pressed={active}
            onClick={() => onChange(active ? { from: "", to: "" } : { from, to: today })}
            className={cn(
              "rounded px-2.5 py-1 text-xs font-medium transition-colors focus-visible:outline-2 focus-visible:outline-indigo-600",
              active ? "bg-white text-zinc-900 shadow-xs ring-1 ring-zinc-950/5" : "text-zinc-600 hover:text-zinc-900",
            )}
          >
            {t(r.key)}
          </button>
        );
      })}
    </div>
  );
}
