"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { cn } from "@/app/_lib/cn";
import { XIcon } from "../icons";

/**
 * A modal on the native <dialog>: showModal() makes the rest of the page inert (focus stays inside),
 * Escape closes it, and the browser puts focus back where it was. Put `data-autofocus` on the control
 * that should take focus first (else the first focusable one does).
 */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  side,
  className,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  /** "left" renders a full-height sheet from the left edge (the phone menu). */
  side?: "left";
  className?: string;
}) {
  const t = useTranslations("common");
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-desc` : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onOpenChange(false);
      }}
      onClick={(e) => {
        // A click on the backdrop lands on the <dialog> itself, outside its padding box.
        if (e.target === e.currentTarget) {
          const r = e.currentTarget.getBoundingClientRect();
          const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
          if (!inside) onOpenChange(false);
        }
      }}
      className={cn(
        "fixed overflow-visible bg-transparent p-0 text-zinc-900 backdrop:bg-zinc-950/40 backdrop:backdrop-blur-[2px] open:flex",
        side === "left" ? "inset-y-0 right-auto left-0 m-0 h-full max-h-none w-72 max-w-[85vw]" : "m-auto w-[calc(100%-2rem)] max-w-md",
      )}
    >
      {open ? (
        <div
          className={cn(
            "relative flex w-full flex-col bg-white shadow-xl ring-1 ring-zinc-950/10",
            side === "left" ? "h-full" : "max-h-[calc(100dvh-2rem)] rounded-xl",
            className,
          )}
        >
          <div className={cn("flex items-start justify-between gap-4 px-5 pt-5 sm:px-6", side === "left" && "pt-4")}>
            <div className="min-w-0">
              <h2 id={`${id}-title`} className="text-base font-semibold text-zinc-900">
                {title}
              </h2>
              {description ? (
                <p id={`${id}-desc`} className="mt-1 text-sm text-zinc-500">
                  {description}
                </p>
              ) : null}
            </div>
            <button
              type="button"
              onClick={() => onOpenChange(false)}
              className="-mt-1 -mr-2 rounded-md p-1.5 text-zinc-400 hover:bg-zinc-100 hover:text-zinc-600 focus-visible:outline-2 focus-visible:outline-indigo-600"
            >
              <XIcon />
              <span className="sr-only">{t("close")}</span>
            </button>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto px-5 pt-4 pb-5 sm:px-6">{children}</div>
        </div>
      ) : null}
    </dialog>
  );
}

export function DialogFooter({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn("mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)}>{children}</div>;
}
