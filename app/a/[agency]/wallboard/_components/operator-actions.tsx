"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ChevronDownIcon } from "@/app/_components/icons";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { DropdownItem, DropdownMenu } from "@/app/_components/ui/dropdown-menu";
import { useToast } from "@/app/_components/ui/toast";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import type { Operator } from "./wallboard-types";

type Target = "AVAILABLE" | "BREAK" | "OFFLINE";

/**
 * A supervisor's presence actions for one operator. Not while on a call or wrapping up (the call decides
 * that). Signing someone off asks first: it stops calls reaching them.
 */
export function OperatorActions({ agencySlug, operator }: { agencySlug: string; operator: Operator }) {
  const t = useTranslations("wallboard.operators");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [confirmOff, setConfirmOff] = useState(false);
  const force = useMutation(trpc.wallboard.forcePresence.mutationOptions());
  if (operator.presence === "ON_CALL" || operator.presence === "WRAP_UP") return <span className="w-8" />;

  const run = async (state: Target) => {
    try {
      await force.mutateAsync({ agencySlug, userId: operator.userId, state, reason: state === "BREAK" ? t("supervisorReason") : undefined });
      await queryClient.invalidateQueries({ queryKey: trpc.wallboard.snapshot.queryKey() });
      toast.success(t(`done.${state}` as "done.AVAILABLE", { name: operator.name }));
      setConfirmOff(false);
    } catch (error) {
      toast.error(errorMessage(error, tc("unexpectedError")));
    }
  };
  const targets = (["AVAILABLE", "BREAK", "OFFLINE"] as const).filter((s) => s !== operator.presence);
  return (
    <>
      <DropdownMenu
        align="end"
        triggerLabel={t("actionsFor", { name: operator.name })}
        triggerClassName="flex size-8 items-center justify-center rounded-md text-zinc-300 hover:bg-white/10 hover:text-white focus-visible:outline-2 focus-visible:outline-indigo-400"
        trigger={<ChevronDownIcon className="size-4" />}
      >
        {targets.map((state) => (
          <DropdownItem key={state} onSelect={() => (state === "OFFLINE" ? setConfirmOff(true) : void run(state))}>
            {t(`action.${state}` as never)}
          </DropdownItem>
        ))}
      </DropdownMenu>
      <ConfirmDialog
        open={confirmOff}
        onOpenChange={setConfirmOff}
        title={t("confirmOffTitle", { name: operator.name })}
        description={t("confirmOffText")}
        confirmLabel={t("action.OFFLINE")}
        loading={force.isPending}
        onConfirm={() => void run("OFFLINE")}
      />
    </>
  );
}
