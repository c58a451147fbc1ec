"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ActivityIcon, AlertCircleIcon } from "@/app/_components/icons";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { initials } from "@/app/_lib/initials";
import type { HistoryItem, OnCallApi } from "./on-call-api";
import { asSnapshot, SnapshotDiff, SnapshotSummary } from "./history-changes";
import { useRosterFormat } from "./use-roster-format";

const ACTIONS = new Set(["oncall.created", "oncall.updated", "oncall.deleted", "oncall.copied"]);

function HistoryRow({ item, timeZone }: { item: HistoryItem; timeZone: string }) {
  const t = useTranslations("oncall.history");
  const f = useRosterFormat(timeZone);
  const before = asSnapshot(item.before);
  const after = asSnapshot(item.after);
  const name = after?.personName ?? before?.personName ?? "";
  const action = ACTIONS.has(item.action) ? item.action.slice("oncall.".length) : "unknown";
  return (
    <li className="flex gap-3 px-4 py-3.5 sm:px-5">
      <span className="flex size-8 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-xs font-semibold text-zinc-600" aria-hidden="true">
        {item.actor ? initials(item.actor.name) : "?"}
      </span>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5">
          <p className="flex min-w-0 items-center gap-2 text-sm font-medium text-zinc-900">
            <span className="truncate">{item.actor?.name ?? t("someone")}</span>
            {item.actor ? <Badge tone={item.actor.side === "client" ? "violet" : "neutral"}>{t(`side.${item.actor.side}`)}</Badge> : null}
          </p>
          <time dateTime={item.createdAt.toISOString()} className="text-xs whitespace-nowrap text-zinc-500 tabular-nums">
            {f.stamp(item.createdAt)}
          </time>
        </div>
        <p className="mt-0.5 text-sm break-words text-zinc-600">{t(`actions.${action}` as "actions.unknown", { name })}</p>
        {action === "updated" && before && after ? (
          <SnapshotDiff before={before} after={after} timeZone={timeZone} />
        ) : after ?? before ? (
          <SnapshotSummary snapshot={(after ?? before)!} timeZone={timeZone} />
        ) : null}
      </div>
    </li>
  );
}

/** Every change to the roster, newest first, with who made it (agency or client) and what changed. */
export function RosterHistory({ api, timeZone }: { api: OnCallApi; timeZone: string }) {
  const t = useTranslations("oncall.history");
  const query = useInfiniteQuery({
    queryKey: [...api.key, "history"],
    queryFn: ({ pageParam }) => api.history(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  return (
    <section aria-labelledby="oncall-history" className="space-y-3">
      <div>
        <h2 id="oncall-history" className="text-base font-semibold text-zinc-900">{t("title")}</h2>
        <p className="mt-0.5 text-sm text-zinc-500">{t("description")}</p>
      </div>
      <Card className="overflow-hidden">
        {query.isPending ? (
          <ul aria-busy="true" className="divide-y divide-zinc-100">
            {[0, 1, 2].map((i) => (
              <li key={i} className="flex gap-3 px-4 py-4 sm:px-5">
                <Skeleton className="size-8 rounded-full" />
                <div className="flex-1 space-y-2">
                  <Skeleton className="h-4 w-2/3" />
                  <Skeleton className="h-3 w-1/3" />
                </div>
              </li>
            ))}
          </ul>
        ) : query.isError ? (
          <EmptyState
            icon={<AlertCircleIcon className="size-5" />}
            title={t("error")}
            description={query.error.message}
            action={<Button variant="secondary" onClick={() => query.refetch()}>{t("retry")}</Button>}
          />
        ) : query.data.pages[0]!.items.length === 0 ? (
          <EmptyState icon={<ActivityIcon className="size-5" />} title={t("empty")} description={t("emptyHint")} />
        ) : (
          <ol className="divide-y divide-zinc-100">
            {query.data.pages.flatMap((p) => p.items).map((item) => (
              <HistoryRow key={item.id} item={item} timeZone={timeZone} />
            ))}
          </ol>
        )}
      </Card>
      {query.hasNextPage ? (
        <div className="flex justify-center">
          <Button variant="secondary" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {t("loadMore")}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
