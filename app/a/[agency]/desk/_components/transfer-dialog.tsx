"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { Alert } from "@/app/_components/ui/alert";
import { cn } from "@/app/_lib/cn";
import type { PopTerms } from "./desk-types";

/** Transfer to one of the terms' escalation numbers, chosen with its "when", confirmed before dialing. */
export function TransferDialog({ open, onOpenChange, escalation, loading, error, onConfirm }: { open: boolean; onOpenChange: (open: boolean) => void; escalation: PopTerms["escalation"]; loading: boolean; error: string | null; onConfirm: (escalationId: string) => void }) {
  const t = useTranslations("desk.transfer");
  const [picked, setPicked] = useState<string | null>(null);
  const target = escalation.find((e) => e.id === picked) ?? escalation[0] ?? null;
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("title")}
      description={t("description")}
      confirmLabel={t("confirm")}
      loading={loading}
      onConfirm={() => target && onConfirm(target.id)}
    >
      {error ? <Alert className="mb-3">{error}</Alert> : null}
      {escalation.length === 0 ? (
        <p className="text-sm text-zinc-500">{t("none")}</p>
      ) : (
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-zinc-900">{t("target")}</legend>
          <div className="space-y-2">
            {escalation.map((e) => (
              <label key={e.id} className={cn("flex cursor-pointer gap-3 rounded-lg p-3 text-sm ring-1", target?.id === e.id ? "bg-indigo-50 ring-indigo-500" : "ring-zinc-200 hover:bg-zinc-50")}>
                <input type="radio" name="transfer-target" className="mt-0.5 size-4 accent-indigo-600" checked={target?.id === e.id} onChange={() => setPicked(e.id)} />
                <span>
                  <span className="block font-medium text-zinc-900 tabular-nums">{e.transferTo}</span>
                  <span className="text-zinc-600">{e.when}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </ConfirmDialog>
  );
}
