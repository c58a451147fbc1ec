"use client";

import type { inferRouterOutputs } from "@trpc/server";
import { useMemo } from "react";
import { useTRPCClient } from "@/app/_trpc/client";
import type { OnCallEntryInput } from "@/server/oncall/oncall.schema";
import type { AppRouter } from "@/server/root";

type Outputs = inferRouterOutputs<AppRouter>["onCall"]["agency"];
export type RosterData = Outputs["list"];
export type RosterEntry = RosterData["entries"][number];
export type RosterPerson = RosterData["current"][number];
export type HistoryPage = Outputs["history"];
export type HistoryItem = HistoryPage["items"][number];

/** Which side is looking: agency staff on one of its clients, or the client's own user in the portal. */
export type OnCallSide = { kind: "agency"; agencySlug: string; clientSlug: string } | { kind: "portal"; clientSlug: string };

/**
 * The roster's procedures for one side, with one shape, so the same components serve the agency page and
 * the portal page. Query keys start with `key`, so one invalidation refreshes the list and the history.
 */
export function useOnCallApi(side: OnCallSide) {
  const client = useTRPCClient();
  const agencySlug = side.kind === "agency" ? side.agencySlug : null;
  const { clientSlug } = side;
  return useMemo(() => {
    const key = agencySlug ? ["onCall", "agency", agencySlug, clientSlug] : ["onCall", "portal", clientSlug];
    if (agencySlug) {
      const s = { agencySlug, clientSlug };
      const r = client.onCall.agency;
      return {
        key,
        list: (from?: string) => r.list.query({ ...s, from }),
        history: (cursor?: string) => r.history.query({ ...s, cursor }),
        create: (v: OnCallEntryInput) => r.create.mutate({ ...s, ...v }),
        update: (entryId: string, v: OnCallEntryInput) => r.update.mutate({ ...s, ...v, entryId }),
        remove: (entryId: string) => r.remove.mutate({ ...s, entryId }),
        copyWeek: (weekStart: string) => r.copyWeek.mutate({ ...s, weekStart }),
      };
    }
    const s = { clientSlug };
    const r = client.onCall.portal;
    return {
      key,
      list: (from?: string) => r.list.query({ ...s, from }),
      history: (cursor?: string) => r.history.query({ ...s, cursor }),
      create: (v: OnCallEntryInput) => r.create.mutate({ ...s, ...v }),
      update: (entryId: string, v: OnCallEntryInput) => r.update.mutate({ ...s, ...v, entryId }),
      remove: (entryId: string) => r.remove.mutate({ ...s, entryId }),
      copyWeek: (weekStart: string) => r.copyWeek.mutate({ ...s, weekStart }),
    };
  }, [client, agencySlug, clientSlug]);
}
export type OnCallApi = ReturnType<typeof useOnCallApi>;
