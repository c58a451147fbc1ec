"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { AlertCircleIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";

/** A failing page keeps the shell (header, navigation) around it. */
export default function PortalError({ error, retry }: { error: unknown; retry: () => void }) {
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
