"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useToast } from "@/app/_components/ui/toast";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";

/** Pause (asks first: callers then hear the "not in service" message) or resume a hotline. */
export function HotlineStatusToggle({ agencySlug, clientSlug, hotlineId, name, status }: { agencySlug: string; clientSlug: string; hotlineId: string; name: string; status: "ACTIVE" | "PAUSED" }) {
  const t = useTranslations("hotlines.statusChange");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const change = useMutation({
    ...trpc.hotline.setStatus.mutationOptions(),
    onSuccess: (r) => {
      toast.success(t(r.status === "PAUSED" ? "paused" : "resumed", { name }));
      setConfirming(false);
      router.refresh();
    },
    onError: (e) => {
      toast.error(errorMessage(e, tc("unexpectedError")));
      setConfirming(false);
    },
  });
  if (status === "PAUSED") {
    return (
      <Button loading={change.isPending} onClick={() => change.mutate({ agencySlug, clientSlug, hotlineId, status: "ACTIVE" })}>
        {t("resume")}
      </Button>
    );
  }
  return (
    <>
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t("pause")}
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("confirmTitle", { name })}
        description={t("confirmDescription")}
        confirmLabel={t("pause")}
        loading={change.isPending}
        onConfirm={() => change.mutate({ agencySlug, clientSlug, hotlineId, status: "PAUSED" })}
      />
    </>
  );
}
