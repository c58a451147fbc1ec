"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { CopyIcon, PlusIcon } from "@/app/_components/icons";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { rosterDays, rosterWeeks, type RosterDay } from "@/server/oncall/roster";
import type { RosterData, RosterEntry } from "./on-call-api";
import { RosterEntryRow } from "./roster-entry-row";
import { useRosterFormat } from "./use-roster-format";

type Block<T> = { kind: "day"; day: RosterDay<T> } | { kind: "empty"; first: string; last: string };

/** Consecutive days with nobody on call fold into one line, so a sparse roster stays short. */
function blocks<T>(days: RosterDay<T>[]): Block<T>[] {
  const out: Block<T>[] = [];
  for (const day of days) {
    const last = out.at(-1);
    if (day.items.length > 0) out.push({ kind: "day", day });
    else if (last?.kind === "empty") last.last = day.date;
    else out.push({ kind: "empty", first: day.date, last: day.date });
  }
  return out;
}

export type AgendaActions = {
  onAdd: (day: string) => void;
  onEdit: (entry: RosterEntry) => void;
  onDelete: (entry: RosterEntry) => void;
  onCopyWeek: (weekStart: string) => void;
};

/** The roster as an agenda: weeks, then days in the client's zone, then who is on call that day. */
export function RosterAgenda({ data, canEdit, actions }: { data: RosterData; canEdit: boolean; actions: AgendaActions }) {
  const t = useTranslations("oncall.agenda");
  const tz = data.client.timeZone;
  const f = useRosterFormat(tz);
  const weeks = useMemo(
    () => rosterWeeks(rosterDays(data.entries, { from: data.period.from, days: data.period.days, timeZone: tz })),
    [data.entries, data.period.from, data.period.days, tz],
  );
  const today = data.period.today;

  return (
    <div className="space-y-6">
      {weeks.map((week) => (
        <section key={week.weekStart} aria-labelledby={`week-${week.weekStart}`}>
          <div className="mb-2 flex items-center justify-between gap-3">
            <h3 id={`week-${week.weekStart}`} className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">
              {t("week", { date: f.shortDate(week.weekStart) })}
            </h3>
            {canEdit && week.days.at(-1)!.date >= today ? (
              <Button variant="ghost" size="sm" className="-mr-2 text-zinc-600" onClick={() => actions.onCopyWeek(week.weekStart)}>
                <CopyIcon className="size-3.5" />
                {t("copyPrevious")}
              </Button>
            ) : null}
          </div>
          <Card className="overflow-hidden">
            <ol className="divide-y divide-zinc-100">
              {blocks(week.days).map((block) =>
                block.kind === "empty" ? (
                  <li key={block.first} className="flex items-center gap-3 bg-zinc-50/50 px-4 py-2.5 text-sm sm:px-5">
                    <span className="font-medium text-zinc-500">
                      {block.first === block.last ? f.day(block.first) : t("dayRange", { first: f.day(block.first), last: f.day(block.last) })}
                    </span>
                    <span className="text-zinc-400">{t("nobody")}</span>
                    {block.first <= today && today <= block.last ? <Badge tone="indigo">{t("today")}</Badge> : null}
                    {canEdit && block.last >= today ? (
                      <Button variant="link" size="sm" className="ml-auto text-xs" onClick={() => actions.onAdd(block.first >= today ? block.first : today)}>
                        {t("add")}
                      </Button>
                    ) : null}
                  </li>
                ) : (
                  <li key={block.day.date}>
                    <div className="flex items-center gap-2 px-4 pt-3 sm:px-5">
                      <h4 className="text-sm font-semibold text-zinc-900">{f.longDay(block.day.date)}</h4>
                      {block.day.date === today ? <Badge tone="indigo">{t("today")}</Badge> : null}
                      {canEdit && block.day.date >= today ? (
                        <Button variant="ghost" size="icon" className="-my-1 ml-auto size-7 text-zinc-400 hover:text-indigo-600" onClick={() => actions.onAdd(block.day.date)}>
                          <PlusIcon className="size-4" />
                          <span className="sr-only">{t("addOn", { day: f.longDay(block.day.date) })}</span>
                        </Button>
                      ) : null}
                    </div>
                    <ul>
                      {block.day.items.map(({ entry, segment }) => (
                        <RosterEntryRow
                          key={entry.id}
                          entry={entry}
                          segment={segment}
                          timeZone={tz}
                          now={data.now}
                          isToday={block.day.date === today}
                          canEdit={canEdit}
                          onEdit={actions.onEdit}
                          onDelete={actions.onDelete}
                        />
                      ))}
                    </ul>
                  </li>
                ),
              )}
            </ol>
          </Card>
        </section>
      ))}
    </div>
  );
}
