"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { AlertCircleIcon, CalendarIcon, CopyIcon, ChevronLeftIcon, ChevronRightIcon, GlobeIcon, PlusIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { cn } from "@/app/_lib/cn";
import { addDays, mondayOf } from "@/server/oncall/local-time";
import { EntryDialog, type EntryDialogMode } from "./entry-dialog";
import { useOnCallApi, type OnCallSide, type RosterData } from "./on-call-api";
import { OnCallNow } from "./on-call-now";
import { RosterAgenda } from "./roster-agenda";
import { RosterDialogs, type PendingRosterAction } from "./roster-dialogs";
import { RosterHistory } from "./roster-history";
import { useRosterFormat } from "./use-roster-format";

/**
 * The on-call roster of one client, the same on the agency's client page and in the client's portal:
 * who is on call now, the coming weeks as an agenda in the client's time zone, and the change history.
 * Editing is offered when the server says the caller may (`canEdit`); the server checks again.
 */
export function OnCallView({ side, initial }: { side: OnCallSide; initial: RosterData }) {
  const t = useTranslations("oncall");
  const api = useOnCallApi(side);
  const [from, setFrom] = useState<string | null>(null); // null: from today, wherever "today" is for the client
  const [dialog, setDialog] = useState<EntryDialogMode | null>(null);
  const [pending, setPending] = useState<PendingRosterAction | null>(null);
  const query = useQuery({
    queryKey: [...api.key, "list", from ?? "today"],
    queryFn: () => api.list(from ?? undefined),
    initialData: from === null ? initial : undefined,
    placeholderData: keepPreviousData,
    refetchInterval: 60_000, // "on call now" moves with the clock
  });
  const data = query.data ?? initial;
  const tz = data.client.timeZone;
  const f = useRosterFormat(tz);
  const canEdit = data.canEdit;
  const periodEnd = addDays(data.period.from, data.period.days - 1);

  return (
    <div className="space-y-8">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0">
          <h2 className="text-lg font-semibold tracking-tight text-zinc-900">{t("title")}</h2>
          <p className="mt-1 max-w-2xl text-sm text-zinc-500">{t(canEdit ? "descriptionEditor" : "descriptionReader")}</p>
          <p className="mt-2 flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm text-zinc-600">
            <GlobeIcon className="size-4 text-zinc-400" />
            <span>{t.rich("zone", { zone: tz, b: (c) => <span className="font-medium text-zinc-900">{c}</span> })}</span>
            <span className="text-zinc-400">·</span>
            <span className="tabular-nums">{t("localNow", { time: f.time(data.now), offset: f.zoneAbbr(data.now) })}</span>
          </p>
        </div>
        {canEdit ? (
          <Button onClick={() => setDialog({ kind: "create" })}>
            <PlusIcon />
            {t("addEntry")}
          </Button>
        ) : null}
      </div>

      <OnCallNow people={data.current} timeZone={tz} />

      <section aria-labelledby="oncall-agenda" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="oncall-agenda" className="text-base font-semibold text-zinc-900">
            {t("agenda.title")}
            <span className="ml-2 text-sm font-normal text-zinc-500">{t("agenda.period", { from: f.shortDate(data.period.from), to: f.fullDate(periodEnd) })}</span>
          </h2>
          <div className="flex items-center gap-1">
            <Button variant="secondary" size="icon" className="size-8" onClick={() => setFrom(addDays(data.period.from, -data.period.days))}>
              <ChevronLeftIcon />
              <span className="sr-only">{t("agenda.previous")}</span>
            </Button>
            <Button variant="secondary" size="sm" disabled={from === null} onClick={() => setFrom(null)}>
              {t("agenda.today")}
            </Button>
            <Button variant="secondary" size="icon" className="size-8" onClick={() => setFrom(addDays(data.period.from, data.period.days))}>
              <ChevronRightIcon />
              <span className="sr-only">{t("agenda.next")}</span>
            </Button>
          </div>
        </div>
        {query.isError && !query.data ? (
          <Card>
            <EmptyState
              icon={<AlertCircleIcon className="size-5" />}
              title={t("agenda.error")}
              description={query.error.message}
              action={<Button variant="secondary" onClick={() => query.refetch()}>{t("agenda.retry")}</Button>}
            />
          </Card>
        ) : (
          <div aria-busy={query.isFetching || undefined} className={cn("transition-opacity", query.isPlaceholderData && "opacity-60")}>
            {data.entries.length === 0 ? (
              <Card>
                <EmptyState
                  icon={<CalendarIcon className="size-5" />}
                  title={t("agenda.empty")}
                  description={t(canEdit ? "agenda.emptyEditor" : "agenda.emptyReader")}
                  action={
                    canEdit ? (
                      <div className="flex flex-wrap justify-center gap-2">
                        <Button onClick={() => setDialog({ kind: "create", day: data.period.from })}>
                          <PlusIcon />
                          {t("addEntry")}
                        </Button>
                        {data.period.from <= data.period.today ? (
                          <Button variant="secondary" onClick={() => setPending({ kind: "copy", weekStart: mondayOf(data.period.today) })}>
                            <CopyIcon />
                            {t("agenda.copyLastWeek")}
                          </Button>
                        ) : null}
                      </div>
                    ) : undefined
                  }
                />
              </Card>
            ) : (
              <RosterAgenda
                data={data}
                canEdit={canEdit}
                actions={{
                  onAdd: (day) => setDialog({ kind: "create", day }),
                  onEdit: (entry) => setDialog({ kind: "edit", entry }),
                  onDelete: (entry) => setPending({ kind: "delete", entry }),
                  onCopyWeek: (weekStart) => setPending({ kind: "copy", weekStart }),
                }}
              />
            )}
          </div>
        )}
      </section>

      <RosterHistory api={api} timeZone={tz} />

      {canEdit ? (
        <>
          <EntryDialog mode={dialog} onClose={() => setDialog(null)} api={api} client={data.client} />
          <RosterDialogs api={api} timeZone={tz} pending={pending} onDone={() => setPending(null)} />
        </>
      ) : null}
    </div>
  );
}
