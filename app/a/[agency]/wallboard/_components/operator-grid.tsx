"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/app/_lib/cn";
import { formatDuration } from "../../calls/_components/format-duration";
import { OperatorActions } from "./operator-actions";
import { presenceStyle } from "./presence-style";
import type { Operator } from "./wallboard-types";

/** Every operator as a coloured card with the time in their state; supervisors act from the card's menu. */
export function OperatorGrid({ agencySlug, operators, tick }: { agencySlug: string; operators: Operator[]; tick: number }) {
  const t = useTranslations("wallboard.operators");
  if (operators.length === 0) return <p className="rounded-xl border border-dashed border-white/15 p-8 text-center text-lg text-zinc-400">{t("empty")}</p>;
  return (
    <ul className="grid grid-cols-[repeat(auto-fill,minmax(min(100%,22rem),1fr))] gap-3">
      {operators.map((op) => {
        const style = presenceStyle(op.presence);
        return (
          <li key={op.userId} className={cn("flex items-center gap-3 rounded-xl p-4 ring-1", style.ring)}>
            <span className={cn("size-3 shrink-0 rounded-full", style.dot)} aria-hidden />
            <div className="min-w-0 flex-1">
              <p className="flex items-center gap-2 truncate text-lg font-semibold text-white">
                <span className="truncate">{op.name}</span>
                {op.bot ? <span className="rounded bg-violet-500/20 px-1.5 text-xs font-medium text-violet-200">{t("bot")}</span> : null}
              </p>
              <p className={cn("truncate text-sm", style.text)}>
                {t(`state.${op.presence}` as never)}
                {op.reason ? ` · ${op.reason}` : ""}
                {op.call ? ` · ${op.call.hotlineName}` : ""}
              </p>
            </div>
            <span className="text-2xl font-semibold text-white tabular-nums" aria-label={t("timeInState")}>
              {op.presence === "OFFLINE" ? "" : formatDuration(op.secondsInState + tick)}
            </span>
            <OperatorActions agencySlug={agencySlug} operator={op} />
          </li>
        );
      })}
    </ul>
  );
}
