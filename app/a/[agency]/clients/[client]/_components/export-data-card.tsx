"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";

/**
 * A data-subject request: the client's data as one JSON file. Asked first, because the file holds personal
 * data (callers' numbers, contacts, recordings' links) and every export is written to the audit log. The
 * download is a plain navigation to the streamed route, so a big client never sits in the browser's memory.
 */
export function ExportDataCard({ agencySlug, clientSlug }: { agencySlug: string; clientSlug: string }) {
  const t = useTranslations("data.export");
  const [open, setOpen] = useState(false);
  const href = `/api/agency/${encodeURIComponent(agencySlug)}/clients/${encodeURIComponent(clientSlug)}/export.json`;
  return (
    <Card className="mt-6">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t("button")}
        </Button>
        <ConfirmDialog
          open={open}
          onOpenChange={setOpen}
          title={t("confirmTitle")}
          description={t("confirmDescription")}
          confirmLabel={t("confirm")}
          destructive={false}
          onConfirm={() => {
            setOpen(false);
            window.location.assign(href);
          }}
        />
      </CardContent>
    </Card>
  );
}
