"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { StatusPage } from "./_components/status-page";
import { Button, buttonClass } from "./_components/ui/button";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errorPage");
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String((error as { digest?: string }).digest ?? "") : "";
  return (
    <StatusPage
      title={t("title")}
      description={digest ? `${t("description")} ${t("reference", { digest })}` : t("description")}
      actions={
        <>
          <Button onClick={() => retry()}>{t("retry")}</Button>
          <Link href="/" className={buttonClass({ variant: "secondary" })}>
            {t("home")}
          </Link>
        </>
      }
    />
  );
}
