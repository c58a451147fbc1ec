"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { ClockIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useToast } from "@/app/_components/ui/toast";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPCClient } from "@/app/_trpc/client";

/**
 * Demo and test mode only: moves the Stripe test clock to the end of the period, so Stripe closes the month
 * and invoices it (its webhooks then fill the invoices in). Asks first: it cannot be undone.
 */
export function AdvanceClockCard({ agencySlug }: { agencySlug: string }) {
  const t = useTranslations("billing.clock");
  const tc = useTranslations("common");
  const format = useFormatter();
  const api = useTRPCClient();
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const advance = async () => {
    setBusy(true);
    try {
      const { frozenTime } = await api.billing.advanceClock.mutate({ agencySlug });
      toast.success(t("advanced"), t("advancedDescription", { time: format.dateTime(new Date(frozenTime), { dateStyle: "medium", timeStyle: "short" }) }));
      setOpen(false);
      // Webhooks arrive a moment later; a refresh shows what has landed, the invoices tab the rest.
      router.refresh();
      setTimeout(() => router.refresh(), 2500);
    } catch (error) {
      toast.error(errorMessage(error, tc("unexpectedError")));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card className="flex flex-col gap-3 border border-dashed border-amber-300 bg-amber-50/40 p-5 ring-0 sm:flex-row sm:items-center sm:p-6">
      <span className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-amber-100 text-amber-700" aria-hidden="true">
        <ClockIcon className="size-4" />
      </span>
      <div className="min-w-0 flex-1">
        <p className="text-sm font-semibold text-zinc-900">{t("title")}</p>
        <p className="text-sm text-zinc-600">{t("description")}</p>
      </div>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("button")}
      </Button>
      <ConfirmDialog open={open} onOpenChange={setOpen} title={t("confirmTitle")} description={t("confirmDescription")} confirmLabel={t("button")} onConfirm={advance} loading={busy} destructive={false} />
    </Card>
  );
}
