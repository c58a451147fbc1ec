import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/app/_lib/cn";

/**
 * Minutes used this period against the plan's included minutes: a bar that turns amber at 80% and red at
 * 100% (the same thresholds as the e-mail alerts). Without included minutes, just the minutes used.
 */
export function UsageMeter({ usedMinutes, includedMinutes, percent, compact = false }: { usedMinutes: number; includedMinutes: number; percent: number | null; compact?: boolean }) {
  const t = useTranslations("billing.meter");
  const format = useFormatter();
  const minutes = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  if (includedMinutes <= 0 || percent === null) {
    return <span className="text-sm text-zinc-700 tabular-nums">{t("usedOnly", { used: minutes(usedMinutes) })}</span>;
  }
  const level = percent >= 100 ? "over" : percent >= 80 ? "near" : "ok";
  const bar = { ok: "bg-indigo-500", near: "bg-amber-500", over: "bg-red-500" }[level];
  const label = t("label", { used: minutes(usedMinutes), included: minutes(includedMinutes) });
  return (
    <div className={cn("min-w-0", compact ? "w-44" : "w-full")}>
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span className="font-medium whitespace-nowrap text-zinc-900 tabular-nums">{label}</span>
        <span className={cn("tabular-nums", level === "over" ? "text-red-700" : level === "near" ? "text-amber-700" : "text-zinc-500")}>
          {format.number(percent / 100, { style: "percent", maximumFractionDigits: 0 })}
        </span>
      </div>
      <div
        className={cn("mt-1.5 overflow-hidden rounded-full bg-zinc-100", compact ? "h-1.5" : "h-2.5")}
        role="meter"
        aria-label={t("aria")}
        aria-valuemin={0}
        aria-valuemax={includedMinutes}
        aria-valuenow={Math.min(usedMinutes, includedMinutes)}
        aria-valuetext={label}
      >
        <div className={cn("h-full rounded-full transition-all", bar)} style={{ width: `${Math.min(100, Math.max(0, percent))}%` }} />
      </div>
      {!compact && level !== "ok" ? <p className={cn("mt-2 text-sm", level === "over" ? "text-red-700" : "text-amber-800")}>{t(level)}</p> : null}
    </div>
  );
}
