"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Alert } from "@/app/_components/ui/alert";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useToast } from "@/app/_components/ui/toast";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import { formatPhone } from "@/server/lib/phone";
import type { NumberItem } from "./numbers-types";

/** Asks before giving a number back to the carrier, and says what happens to the hotline it rings. */
export function ReleaseNumberDialog({ agencySlug, number, onClose }: { agencySlug: string; number: NumberItem | null; onClose: () => void }) {
  const t = useTranslations("numbers.release");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const toast = useToast();
  const queryClient = useQueryClient();
  const release = useMutation({
    ...trpc.number.release.mutationOptions(),
    onSuccess: async () => {
      toast.success(t("done", { number: number ? formatPhone(number.e164) : "" }));
      await queryClient.invalidateQueries({ queryKey: trpc.number.list.queryKey({ agencySlug }) });
      onClose();
    },
    onError: (e) => {
      toast.error(errorMessage(e, tc("unexpectedError")));
      onClose();
    },
  });
  const forwarded = number?.kind === "FORWARDED";
  return (
    <ConfirmDialog
      open={number !== null}
      onOpenChange={(o) => (o ? undefined : onClose())}
      title={t(forwarded ? "titleLine" : "title", { number: number ? formatPhone(number.e164) : "" })}
      description={t(forwarded ? "descriptionLine" : "description")}
      confirmLabel={t(forwarded ? "confirmLine" : "confirm")}
      loading={release.isPending}
      onConfirm={() => number && release.mutate({ agencySlug, numberId: number.id })}
    >
      {number?.hotline ? (
        <Alert tone="warning" className="mb-2">
          {t("unassigns", { hotline: number.hotline.name, client: number.hotline.client.name })}
        </Alert>
      ) : null}
      {number && number.forwardedLines > 0 ? <Alert className="mb-2">{t("hasLines", { count: number.forwardedLines })}</Alert> : null}
    </ConfirmDialog>
  );
}
