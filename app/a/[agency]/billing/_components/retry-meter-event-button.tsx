"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { useToast } from "@/app/_components/ui/toast";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPCClient } from "@/app/_trpc/client";

/** Puts one refused meter event back in the queue; the sender delivers it with the same identifier. */
export function RetryMeterEventButton({ agencySlug, usageRecordId }: { agencySlug: string; usageRecordId: string }) {
  const t = useTranslations("billing.failed");
  const tc = useTranslations("common");
  const api = useTRPCClient();
  const router = useRouter();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const retry = async () => {
    setBusy(true);
    try {
      await api.billing.retryMeterEvent.mutate({ agencySlug, usageRecordId });
      toast.success(t("retried"));
      router.refresh();
    } catch (error) {
      toast.error(errorMessage(error, tc("unexpectedError")));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="sm" variant="secondary" onClick={retry} loading={busy}>
      {t("retry")}
    </Button>
  );
}
