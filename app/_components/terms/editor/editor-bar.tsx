"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { AlertCircleIcon, CheckCircleIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useToast } from "@/app/_components/ui/toast";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTermsApi, type TermsScope } from "../terms-api";

/**
 * The draft's actions, kept in view at the bottom: where the draft stands (saved, unsaved, problems),
 * discard, save, and submit for approval (which saves first).
 */
export function EditorBar({
  scope,
  number,
  dirty,
  problems,
  onSave,
  save,
  onDiscard,
  canSubmit,
}: {
  scope: TermsScope;
  number: number;
  dirty: boolean;
  problems: number;
  onSave: () => Promise<void>;
  save: () => Promise<boolean>;
  onDiscard: () => void;
  canSubmit: boolean;
}) {
  const t = useTranslations("terms.editor");
  const tc = useTranslations("common");
  const api = useTermsApi(scope);
  const router = useRouter();
  const toast = useToast();
  const [busy, setBusy] = useState<"save" | "submit" | null>(null);
  const [confirm, setConfirm] = useState<"discard" | "submit" | null>(null);

  const run = async (kind: "save" | "submit", action: () => Promise<void>) => {
    setBusy(kind);
    try {
      await action();
    } finally {
      setBusy(null);
    }
  };
  const submit = () =>
    run("submit", async () => {
      if (!(await save())) return setConfirm(null);
      try {
        await api.submit(number);
        setConfirm(null);
        toast.success(t("submitted", { number }), t("submittedHint"));
        router.refresh();
      } catch (error) {
        setConfirm(null);
        toast.error(errorMessage(error, tc("unexpectedError")));
      }
    });

  return (
    <div className="sticky bottom-0 z-10 -mx-4 mt-6 border-t border-zinc-200 bg-white/95 px-4 py-3 backdrop-blur sm:bottom-4 sm:mx-0 sm:rounded-xl sm:border sm:shadow-lg">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="flex items-center gap-1.5 text-sm" role="status">
          {problems > 0 ? (
            <>
              <AlertCircleIcon className="size-4 text-red-600" />
              <span className="text-red-700">{t("problems", { count: problems })}</span>
            </>
          ) : dirty ? (
            <span className="text-amber-700">{t("unsaved")}</span>
          ) : (
            <>
              <CheckCircleIcon className="size-4 text-emerald-600" />
              <span className="text-zinc-600">{t("allSaved")}</span>
            </>
          )}
        </p>
        <div className="flex flex-wrap gap-2">
          {dirty ? (
            <Button variant="ghost" onClick={() => setConfirm("discard")} disabled={busy !== null}>
              {t("discard")}
            </Button>
          ) : null}
          <Button variant={dirty ? "primary" : "secondary"} onClick={() => run("save", onSave)} loading={busy === "save"} disabled={busy !== null && busy !== "save"}>
            {t("save")}
          </Button>
          {canSubmit ? (
            <Button variant={dirty ? "secondary" : "primary"} onClick={() => setConfirm("submit")} disabled={busy !== null}>
              {t("submit")}
            </Button>
          ) : null}
        </div>
      </div>
      <ConfirmDialog
        open={confirm === "discard"}
        onOpenChange={(open) => setConfirm(open ? "discard" : null)}
        title={t("discardTitle")}
        description={t("discardDescription")}
        confirmLabel={t("discard")}
        onConfirm={() => (onDiscard(), setConfirm(null))}
      />
      <ConfirmDialog
        open={confirm === "submit"}
        onOpenChange={(open) => setConfirm(open ? "submit" : null)}
        title={t("submitTitle", { number })}
        description={scope.kind === "agency" ? t("submitDescriptionAgency") : t("submitDescriptionPortal")}
        confirmLabel={t("submit")}
        destructive={false}
        loading={busy === "submit"}
        onConfirm={submit}
      />
    </div>
  );
}
