"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { AlertCircleIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";

/** A page that failed to load, shown inside its shell (header, navigation, tabs stay), with a retry. */
export function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errorPage");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <Card>
      <EmptyState
        icon={<AlertCircleIcon className="size-5" />}
        title={t("title")}
        description={t("description")}
        action={<Button onClick={() => retry()}>{t("retry")}</Button>}
      />
    </Card>
  );
}
