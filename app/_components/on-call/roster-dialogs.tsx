"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useToast } from "@/app/_components/ui/toast";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { addDays } from "@/server/oncall/local-time";
import type { OnCallApi, RosterEntry } from "./on-call-api";
import { useRosterFormat } from "./use-roster-format";

export type PendingRosterAction = { kind: "delete"; entry: RosterEntry } | { kind: "copy"; weekStart: string };

/** The confirmations behind an entry's delete button and a week's "copy the previous week". */
export function RosterDialogs({ api, timeZone, pending, onDone }: { api: OnCallApi; timeZone: string; pending: PendingRosterAction | null; onDone: () => void }) {
  const t = useTranslations("oncall");
  const tc = useTranslations("common");
  const f = useRosterFormat(timeZone);
  const toast = useToast();
  const queryClient = useQueryClient();
  const settle = async () => {
    await queryClient.invalidateQueries({ queryKey: api.key });
    onDone();
  };
  const fail = (error: unknown) => {
    toast.error(errorMessage(error, tc("unexpectedError")));
    onDone();
  };

  const remove = useMutation({
    mutationFn: (entry: RosterEntry) => api.remove(entry.id),
    onSuccess: async (_, entry) => {
      toast.success(t("delete.done", { name: entry.personName }));
      await settle();
    },
    onError: fail,
  });
  const copy = useMutation({
    mutationFn: (weekStart: string) => api.copyWeek(weekStart),
    onSuccess: async (r) => {
      if (r.sourceCount === 0) toast.info(t("copy.nothing"));
      else toast.success(t("copy.done", { copied: r.copied }), r.skipped > 0 ? t("copy.skipped", { skipped: r.skipped }) : undefined);
      await settle();
    },
    onError: fail,
  });

  const entry = pending?.kind === "delete" ? pending.entry : null;
  const week = pending?.kind === "copy" ? pending.weekStart : null;
  return (
    <>
      <ConfirmDialog
        open={entry !== null}
        onOpenChange={(open) => (open ? undefined : onDone())}
        title={t("delete.title", { name: entry?.personName ?? "" })}
        description={
          entry
            ? t("delete.description", { order: entry.escalationOrder, start: f.dayTime(entry.startsAt), end: f.dayTime(entry.endsAt) })
            : undefined
        }
        confirmLabel={t("delete.confirm")}
        loading={remove.isPending}
        onConfirm={() => entry && remove.mutate(entry)}
      />
      <ConfirmDialog
        open={week !== null}
        onOpenChange={(open) => (open ? undefined : onDone())}
        destructive={false}
        title={t("copy.title")}
        description={
          week
            ? t("copy.description", {
                from: f.shortDate(addDays(week, -7)),
                to: f.shortDate(addDays(week, -1)),
                target: f.fullDate(week),
              })
            : undefined
        }
        confirmLabel={t("copy.confirm")}
        loading={copy.isPending}
        onConfirm={() => week && copy.mutate(week)}
      />
    </>
  );
}
