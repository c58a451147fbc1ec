"use client";

import type { inferRouterOutputs } from "@trpc/server";
import { useMemo } from "react";
import { useTRPCClient } from "@/app/_trpc/client";
import type { CreateDocumentInput, UpdateDocumentInput } from "@/server/documents/document.schema";
import type { AppRouter } from "@/server/root";

type Outputs = inferRouterOutputs<AppRouter>["document"];
export type DocumentList = Outputs["list"];
export type DocumentItem = DocumentList["items"][number];
export type AttentionItem = Outputs["attention"][number];

/**
 * Whose documents a page shows: the agency's own, one client's seen by the agency, or a client's own in
 * its portal. The upload route takes the same slugs.
 */
export type DocumentScope =
  | { kind: "agency"; agencySlug: string }
  | { kind: "client"; agencySlug: string; clientSlug: string }
  | { kind: "portal"; clientSlug: string };

/** The root of every documents query key: invalidating it refreshes lists and the attention list. */
export const DOCUMENTS_KEY = ["documents"] as const;

/** The procedures for one scope behind one shape, so the same table and dialogs serve all three pages. */
export function useDocumentsApi(scope: DocumentScope) {
  const client = useTRPCClient();
  const agencySlug = scope.kind === "portal" ? null : scope.agencySlug;
  const clientSlug = scope.kind === "agency" ? null : scope.clientSlug;
  return useMemo(() => {
    const d = client.document;
    const fields: Record<string, string> = {};
    if (agencySlug) fields.agencySlug = agencySlug;
    if (clientSlug) fields.clientSlug = clientSlug;
    const key = [...DOCUMENTS_KEY, agencySlug ?? "portal", clientSlug ?? "agency"];
    if (agencySlug && !clientSlug) {
      const s = { agencySlug };
      return {
        key,
        uploadFields: fields,
        list: () => d.list.query(s),
        create: (v: CreateDocumentInput) => d.create.mutate({ ...s, ...v }),
        update: (v: UpdateDocumentInput) => d.update.mutate({ ...s, ...v }),
        remove: (documentId: string) => d.delete.mutate({ ...s, documentId }),
      };
    }
    if (agencySlug && clientSlug) {
      const s = { agencySlug, clientSlug };
      return {
        key,
        uploadFields: fields,
        list: () => d.clientList.query(s),
        create: (v: CreateDocumentInput) => d.createForClient.mutate({ ...s, ...v }),
        update: (v: UpdateDocumentInput) => d.update.mutate({ agencySlug, ...v }),
        remove: (documentId: string) => d.delete.mutate({ agencySlug, documentId }),
      };
    }
    const s = { clientSlug: clientSlug! };
    return {
      key,
      uploadFields: fields,
      list: () => d.portalList.query(s),
      create: (v: CreateDocumentInput) => d.portalCreate.mutate({ ...s, ...v }),
      update: (v: UpdateDocumentInput) => d.portalUpdate.mutate({ ...s, ...v }),
      remove: (documentId: string) => d.portalDelete.mutate({ ...s, documentId }),
    };
  }, [client, agencySlug, clientSlug]);
}
export type DocumentsApi = ReturnType<typeof useDocumentsApi>;
