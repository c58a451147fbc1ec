"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { getCoreRowModel, useReactTable } from "@tanstack/react-table";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { AlertCircleIcon, HashIcon, PhoneIncomingIcon, SearchIcon } from "@/app/_components/icons";
import { Button, buttonClass } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { DataTable } from "@/app/_components/ui/data-table";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Pagination } from "@/app/_components/ui/pagination";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { TableCell, TableRow } from "@/app/_components/ui/table";
import { useTRPC } from "@/app/_trpc/client";
import { callFiltersSchema } from "@/server/call-log/call-log.schema";
import { anyInProgress } from "@/server/call-log/call-status";
import { CallFilters } from "./call-filters";
import { activeFilterCount, queryFilters } from "./call-filters-params";
import { useCallColumns } from "./call-columns";
import type { CallFilterOptions } from "./call-types";
import { useCallFilters } from "./use-call-filters";

const PAGE_SIZE = 25;

/** The server's per-filter errors (a client or hotline that is not the agency's), already translated. */
function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof TRPCClientError ? ((error.data as { fieldErrors?: Record<string, string> } | undefined)?.fieldErrors ?? {}) : {};
}
const LIVE_REFRESH_MS = 5_000;

/**
 * The agency's calls, filtered and paged on the server. Filters live in the URL and are checked with the
 * procedure's own schema before asking (an impossible range is explained, not sent). While any listed call
 * is still in progress the list refreshes itself every 5 seconds.
 */
export function CallsTable({ agencySlug, timeZone, options }: { agencySlug: string; timeZone: string; options: CallFilterOptions }) {
  const t = useTranslations("calls.list");
  const tv = useTranslations();
  const trpc = useTRPC();
  const { filters, page, setFilters, setPage, clear } = useCallFilters();
  const input = queryFilters(filters);
  const parsed = callFiltersSchema.safeParse(input);
  const localErrors: Record<string, string> = {};
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    localErrors[issue.path.join(".")] ??= tv.has(issue.message as never) ? tv(issue.message as never) : issue.message;
  }

  const query = useQuery({
    ...trpc.calls.list.queryOptions({ agencySlug, ...input, status: filters.status || undefined, route: filters.route || undefined, page, pageSize: PAGE_SIZE }),
    enabled: parsed.success,
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data && anyInProgress(q.state.data.items) ? LIVE_REFRESH_MS : false),
  });
  const data = query.data;
  const errors = { ...fieldErrorsOf(query.error), ...localErrors };
  const pageCount = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const filtered = activeFilterCount(filters) > 0;
  const live = Boolean(data && anyInProgress(data.items));

  useEffect(() => {
    if (data && data.items.length === 0 && page > 1) setPage(Math.min(page - 1, pageCount));
  }, [data, page, pageCount, setPage]);

  const columns = useCallColumns(agencySlug, timeZone);
  const table = useReactTable({ data: data?.items ?? [], columns, getCoreRowModel: getCoreRowModel(), manualPagination: true, pageCount, getRowId: (c) => c.id });
  const from = data && data.total > 0 ? (data.page - 1) * PAGE_SIZE + 1 : 0;
  const to = data ? Math.min(data.page * PAGE_SIZE, data.total) : 0;

  // No call at all yet: say where calls come from instead of showing filters over nothing.
  if (data && data.total === 0 && !filtered && page === 1) {
    return (
      <Card>
        <EmptyState
          icon={<PhoneIncomingIcon className="size-5" />}
          title={t("emptyTitle")}
          description={t("emptyHint")}
          action={
            <Link href={`/a/${agencySlug}/numbers`} className={buttonClass({ variant: "secondary" })}>
              <HashIcon />
              {t("emptyAction")}
            </Link>
          }
        />
      </Card>
    );
  }

  return (
    <div>
      <CallFilters filters={filters} errors={errors} options={options} timeZone={timeZone} onChange={setFilters} />
      <div className="mb-3 flex min-h-6 items-center gap-3 text-sm text-zinc-500">
        {data && parsed.success ? <p className="tabular-nums">{t("count", { count: data.total })}</p> : null}
        {filtered ? (
          <Button variant="link" size="sm" onClick={clear} className="text-sm">
            {t("clearFilters")}
          </Button>
        ) : null}
        {live ? (
          <p className="ml-auto inline-flex items-center gap-1.5 text-xs font-medium text-emerald-700" title={t("liveHint")}>
            <span className="relative flex size-2" aria-hidden="true">
              <span className="absolute inline-flex size-full animate-ping rounded-full bg-emerald-400 opacity-75" />
              <span className="relative inline-flex size-2 rounded-full bg-emerald-500" />
            </span>
            {t("live")}
            <span className="sr-only">{t("liveHint")}</span>
          </p>
        ) : null}
      </div>
      <Card className="overflow-hidden">
        {query.isError && !Object.keys(fieldErrorsOf(query.error)).length ? (
          <EmptyState
            icon={<AlertCircleIcon className="size-5" />}
            title={t("error")}
            description={query.error.message}
            action={<Button variant="secondary" onClick={() => query.refetch()}>{t("retry")}</Button>}
          />
        ) : (data && data.items.length === 0) || Object.keys(errors).length ? (
          <EmptyState
            icon={<SearchIcon className="size-5" />}
            title={t("noMatches")}
            description={t("noMatchesHint")}
            action={<Button variant="secondary" onClick={clear}>{t("clearFilters")}</Button>}
          />
        ) : (
          <DataTable
            table={table}
            loading={!data}
            fetching={query.isFetching}
            stale={query.isPlaceholderData}
            skeleton={Array.from({ length: 6 }, (_, i) => (
              <TableRow key={i}>
                <TableCell className="hidden sm:table-cell"><Skeleton className="h-4 w-14" /><Skeleton className="mt-1.5 h-3 w-20" /></TableCell>
                <TableCell><Skeleton className="h-4 w-36" /><Skeleton className="mt-1.5 h-3 w-24 md:hidden" /></TableCell>
                <TableCell className="hidden md:table-cell"><Skeleton className="h-4 w-28" /><Skeleton className="mt-1.5 h-3 w-20" /></TableCell>
                <TableCell><Skeleton className="h-5 w-20" /></TableCell>
                <TableCell className="hidden sm:table-cell"><Skeleton className="ml-auto h-4 w-10" /></TableCell>
                <TableCell className="hidden sm:table-cell"><Skeleton className="ml-auto h-4 w-10" /></TableCell>
                <TableCell />
              </TableRow>
            ))}
          />
        )}
        {data && data.total > PAGE_SIZE && !Object.keys(errors).length ? (
          <Pagination
            page={page}
            pageCount={pageCount}
            onPage={setPage}
            labels={{ nav: t("pagination"), range: t("range", { from, to, total: data.total }), previous: t("previous"), next: t("next") }}
          />
        ) : null}
      </Card>
    </div>
  );
}
