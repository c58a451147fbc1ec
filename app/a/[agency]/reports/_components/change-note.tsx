import { change } from "@/server/metrics/metrics";
import { cn } from "@/app/_lib/cn";

/**
 * A small "▲ 12%" under a figure: the change vs the previous period. `better` says which way is good (more
 * answered is good, more abandoned is not); ratios are shown as points when the figure is itself a ratio.
 */
export function ChangeNote({ current, previous, better, points, format }: { current: number | null; previous: number | null; better: "up" | "down"; points?: boolean; format: (n: number) => string }) {
  const c = change(current, previous);
  if (!c || c.delta === 0) return null;
  const value = points ? c.delta : c.ratio;
  if (value === null) return null;
  const good = (c.delta > 0) === (better === "up");
  return (
    <span className={cn("block text-xs font-medium whitespace-nowrap tabular-nums", good ? "text-emerald-600" : "text-rose-600")}>
      {c.delta > 0 ? "▲" : "▼"} {format(Math.abs(value))}
    </span>
  );
}
