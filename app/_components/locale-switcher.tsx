"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/app/_actions/set-locale";
import { cn } from "@/app/_lib/cn";

const LOCALES = [
  { code: "en", short: "EN", name: "English" },
  { code: "ru", short: "RU", name: "Русский" },
] as const;

/** EN | RU toggle. The language lives in a cookie (no locale in the URL), so the page re-renders in place. */
export function LocaleSwitcher({ className }: { className?: string }) {
  const t = useTranslations("locale");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  return (
    <div
      role="group"
      aria-label={t("label")}
      aria-busy={pending || undefined}
      className={cn("inline-flex rounded-md bg-zinc-100 p-0.5 ring-1 ring-inset ring-zinc-200", pending && "opacity-70", className)}
    >
      {LOCALES.map((l) => {
        const active = l.code === current;
        return (
          <button
            key={l.code}
            type="button"
            lang={l.code}
            title={l.name}
            data-testid={`locale-${l.code}`}
            aria-pressed={active}
            disabled={pending}
            onClick={() => {
              if (active) return;
              startTransition(async () => {
                await setLocale(l.code);
                router.refresh();
              });
            }}
            className={cn(
              "rounded-[5px] px-2 py-1 text-xs font-semibold transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600",
              active ? "bg-white text-zinc-900 shadow-xs ring-1 ring-zinc-950/5" : "text-zinc-500 hover:text-zinc-800",
            )}
          >
            {l.short}
          </button>
        );
      })}
    </div>
  );
}
