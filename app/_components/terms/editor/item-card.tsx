"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ChevronDownIcon, TrashIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";

/**
 * One item of a list section (a step, a field, an outcome) with its order controls: move up and down
 * (buttons, so the keyboard and screen readers can reorder) and remove. Hidden when read-only.
 */
export function ItemCard({
  title,
  badge,
  index,
  count,
  readOnly,
  onMove,
  onRemove,
  children,
}: {
  title: ReactNode;
  badge?: ReactNode;
  index: number;
  count: number;
  readOnly: boolean;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
  children: ReactNode;
}) {
  const t = useTranslations("terms.editor");
  return (
    <li className="rounded-lg bg-white ring-1 ring-zinc-950/[0.08]">
      <div className="flex items-center gap-2 border-b border-zinc-100 px-3 py-2 sm:px-4">
        <span className="flex size-6 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-xs font-semibold text-zinc-600 tabular-nums">{index + 1}</span>
        <p className="min-w-0 flex-1 truncate text-sm font-medium text-zinc-900">{title}</p>
        {badge}
        {readOnly ? null : (
          <div className="flex shrink-0 items-center">
            <Button variant="ghost" size="icon" className="size-8" disabled={index === 0} onClick={() => onMove(index, index - 1)}>
              <ChevronDownIcon className="size-4 rotate-180" />
              <span className="sr-only">{t("moveUp")}</span>
            </Button>
            <Button variant="ghost" size="icon" className="size-8" disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
              <ChevronDownIcon className="size-4" />
              <span className="sr-only">{t("moveDown")}</span>
            </Button>
            <Button variant="ghost" size="icon" className="size-8 text-zinc-500 hover:text-red-600" onClick={onRemove}>
              <TrashIcon className="size-4" />
              <span className="sr-only">{t("remove")}</span>
            </Button>
          </div>
        )}
      </div>
      <div className="space-y-4 p-3 sm:p-4">{children}</div>
    </li>
  );
}

/** The "add" button under a list, and the line shown when the list is empty. */
export function AddRow({ label, empty, onAdd, readOnly, count }: { label: string; empty: string; onAdd: () => void; readOnly: boolean; count: number }) {
  return (
    <div className="space-y-3">
      {count === 0 ? <p className="rounded-lg border border-dashed border-zinc-300 px-4 py-6 text-center text-sm text-zinc-500">{empty}</p> : null}
      {readOnly ? null : (
        <Button variant="secondary" size="sm" onClick={onAdd}>
          <span aria-hidden="true">+</span>
          {label}
        </Button>
      )}
    </div>
  );
}
