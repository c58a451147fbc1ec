"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "./button";
import { Dialog, DialogFooter } from "./dialog";

/**
 * Asks before a destructive or important action. Focus starts on Cancel, so Enter never destroys by
 * accident; the dialog stays open while the action runs and shows its progress.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  onConfirm,
  loading = false,
  destructive = true,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  loading?: boolean;
  destructive?: boolean;
  children?: ReactNode;
}) {
  const t = useTranslations("common");
  return (
    <Dialog open={open} onOpenChange={(next) => (loading ? undefined : onOpenChange(next))} title={title} description={description}>
      {children}
      <DialogFooter className={children ? undefined : "mt-2"}>
        <Button variant="secondary" onClick={() => onOpenChange(false)} disabled={loading} data-autofocus>
          {t("cancel")}
        </Button>
        <Button variant={destructive ? "destructive" : "primary"} onClick={onConfirm} loading={loading}>
          {confirmLabel}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
