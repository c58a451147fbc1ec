"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useToast } from "@/app/_components/ui/toast";
import { cn } from "@/app/_lib/cn";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";

/** Demo: bots answer for every operator of the agency (on when any operator is a bot). */
export function BotsSwitch({ agencySlug, on }: { agencySlug: string; on: boolean }) {
  const t = useTranslations("wallboard.bots");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const setBots = useMutation(trpc.wallboard.setBots.mutationOptions());
  const toggle = async () => {
    try {
      const result = await setBots.mutateAsync({ agencySlug, on: !on });
      await queryClient.invalidateQueries({ queryKey: trpc.wallboard.snapshot.queryKey() });
      toast.success(on ? t("offDone") : t("onDone", { count: result.operators }));
    } catch (error) {
      toast.error(errorMessage(error, tc("unexpectedError")));
    }
  };
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      disabled={setBots.isPending}
      onClick={() => void toggle()}
      className="inline-flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium text-zinc-200 hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-indigo-400 disabled:opacity-60"
    >
      <span className={cn("relative inline-flex h-5 w-9 items-center rounded-full transition-colors", on ? "bg-violet-500" : "bg-zinc-600")}>
        <span className={cn("inline-block size-4 rounded-full bg-white shadow transition-transform", on ? "translate-x-4.5" : "translate-x-0.5")} />
      </span>
      {t("label")}
    </button>
  );
}
