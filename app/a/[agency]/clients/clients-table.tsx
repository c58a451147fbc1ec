"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getCoreRowModel, useReactTable } from "@tanstack/react-table";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { AlertCircleIcon, BriefcaseIcon, PlusIcon, SearchIcon } from "@/app/_components/icons";
import { Button, buttonClass } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Input } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { DataTable } from "@/app/_components/ui/data-table";
import { Pagination } from "@/app/_components/ui/pagination";
import { TableCell, TableRow } from "@/app/_components/ui/table";
import { useDebouncedValue } from "@/app/_lib/use-debounced-value";
import { useTRPC } from "@/app/_trpc/client";
import { CLIENT_STATUSES, type ClientStatus } from "@/server/clients/clients.schema";
import { useClientColumns } from "./client-columns";

const PAGE_SIZE = 20;

/** The agency's clients, searched, filtered and paged on the server. */
export function ClientsTable({ agencySlug, canCreate }: { agencySlug: string; canCreate: boolean }) {
  const t = useTranslations("clients.list");
  const ts = useTranslations("clients.status");
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<ClientStatus | "">("");
  const [page, setPage] = useState(1);
  const term = useDebouncedValue(search.trim(), 250);
  const query = useQuery({
    ...trpc.client.list.queryOptions({ agencySlug, search: term || undefined, status: status || undefined, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const filtered = Boolean(term || status);

  useEffect(() => {
    if (data && data.items.length === 0 && page > 1) setPage(Math.min(page - 1, pageCount));
  }, [data, page, pageCount]);

  const columns = useClientColumns(agencySlug);
  const table = useReactTable({ data: data?.items ?? [], columns, getCoreRowModel: getCoreRowModel(), manualPagination: true, pageCount, getRowId: (c) => c.id });
  const from = data && data.total > 0 ? (data.page - 1) * PAGE_SIZE + 1 : 0;
  const to = data ? Math.min(data.page * PAGE_SIZE, data.total) : 0;
  const clear = () => {
    setSearch("");
    setStatus("");
    setPage(1);
  };

  // No client at all yet: one clear call to action instead of an empty table with filters.
  if (data && data.total === 0 && !filtered && page === 1) {
    return (
      <Card>
        <EmptyState
          icon={<BriefcaseIcon className="size-5" />}
          title={t("emptyTitle")}
          description={canCreate ? t("emptyHint") : t("emptyHintReadOnly")}
          action={
            canCreate ? (
              <Link href={`/a/${agencySlug}/clients/new`} className={buttonClass()}>
                <PlusIcon />
                {t("emptyAction")}
              </Link>
            ) : undefined
          }
        />
      </Card>
    );
  }

  return (
    <section aria-label={t("title")}>
      <div className="mb-3 flex flex-col gap-3 sm:flex-row sm:items-center">
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
        <Select
          aria-label={t("statusFilter")}
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as ClientStatus | "");
            setPage(1);
          }}
          wrapperClassName="sm:w-48"
        >
          <option value="">{t("allStatuses")}</option>
          {CLIENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </Select>
        {data ? <p className="text-sm text-zinc-500 tabular-nums sm:ml-auto">{t("count", { count: data.total })}</p> : null}
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
            skeleton={Array.from({ length: 4 }, (_, i) => (
              <TableRow key={i}>
                <TableCell><Skeleton className="h-4 w-40" /></TableCell>
                <TableCell><Skeleton className="h-5 w-20" /></TableCell>
                <TableCell className="hidden md:table-cell"><Skeleton className="h-4 w-24" /></TableCell>
                <TableCell className="hidden sm:table-cell"><Skeleton className="h-4 w-6" /></TableCell>
                <TableCell className="hidden lg:table-cell"><Skeleton className="h-4 w-24" /></TableCell>
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
    </section>
  );
}
