"use client";

import { useTranslations } from "next-intl";
import { Kbd } from "./kbd";

/** The keys, always in view under the desk, so operators learn them. */
export function ShortcutLegend() {
  const t = useTranslations("desk.shortcuts");
  const keys = [
    ["A", t("accept")],
    ["D", t("decline")],
    ["H", t("hangUp")],
    ["Ctrl ↵", t("submit")],
  ] as const;
  return (
    <div className="hidden flex-wrap items-center gap-x-4 gap-y-1 text-xs text-zinc-500 sm:flex" aria-label={t("title")}>
      <span className="font-medium text-zinc-600">{t("title")}</span>
      {keys.map(([key, label]) => (
        <span key={key} className="inline-flex items-center gap-1.5">
          <Kbd className="text-zinc-700">{key}</Kbd> {label}
        </span>
      ))}
    </div>
  );
}
