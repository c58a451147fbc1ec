"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { AlertCircleIcon } from "../icons";

/** A documents page failed to load: say so inside the page (the header and tabs stay) and offer to retry. */
export function DocumentsError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("documents.table");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <Card>
      <EmptyState icon={<AlertCircleIcon className="size-5" />} title={t("error")} action={<Button onClick={() => retry()}>{t("retry")}</Button>} />
    </Card>
  );
}
