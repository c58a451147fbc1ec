"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { AlertCircleIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";

/** The roster page failed to load: say so inside the page (the tabs stay) and offer to try again. */
export function OnCallError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("oncall");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <Card>
      <EmptyState
        icon={<AlertCircleIcon className="size-5" />}
        title={t("pageError")}
        description={t("pageErrorHint")}
        action={<Button onClick={() => retry()}>{t("agenda.retry")}</Button>}
      />
    </Card>
  );
}
