"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useToast } from "@/app/_components/ui/toast";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { DOCUMENTS_KEY, type DocumentItem, type DocumentsApi } from "./documents-api";
import { useDocumentFormat } from "./use-document-format";

/** Asks before deleting a document and its file for good. */
export function DeleteDocumentDialog({ api, document, onClose }: { api: DocumentsApi; document: DocumentItem | null; onClose: () => void }) {
  const t = useTranslations("documents.delete");
  const tc = useTranslations("common");
  const f = useDocumentFormat();
  const toast = useToast();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (d: DocumentItem) => api.remove(d.id),
    onSuccess: async (_, d) => {
      await queryClient.invalidateQueries({ queryKey: DOCUMENTS_KEY });
      toast.success(t("done", { name: f.label(d) }));
      onClose();
    },
    onError: (error) => {
      toast.error(errorMessage(error, tc("unexpectedError")));
      onClose();
    },
  });
  return (
    <ConfirmDialog
      open={document !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t("title", { name: document ? f.label(document) : "" })}
      description={t("description")}
      confirmLabel={t("confirm")}
      loading={remove.isPending}
      onConfirm={() => document && remove.mutate(document)}
    />
  );
}
