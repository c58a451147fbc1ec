"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/app/_lib/cn";
import { TERMS_SECTIONS, type TermsSection } from "@/server/terms/terms.schema";

/**
 * The sections of the document as tabs, each with the number of problems it holds, so an error in a
 * section out of sight is never missed. Arrow keys move between tabs (WAI-ARIA tabs pattern).
 */
export function SectionNav({ current, onSelect, problems }: { current: TermsSection; onSelect: (s: TermsSection) => void; problems: Partial<Record<TermsSection, number>> }) {
  const t = useTranslations("terms.sections");
  const onKeyDown = (e: React.KeyboardEvent) => {
    const i = TERMS_SECTIONS.indexOf(current);
    const to = e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = TERMS_SECTIONS[(to + TERMS_SECTIONS.length) % TERMS_SECTIONS.length]!;
    onSelect(next);
    document.getElementById(`terms-tab-${next}`)?.focus();
  };
  return (
    <div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <div role="tablist" aria-label={t("label")} onKeyDown={onKeyDown} className="flex min-w-max gap-1 rounded-lg bg-zinc-100 p-1 sm:min-w-0 sm:flex-wrap">
        {TERMS_SECTIONS.map((s) => {
          const count = problems[s] ?? 0;
          const active = s === current;
          return (
            <button
              key={s}
              id={`terms-tab-${s}`}
              type="button"
              role="tab"
              aria-selected={active}
              aria-controls="terms-section-panel"
              tabIndex={active ? 0 : -1}
              onClick={() => onSelect(s)}
              className={cn(
                "flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap transition-colors focus-visible:outline-2 focus-visible:outline-indigo-600",
                active ? "bg-white text-zinc-900 shadow-xs" : "text-zinc-600 hover:text-zinc-900",
              )}
            >
              {t(s)}
              {count ? (
                <span className="rounded-full bg-red-100 px-1.5 text-xs font-semibold text-red-700 tabular-nums">
                  {count}
                  <span className="sr-only"> {t("problems", { count })}</span>
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
    </div>
  );
}

/** How many messages an error tree holds (react-hook-form nests them like the values). */
export function countErrors(node: unknown): number {
  if (!node || typeof node !== "object") return 0;
  const own = "message" in node && typeof (node as { message?: unknown }).message === "string" ? 1 : 0;
  return (
    own +
    Object.entries(node)
      .filter(([k]) => k !== "ref" && k !== "message" && k !== "type" && k !== "types")
      .reduce((sum, [, v]) => sum + countErrors(v), 0)
  );
}
