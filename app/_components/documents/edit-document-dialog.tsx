"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Dialog } from "@/app/_components/ui/dialog";
import { useToast } from "@/app/_components/ui/toast";
import { DOCUMENTS_KEY, type DocumentItem, type DocumentsApi } from "./documents-api";
import { DocumentForm } from "./document-form";
import { FileDropzone, UploadedFileChip } from "./file-dropzone";
import type { UploadedFile } from "./upload-file";

/** Edit the details; optionally upload a new version of the file, which replaces the old one on save. */
export function EditDocumentDialog({ api, document, onClose }: { api: DocumentsApi; document: DocumentItem | null; onClose: () => void }) {
  const t = useTranslations("documents.edit");
  const tu = useTranslations("documents.upload");
  const tc = useTranslations("common");
  const toast = useToast();
  const queryClient = useQueryClient();
  const [replacing, setReplacing] = useState(false);
  const [newFile, setNewFile] = useState<UploadedFile | null>(null);

  const close = () => {
    setReplacing(false);
    setNewFile(null);
    onClose();
  };

  const current = newFile ?? document?.file ?? null;
  const fileBlock = replacing ? (
    <div className="space-y-2">
      <FileDropzone
        compact
        uploadFields={api.uploadFields}
        onUploaded={(file) => {
          setNewFile(file);
          setReplacing(false);
        }}
      />
      <Button variant="link" className="text-sm" onClick={() => setReplacing(false)}>
        {t("keepFile")}
      </Button>
    </div>
  ) : current ? (
    <UploadedFileChip file={current} onReplace={() => setReplacing(true)} replaceLabel={newFile ? tu("replace") : t("replaceFile")} />
  ) : (
    <Button variant="secondary" size="sm" onClick={() => setReplacing(true)}>
      {t("replaceFile")}
    </Button>
  );

  return (
    <Dialog open={document !== null} onOpenChange={(open) => (open ? undefined : close())} title={t("title")} description={t("description")}>
      {document ? (
        <DocumentForm
          key={document.id}
          defaultValues={{
            kind: document.kind,
            title: document.title ?? "",
            number: document.number ?? "",
            issuer: document.issuer ?? "",
            validFrom: document.validFrom ?? "",
            validUntil: document.validUntil ?? "",
          }}
          submitLabel={t("save")}
          cancelLabel={tc("cancel")}
          onCancel={close}
          top={fileBlock}
          onSubmit={async (values) => {
            await api.update({ ...values, documentId: document.id, fileId: newFile?.id });
            await queryClient.invalidateQueries({ queryKey: DOCUMENTS_KEY });
            toast.success(t("saved"));
            close();
          }}
        />
      ) : null}
    </Dialog>
  );
}
