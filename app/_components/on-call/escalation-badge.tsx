import { cn } from "@/app/_lib/cn";

/** The escalation order as a round number: 1 (called first) stands out, the others recede. */
export function EscalationBadge({ order, label, size = "md" }: { order: number; label: string; size?: "md" | "lg" }) {
  return (
    <span
      title={label}
      aria-label={label}
      className={cn(
        "inline-flex shrink-0 items-center justify-center rounded-full font-semibold tabular-nums ring-1 ring-inset",
        size === "lg" ? "size-9 text-sm" : "size-6 text-xs",
        order === 1 ? "bg-indigo-600 text-white ring-indigo-600" : "bg-white text-zinc-700 ring-zinc-300",
      )}
    >
      {order}
    </span>
  );
}
