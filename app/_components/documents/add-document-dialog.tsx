"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Dialog } from "@/app/_components/ui/dialog";
import { useToast } from "@/app/_components/ui/toast";
import { DOCUMENTS_KEY, type DocumentsApi } from "./documents-api";
import { DocumentForm, EMPTY_DOCUMENT } from "./document-form";
import { FileDropzone, UploadedFileChip } from "./file-dropzone";
import type { UploadedFile } from "./upload-file";
import { useDocumentFormat } from "./use-document-format";

/** Two steps: upload the file (with progress), then describe it; the document is created with the file. */
export function AddDocumentDialog({ api, open, onOpenChange }: { api: DocumentsApi; open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations("documents.upload");
  const tc = useTranslations("common");
  const f = useDocumentFormat();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<UploadedFile | null>(null);
  const [choosing, setChoosing] = useState(true);

  const close = (next: boolean) => {
    if (!next) {
      setFile(null);
      setChoosing(true);
    }
    onOpenChange(next);
  };

  return (
    <Dialog open={open} onOpenChange={close} title={t("title")} description={choosing ? t("fileStepDescription") : t("detailsStepDescription")}>
      {choosing || !file ? (
        <FileDropzone
          uploadFields={api.uploadFields}
          onUploaded={(uploaded) => {
            setFile(uploaded);
            setChoosing(false);
          }}
        />
      ) : (
        <DocumentForm
          defaultValues={EMPTY_DOCUMENT}
          submitLabel={t("save")}
          cancelLabel={tc("cancel")}
          onCancel={() => close(false)}
          top={<UploadedFileChip file={file} onReplace={() => setChoosing(true)} replaceLabel={t("replace")} />}
          onSubmit={async (values) => {
            const created = await api.create({ ...values, fileId: file.id });
            await queryClient.invalidateQueries({ queryKey: DOCUMENTS_KEY });
            toast.success(t("created"), t("createdDescription", { name: f.label(created) }));
            close(false);
          }}
        />
      )}
    </Dialog>
  );
}
