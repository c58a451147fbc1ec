"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Select } from "@/app/_components/ui/select";
import { useToast } from "@/app/_components/ui/toast";
import { cn } from "@/app/_lib/cn";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import type { DeskPresence } from "@/server/desk/desk.schema";
import type { DeskMe } from "./desk-types";

const CHOICES: DeskPresence[] = ["AVAILABLE", "BREAK", "OFFLINE"];
const REASONS = ["rest", "lunch", "training", "meeting"] as const;
const DOT: Record<string, string> = {
  AVAILABLE: "bg-emerald-500",
  BREAK: "bg-amber-500",
  OFFLINE: "bg-zinc-400",
  ON_CALL: "bg-indigo-500",
  WRAP_UP: "bg-violet-500",
};

/**
 * The operator's status as a segmented switch. While on a call or in wrap-up the ACD owns the status:
 * the switch shows it and is locked, and says why.
 */
export function PresenceSwitch({ agencySlug, presence, onChanged }: { agencySlug: string; presence: DeskMe["presence"]; onChanged: () => void }) {
  const t = useTranslations("desk.presence");
  const td = useTranslations("desk");
  const trpc = useTRPC();
  const toast = useToast();
  const [reason, setReason] = useState<(typeof REASONS)[number]>("rest");
  const set = useMutation(trpc.desk.setPresence.mutationOptions({ onSuccess: onChanged, onError: (e) => toast.error(errorMessage(e, td("actionFailed"))) }));
  const locked = presence.state === "ON_CALL" || presence.state === "WRAP_UP";
  const choose = (state: DeskPresence, why = reason) => set.mutate({ agencySlug, state, reason: state === "BREAK" ? t(`reasons.${why}`) : undefined });

  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
      {locked ? (
        <div className="flex h-9 items-center gap-2 rounded-lg bg-white px-3 text-sm font-medium text-zinc-900 shadow-xs ring-1 ring-zinc-950/[0.07]" title={t("locked")}>
          <span className={cn("size-2 rounded-full", DOT[presence.state])} aria-hidden />
          {t(presence.state)}
        </div>
      ) : (
        <div role="radiogroup" aria-label={t("label")} className="inline-flex rounded-lg bg-zinc-100 p-1 ring-1 ring-zinc-950/[0.04]">
          {CHOICES.map((state) => {
            const active = presence.state === state;
            return (
              <button
                key={state}
                type="button"
                role="radio"
                aria-checked={active}
                disabled={set.isPending}
                onClick={() => !active && choose(state)}
                className={cn(
                  "flex h-8 items-center gap-2 rounded-md px-3 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-indigo-600",
                  active ? "bg-white text-zinc-900 shadow-xs ring-1 ring-zinc-950/[0.06]" : "text-zinc-600 hover:text-zinc-900",
                )}
              >
                <span className={cn("size-2 rounded-full", active ? DOT[state] : "bg-zinc-300")} aria-hidden />
                {t(state)}
              </button>
            );
          })}
        </div>
      )}
      {presence.state === "BREAK" ? (
        <Select
          aria-label={t("breakReason")}
          className="h-9 sm:w-44"
          value={REASONS.find((r) => t(`reasons.${r}`) === presence.reason) ?? reason}
          onChange={(e) => {
            const next = e.target.value as (typeof REASONS)[number];
            setReason(next);
            choose("BREAK", next);
          }}
        >
          {REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`reasons.${r}`)}
            </option>
          ))}
        </Select>
      ) : null}
    </div>
  );
}
