"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { cn } from "@/app/_lib/cn";
import { AlertCircleIcon, CheckCircleIcon, XIcon } from "../icons";

type Tone = "success" | "error" | "info";
type ToastItem = { id: number; tone: Tone; title: string; description?: string };
type Push = (toast: Omit<ToastItem, "id">) => void;

const ToastContext = createContext<Push | null>(null);

/** Short confirmations and errors that are not about one field. The live region is always mounted so readers announce new toasts. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useTranslations("common");
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((x) => x.id !== id)), []);
  const push = useCallback<Push>(
    (toast) => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-3), { ...toast, id }]);
      setTimeout(() => dismiss(id), toast.tone === "error" ? 8000 : 5000);
    },
    [dismiss],
  );

  return (
    <ToastContext value={push}>
      {children}
      <section aria-label={t("notifications")} className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex justify-center p-4 sm:justify-end">
        <ol aria-live="polite" className="flex w-full max-w-sm flex-col gap-2">
          {toasts.map((toast) => (
            <li
              key={toast.id}
              role={toast.tone === "error" ? "alert" : "status"}
              className={cn(
                "pointer-events-auto flex items-start gap-3 rounded-lg bg-white p-3.5 text-sm shadow-lg ring-1 ring-zinc-950/10",
                "transition-all duration-200 starting:translate-y-2 starting:opacity-0",
              )}
            >
              {toast.tone === "error" ? (
                <AlertCircleIcon className="mt-0.5 size-4 shrink-0 text-red-600" />
              ) : (
                <CheckCircleIcon className={cn("mt-0.5 size-4 shrink-0", toast.tone === "success" ? "text-emerald-600" : "text-indigo-600")} />
              )}
              <div className="min-w-0 flex-1">
                <p className="font-medium text-zinc-900">{toast.title}</p>
                {toast.description ? <p className="mt-0.5 text-zinc-500">{toast.description}</p> : null}
              </div>
              <button
                type="button"
                onClick={() => dismiss(toast.id)}
                className="-m-1 rounded p-1 text-zinc-400 hover:text-zinc-600 focus-visible:outline-2 focus-visible:outline-indigo-600"
              >
                <XIcon className="size-3.5" />
                <span className="sr-only">{t("dismiss")}</span>
              </button>
            </li>
          ))}
        </ol>
      </section>
    </ToastContext>
  );
}

export function useToast() {
  const push = useContext(ToastContext);
  if (!push) throw new Error("useToast must be used inside <ToastProvider>");
  return useMemo(
    () => ({
      success: (title: string, description?: string) => push({ tone: "success", title, description }),
      error: (title: string, description?: string) => push({ tone: "error", title, description }),
      info: (title: string, description?: string) => push({ tone: "info", title, description }),
    }),
    [push],
  );
}
