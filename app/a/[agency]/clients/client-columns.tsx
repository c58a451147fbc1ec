"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { ClientListItem } from "@/app/_lib/router-types";
import type { ColumnMeta } from "@/app/_components/ui/data-table";
import { ClientStatusBadge } from "./_components/client-status-badge";
import { countryName } from "./_components/country-name";

const column = createColumnHelper<ClientListItem>();

/** The clients table: the name links to the client; on phones the legal name and country fold under it. */
export function useClientColumns(agencySlug: string) {
  const t = useTranslations("clients.list");
  const format = useFormatter();
  const locale = useLocale();
  return useMemo(
    () => [
      column.accessor("name", {
        header: t("name"),
        meta: { className: "w-full max-w-0 sm:max-w-none" } satisfies ColumnMeta,
        cell: ({ row: { original: c } }) => (
          <div className="min-w-0">
            <Link
              href={`/a/${agencySlug}/clients/${c.slug}`}
              className="block truncate font-medium text-zinc-900 hover:text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-600"
            >
              {c.name}
            </Link>
            <p className="truncate text-zinc-500">
              {[c.legalName, c.taxId ? t("taxIdShort", { taxId: c.taxId }) : null].filter(Boolean).join(" · ") || <span className="sm:hidden">{countryName(c.country, locale)}</span>}
            </p>
          </div>
        ),
      }),
      column.accessor("status", { header: t("status"), cell: ({ getValue }) => <ClientStatusBadge status={getValue()} /> }),
      column.accessor("country", {
        header: t("country"),
        meta: { className: "hidden md:table-cell whitespace-nowrap" } satisfies ColumnMeta,
        cell: ({ getValue }) => countryName(getValue(), locale),
      }),
      column.accessor("users", {
        header: t("users"),
        meta: { className: "hidden sm:table-cell tabular-nums" } satisfies ColumnMeta,
        cell: ({ getValue }) => getValue(),
      }),
      column.accessor("createdAt", {
        header: t("added"),
        meta: { className: "hidden lg:table-cell whitespace-nowrap" } satisfies ColumnMeta,
        cell: ({ getValue }) => format.dateTime(getValue(), { dateStyle: "medium" }),
      }),
    ],
    [t, format, locale, agencySlug],
  );
}
