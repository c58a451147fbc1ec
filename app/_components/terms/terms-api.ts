"use client";

import type { inferRouterOutputs } from "@trpc/server";
import { useMemo } from "react";
import { useTRPCClient } from "@/app/_trpc/client";
import type { AppRouter } from "@/server/root";
import type { TermsDocumentInput } from "@/server/terms/terms.schema";

type Outputs = inferRouterOutputs<AppRouter>["terms"];
export type TermsList = Outputs["list"];
export type TermsVersionMeta = TermsList["versions"][number];
export type TermsVersionView = Outputs["get"];
export type TermsDiffView = Outputs["diff"];
export type TermsClientInfo = TermsList["client"];
export type TermsContact = TermsClientInfo["contacts"][number];
export type TermsCan = TermsList["can"];

/** Which side is looking: agency staff on one of its clients, or the client's own user in the portal. */
export type TermsScope = { kind: "agency"; agencySlug: string; clientSlug: string } | { kind: "portal"; clientSlug: string };

/** Where the terms pages of a scope live. */
export function termsBase(scope: TermsScope): string {
  return scope.kind === "agency" ? `/a/${scope.agencySlug}/clients/${scope.clientSlug}/terms` : `/portal/${scope.clientSlug}/terms`;
}

/**
 * The terms mutations for one side, with one shape, so the same components serve the agency's client
 * page and the client's portal. The agency's approval is the one "on the client's behalf".
 */
export function useTermsApi(scope: TermsScope) {
  const client = useTRPCClient();
  const agencySlug = scope.kind === "agency" ? scope.agencySlug : null;
  const { clientSlug } = scope;
  return useMemo(() => {
    if (agencySlug) {
      const s = { agencySlug, clientSlug };
      const r = client.terms;
      return {
        createDraft: () => r.createDraft.mutate(s),
        saveDraft: (number: number, document: TermsDocumentInput, baseUpdatedAt: Date) => r.saveDraft.mutate({ ...s, number, document, baseUpdatedAt }),
        submit: (number: number) => r.submit.mutate({ ...s, number }),
        approve: (number: number, effectiveFromLocal?: string) => r.approveOnBehalf.mutate({ ...s, number, effectiveFromLocal }),
        requestChanges: (number: number, comment: string) => r.requestChanges.mutate({ ...s, number, comment }),
      };
    }
    const s = { clientSlug };
    const r = client.terms.portal;
    return {
      createDraft: () => r.createDraft.mutate(s),
      saveDraft: (number: number, document: TermsDocumentInput, baseUpdatedAt: Date) => r.saveDraft.mutate({ ...s, number, document, baseUpdatedAt }),
      submit: (number: number) => r.submit.mutate({ ...s, number }),
      approve: (number: number, effectiveFromLocal?: string) => r.approve.mutate({ ...s, number, effectiveFromLocal }),
      requestChanges: (number: number, comment: string) => r.requestChanges.mutate({ ...s, number, comment }),
    };
  }, [client, agencySlug, clientSlug]);
}
export type TermsApi = ReturnType<typeof useTermsApi>;
