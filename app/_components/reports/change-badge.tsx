import { getFormatter, getTranslations } from "next-intl/server";
import { cn } from "@/app/_lib/cn";
import { change } from "@/server/metrics/metrics";

/**
 * "▲ 12 %" against the previous period, green when it moved the good way (fewer abandons is good). Rates
 * (service level) change in percentage points, not percent of a percent.
 */
export async function ChangeBadge({ current, previous, better, points }: { current: number | null; previous: number | null; better: "up" | "down"; points?: boolean }) {
  const t = await getTranslations("reports.dashboard");
  const format = await getFormatter();
  const c = change(current, previous);
  if (!c || (!points && c.ratio === null && c.delta !== 0)) return <p className="mt-1 text-xs text-zinc-400">{c ? t("noPrevious") : "—"}</p>;
  const flat = Math.abs(c.delta) < 1e-9;
  const good = flat ? null : (c.delta > 0) === (better === "up");
  const amount = points
    ? t("points", { value: format.number(Math.abs(c.delta) * 100, { maximumFractionDigits: 1 }) })
    : format.number(Math.abs(c.ratio ?? 0), { style: "percent", maximumFractionDigits: 0 });
  return (
    <p className="mt-1 flex items-center gap-1.5 text-xs text-zinc-500" title={t("vsPrevious")}>
      <span className="sr-only">{t("vsPrevious")}</span>
      <span className={cn("inline-flex shrink-0 items-center gap-0.5 rounded px-1 py-0.5 font-medium whitespace-nowrap tabular-nums", good === null ? "bg-zinc-100 text-zinc-600" : good ? "bg-emerald-50 text-emerald-700" : "bg-red-50 text-red-700")}>
        <span aria-hidden="true">{flat ? "=" : c.delta > 0 ? "▲" : "▼"}</span>
        {amount}
      </span>
    </p>
  );
}
