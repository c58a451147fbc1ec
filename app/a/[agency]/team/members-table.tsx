"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { AlertCircleIcon, SearchIcon, UsersIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Input } from "@/app/_components/ui/input";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { DataTable } from "@/app/_components/ui/data-table";
import { Pagination } from "@/app/_components/ui/pagination";
import { TableCell, TableRow } from "@/app/_components/ui/table";
import { useDebouncedValue } from "@/app/_lib/use-debounced-value";
import { useTRPC } from "@/app/_trpc/client";
import { MemberDialogs, type PendingAction } from "./member-dialogs";
import { useMemberColumns } from "./member-columns";
import type { TeamContext } from "./team-view";

const PAGE_SIZE = 10;

export function MembersTable({ agency, actorRole, currentUserId, canManage }: TeamContext & { canManage: boolean }) {
  const t = useTranslations("team.members");
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const [pending, setPending] = useState<PendingAction | null>(null);
  const term = useDebouncedValue(search.trim(), 250);
  const query = useQuery({
    ...trpc.team.members.queryOptions({ agencySlug: agency.slug, search: term || undefined, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  // Removing the last person on the last page leaves that page empty: step back to one with people on it.
  useEffect(() => {
    if (data && data.items.length === 0 && page > 1) setPage(Math.min(page - 1, pageCount));
  }, [data, page, pageCount]);

  const columns = useMemberColumns({ actorRole, currentUserId, canManage, onAction: setPending });

  const table = useReactTable({ data: data?.items ?? [], columns, getCoreRowModel: getCoreRowModel(), manualPagination: true, pageCount, getRowId: (m) => m.id });
  const from = data && data.total > 0 ? (data.page - 1) * PAGE_SIZE + 1 : 0;
  const to = data ? Math.min(data.page * PAGE_SIZE, data.total) : 0;

  return (
    <section aria-labelledby="members-heading">
      <div className="mb-3 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <h2 id="members-heading" className="text-base font-semibold text-zinc-900">
          {t("heading")}
          {data ? <span className="ml-2 text-sm font-normal text-zinc-500 tabular-nums">{data.total}</span> : null}
        </h2>
        <div className="relative sm:w-72">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400" />
          <Input
            type="search"
            aria-label={t("search")}
            placeholder={t("searchPlaceholder")}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(1);
            }}
            className="pl-9"
          />
        </div>
      </div>
      <Card className="overflow-hidden">
        {query.isError && !data ? (
          <EmptyState
            icon={<AlertCircleIcon className="size-5" />}
            title={t("error")}
            description={query.error.message}
            action={<Button variant="secondary" onClick={() => query.refetch()}>{t("retry")}</Button>}
          />
        ) : data && data.items.length === 0 ? (
          <EmptyState
            icon={<UsersIcon className="size-5" />}
            title={term ? t("noMatches", { search: term }) : t("empty")}
            description={term ? t("noMatchesHint") : undefined}
            action={term ? <Button variant="secondary" onClick={() => setSearch("")}>{t("clearSearch")}</Button> : undefined}
          />
        ) : (
          <DataTable
            table={table}
            loading={!data}
            fetching={query.isFetching}
            stale={query.isPlaceholderData}
            skeleton={Array.from({ length: 4 }, (_, i) => (
              <TableRow key={i}>
                <TableCell>
                  <div className="flex items-center gap-3">
                    <Skeleton className="hidden size-8 rounded-full sm:block" />
                    <Skeleton className="h-4 w-28 sm:w-32" />
                  </div>
                </TableCell>
                <TableCell className="hidden sm:table-cell"><Skeleton className="h-4 w-44" /></TableCell>
                <TableCell><Skeleton className="h-5 w-20" /></TableCell>
                <TableCell className="hidden md:table-cell"><Skeleton className="h-4 w-24" /></TableCell>
                {canManage ? <TableCell /> : null}
              </TableRow>
            ))}
          />
        )}
        {data && data.total > PAGE_SIZE ? (
          <Pagination
            page={page}
            pageCount={pageCount}
            onPage={setPage}
            labels={{ nav: t("pagination"), range: t("range", { from, to, total: data.total }), previous: t("previous"), next: t("next") }}
          />
        ) : null}
      </Card>
      <MemberDialogs agency={agency} pending={pending} onDone={() => setPending(null)} />
    </section>
  );
}
