"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogFooter } from "@/app/_components/ui/dialog";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";

/** Ending a client cannot be undone, so the person types the client's name to confirm (as GitHub does for deletes). */
export function EndClientDialog({ open, onOpenChange, clientName, loading, onConfirm }: { open: boolean; onOpenChange: (open: boolean) => void; clientName: string; loading: boolean; onConfirm: () => void }) {
  const t = useTranslations("clients.statusActions.end");
  const tc = useTranslations("common");
  const [typed, setTyped] = useState("");
  const matches = typed.trim() === clientName.trim();
  const close = (next: boolean) => {
    if (loading) return;
    if (!next) setTyped("");
    onOpenChange(next);
  };
  return (
    <Dialog open={open} onOpenChange={close} title={t("title", { name: clientName })} description={t("description", { name: clientName })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (matches) onConfirm();
        }}
        className="space-y-4"
      >
        <ul className="list-disc space-y-1 pl-5 text-sm text-zinc-600">
          <li>{t("consequence1")}</li>
          <li>{t("consequence2")}</li>
          <li>{t("consequence3")}</li>
        </ul>
        <FormField label={t.rich("typeToConfirm", { name: clientName, b: (chunks) => <strong className="font-semibold text-zinc-900">{chunks}</strong> })}>
          <Input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} data-autofocus />
        </FormField>
        <DialogFooter>
          <Button variant="secondary" onClick={() => close(false)} disabled={loading}>
            {tc("cancel")}
          </Button>
          <Button type="submit" variant="destructive" disabled={!matches} loading={loading}>
            {t("confirm")}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
