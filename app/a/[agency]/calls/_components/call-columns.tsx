"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";
import { ChevronRightIcon, VoicemailIcon } from "@/app/_components/icons";
import type { ColumnMeta } from "@/app/_components/ui/data-table";
import { formatPhone } from "@/server/lib/phone";
import { CallRouteBadge, CallStatusBadge } from "./call-badges";
import type { CallListItem } from "./call-types";
import { formatDuration } from "./format-duration";

const column = createColumnHelper<CallListItem>();

/**
 * The calls table. Times are in the agency's zone (the one the date filters use). On phones the client,
 * hotline and start time fold under the caller; wait and duration appear from the small breakpoint up.
 */
export function useCallColumns(agencySlug: string, timeZone: string) {
  const t = useTranslations("calls.list");
  const format = useFormatter();
  return useMemo(() => {
    const time = (d: Date) => format.dateTime(d, { timeZone, hour: "numeric", minute: "2-digit" });
    // The year only when it is not this one: most calls reviewed are recent.
    const thisYear = format.dateTime(new Date(), { timeZone, year: "numeric" });
    const day = (d: Date) => {
      const sameYear = format.dateTime(d, { timeZone, year: "numeric" }) === thisYear;
      return format.dateTime(d, { timeZone, day: "numeric", month: "short", ...(sameYear ? {} : { year: "numeric" }) });
    };
    const dash = <span className="text-zinc-300">—</span>;
    return [
      column.accessor("startedAt", {
        header: t("started"),
        meta: { className: "hidden sm:table-cell whitespace-nowrap" } satisfies ColumnMeta,
        cell: ({ getValue }) => (
          <div>
            <p className="font-medium text-zinc-900 tabular-nums">{time(getValue())}</p>
            <p className="text-xs text-zinc-500">{day(getValue())}</p>
          </div>
        ),
      }),
      column.accessor("fromNumber", {
        header: t("caller"),
        meta: { className: "w-full max-w-0 sm:w-auto sm:max-w-none" } satisfies ColumnMeta,
        cell: ({ row: { original: c } }) => {
          const caller = c.fromNumber ? formatPhone(c.fromNumber) : t("unknownCaller");
          return (
            <div className="min-w-0">
              <Link
                href={`/a/${agencySlug}/calls/${c.id}`}
                aria-label={t("open", { caller })}
                className="block truncate font-medium text-zinc-900 tabular-nums hover:text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-600"
              >
                {caller}
              </Link>
              {c.callerName ? <p className="truncate text-xs text-zinc-500">{c.callerName}</p> : null}
              <p className="truncate text-xs text-zinc-500 md:hidden">
                <span className="sm:hidden">{time(c.startedAt)} · </span>
                {c.client.name} · {c.hotline.name}
              </p>
            </div>
          );
        },
      }),
      column.display({
        id: "hotline",
        header: t("hotline"),
        meta: { className: "hidden md:table-cell max-w-56" } satisfies ColumnMeta,
        cell: ({ row: { original: c } }) => (
          <div className="min-w-0">
            <p className="truncate text-zinc-900">{c.client.name}</p>
            <p className="truncate text-xs text-zinc-500">{c.hotline.name}</p>
          </div>
        ),
      }),
      column.accessor("status", {
        header: t("status"),
        cell: ({ row: { original: c } }) => (
          <div className="flex flex-col items-start gap-1">
            <CallStatusBadge status={c.status} />
            <CallRouteBadge route={c.route} />
            {c.hasVoicemail && c.status !== "VOICEMAIL" ? (
              <span title={t("voicemail")} className="text-violet-600">
                <VoicemailIcon className="size-4" />
                <span className="sr-only">{t("voicemail")}</span>
              </span>
            ) : null}
          </div>
        ),
      }),
      column.accessor("waitSeconds", {
        header: t("wait"),
        meta: { className: "hidden sm:table-cell text-right tabular-nums" } satisfies ColumnMeta,
        cell: ({ getValue }) => formatDuration(getValue()) ?? dash,
      }),
      column.accessor("durationSeconds", {
        header: t("duration"),
        meta: { className: "hidden sm:table-cell text-right tabular-nums" } satisfies ColumnMeta,
        cell: ({ getValue }) => formatDuration(getValue()) ?? dash,
      }),
      column.display({
        id: "open",
        header: () => <span className="sr-only">{t("open", { caller: "" })}</span>,
        meta: { className: "w-8 pl-0" } satisfies ColumnMeta,
        cell: ({ row: { original: c } }) => (
          <Link href={`/a/${agencySlug}/calls/${c.id}`} tabIndex={-1} aria-hidden="true" className="flex justify-end text-zinc-300 hover:text-zinc-500">
            <ChevronRightIcon className="size-4" />
          </Link>
        ),
      }),
    ];
  }, [t, format, agencySlug, timeZone]);
}
