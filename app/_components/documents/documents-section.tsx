"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { AlertCircleIcon, FileTextIcon, PlusIcon } from "../icons";
import { AddDocumentDialog } from "./add-document-dialog";
import { DeleteDocumentDialog } from "./delete-document-dialog";
import { useDocumentsApi, type DocumentItem, type DocumentList, type DocumentScope } from "./documents-api";
import { DocumentsTable } from "./documents-table";
import { EditDocumentDialog } from "./edit-document-dialog";

/**
 * The documents of one place (the agency's own, a client's, or a client's in its portal): a heading
 * with "Add document" when the server says the viewer may add, the table, and its dialogs.
 */
export function DocumentsSection({ scope, initial, heading, description }: { scope: DocumentScope; initial: DocumentList; heading: string; description: string }) {
  const t = useTranslations("documents");
  const api = useDocumentsApi(scope);
  const query = useQuery({ queryKey: api.key, queryFn: api.list, initialData: initial });
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<DocumentItem | null>(null);
  const [deleting, setDeleting] = useState<DocumentItem | null>(null);
  const data = query.data;
  const headingId = `documents-${scope.kind}`;

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0">
          <h2 id={headingId} className="text-lg font-semibold tracking-tight text-zinc-900">
            {heading}
            {data.items.length > 0 ? <span className="ml-2 text-sm font-normal text-zinc-500 tabular-nums">{data.items.length}</span> : null}
          </h2>
          <p className="mt-1 max-w-2xl text-sm text-zinc-500">{description}</p>
        </div>
        {data.canAdd ? (
          <Button onClick={() => setAdding(true)} className="self-start sm:self-auto">
            <PlusIcon />
            {t("add")}
          </Button>
        ) : null}
      </div>
      <Card className="overflow-hidden">
        {query.isError && query.isRefetchError && data.items.length === 0 ? (
          <EmptyState
            icon={<AlertCircleIcon className="size-5" />}
            title={t("table.error")}
            description={query.error.message}
            action={<Button variant="secondary" onClick={() => query.refetch()}>{t("table.retry")}</Button>}
          />
        ) : data.items.length === 0 ? (
          <EmptyState
            icon={<FileTextIcon className="size-5" />}
            title={t("table.empty")}
            description={data.canAdd ? t("table.emptyHintManage") : t("table.emptyHint")}
            action={
              data.canAdd ? (
                <Button variant="secondary" onClick={() => setAdding(true)}>
                  <PlusIcon />
                  {t("add")}
                </Button>
              ) : undefined
            }
          />
        ) : (
          <DocumentsTable items={data.items} showAddedByClient={scope.kind !== "agency"} onEdit={setEditing} onDelete={setDeleting} />
        )}
      </Card>
      {data.canAdd ? <AddDocumentDialog api={api} open={adding} onOpenChange={setAdding} /> : null}
      <EditDocumentDialog api={api} document={editing} onClose={() => setEditing(null)} />
      <DeleteDocumentDialog api={api} document={deleting} onClose={() => setDeleting(null)} />
    </section>
  );
}
