"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { ActivityIcon, AlertCircleIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import type { AuditEntry } from "@/app/_lib/router-types";
import { useTRPC } from "@/app/_trpc/client";
import { initials } from "@/app/_lib/initials";
import { toProcedureFilter } from "@/server/audit-log/audit-filter";
import { AuditChanges } from "./audit-changes";
import { AuditFilters, useAuditFilters } from "./audit-filters";

const PAGE = 25;
const KNOWN_ACTIONS = new Set([
  "agency.created",
  "invitation.created",
  "invitation.resent",
  "invitation.revoked",
  "invitation.accepted",
  "member.role_changed",
  "member.removed",
  "client.created",
  "client.updated",
  "client.status_changed",
  "client_user.role_changed",
  "client_user.removed",
  "document.created",
  "document.updated",
  "document.deleted",
  "terms.draft_created",
  "terms.draft_saved",
  "terms.submitted",
  "terms.approved",
  "terms.approved_on_behalf",
  "terms.changes_requested",
  "terms.superseded",
  "number.bought",
  "number.attached",
  "number.forwarded_added",
  "number.released",
  "number.assigned",
  "number.unassigned",
  "hotline.created",
  "hotline.updated",
  "hotline.status_changed",
  "billing.plan.create",
  "billing.policy_changed",
  "billing.stripe_connected",
  "billing.stripe_disconnected",
  "billing.hotline_suspended",
  "data.retention_changed",
  "data.media_purged",
  "client.data_exported",
]);

function subjectEmail(entry: AuditEntry): string {
  for (const side of [entry.after, entry.before]) {
    if (side && typeof side === "object" && !Array.isArray(side) && typeof side.email === "string") return side.email;
  }
  return "";
}

export function AuditLog({ agencySlug }: { agencySlug: string }) {
  const t = useTranslations("activity");
  const format = useFormatter();
  const trpc = useTRPC();
  const filters = useAuditFilters();
  const filter = toProcedureFilter(filters.filter);
  // A from after to is refused by the server too; here it simply shows nothing rather than an error.
  const impossible = filter.from && filter.to && filter.from > filter.to;
  const query = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(
      { agencySlug, limit: PAGE, filter: impossible ? undefined : filter },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );
  const bar = <AuditFilters agencySlug={agencySlug} filter={filters.filter} onPatch={filters.patch} onClear={() => filters.set({})} />;
  // Times in the reader's own zone: the list is fetched in the browser, so there is no server render to disagree with.
  const timeZone = typeof Intl !== "undefined" ? Intl.DateTimeFormat().resolvedOptions().timeZone : undefined;

  if (query.isPending) {
    return (
      <div className="space-y-4">
      {bar}
      <Card aria-busy="true">
        <ul className="divide-y divide-zinc-100">
          {Array.from({ length: 5 }, (_, i) => (
            <li key={i} className="flex gap-3 px-5 py-4 sm:px-6">
              <Skeleton className="size-8 rounded-full" />
              <div className="flex-1 space-y-2">
                <Skeleton className="h-4 w-2/3" />
                <Skeleton className="h-3 w-1/3" />
              </div>
            </li>
          ))}
        </ul>
      </Card>
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="space-y-4">
      {bar}
      <Card>
        <EmptyState
          icon={<AlertCircleIcon className="size-5" />}
          title={t("error")}
          description={query.error.message}
          action={<Button variant="secondary" onClick={() => query.refetch()}>{t("retry")}</Button>}
        />
      </Card>
      </div>
    );
  }
  const entries = query.data.pages.flatMap((p) => p.items);
  if (entries.length === 0) {
    return (
      <div className="space-y-4">
        {bar}
        <Card>
          {filters.active ? (
            <EmptyState icon={<ActivityIcon className="size-5" />} title={t("filters.noMatch")} description={t("filters.noMatchHint")} />
          ) : (
            <EmptyState icon={<ActivityIcon className="size-5" />} title={t("empty")} description={t("emptyHint")} />
          )}
        </Card>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      {bar}
      <Card className="overflow-hidden">
        <ol className="divide-y divide-zinc-100">
          {entries.map((entry) => {
            const values = { email: subjectEmail(entry), action: entry.action };
            const action = KNOWN_ACTIONS.has(entry.action) ? t(`actions.${entry.action.replace(".", "_")}` as "actions.unknown", values) : t("actions.unknown", values);
            return (
              <li key={entry.id} className="flex gap-3 px-5 py-4 sm:px-6">
                <span className="flex size-8 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-xs font-semibold text-zinc-600" aria-hidden="true">
                  {entry.actor ? initials(entry.actor.name) : "?"}
                </span>
                <div className="min-w-0 flex-1">
                  <div className="flex items-baseline justify-between gap-3">
                    <p className="truncate text-sm font-medium text-zinc-900" title={entry.actor?.email}>
                      {entry.actor?.name ?? t("someone")}
                    </p>
                    <time dateTime={entry.createdAt.toISOString()} className="shrink-0 text-xs whitespace-nowrap text-zinc-500 tabular-nums">
                      {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone })}
                    </time>
                  </div>
                  <p className="mt-0.5 text-sm break-words text-zinc-600">{action}</p>
                  <AuditChanges before={entry.before} after={entry.after} timeZone={timeZone} />
                </div>
              </li>
            );
          })}
        </ol>
      </Card>
      {query.hasNextPage ? (
        <div className="flex justify-center">
          <Button variant="secondary" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {t("loadMore")}
          </Button>
        </div>
      ) : entries.length > PAGE ? (
        <p className="text-center text-sm text-zinc-500">{t("end")}</p>
      ) : null}
    </div>
  );
}
