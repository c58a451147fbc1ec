"use client";

import { useTranslations } from "next-intl";
import { LockIcon, PencilIcon, TrashIcon } from "@/app/_components/icons";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { cn } from "@/app/_lib/cn";
import type { DaySegment } from "@/server/oncall/roster";
import type { RosterEntry } from "./on-call-api";
import { EscalationBadge } from "./escalation-badge";
import { PersonContacts } from "./person-contacts";
import { useRosterFormat } from "./use-roster-format";

/** One entry on one day of the agenda: its hours that day, the person, how to reach them, and actions. */
export function RosterEntryRow({
  entry,
  segment,
  timeZone,
  now,
  isToday,
  canEdit,
  onEdit,
  onDelete,
}: {
  entry: RosterEntry;
  segment: DaySegment;
  timeZone: string;
  now: Date;
  /** The "on call now" badge shows on today's row only, not on every day of a long shift. */
  isToday: boolean;
  canEdit: boolean;
  onEdit: (e: RosterEntry) => void;
  onDelete: (e: RosterEntry) => void;
}) {
  const t = useTranslations("oncall.agenda");
  const f = useRosterFormat(timeZone);
  const onNow = isToday && entry.startsAt <= now && now < entry.endsAt;
  const hours = {
    within: `${f.time(entry.startsAt)} – ${f.time(entry.endsAt)}`,
    starts: t("from", { time: f.time(entry.startsAt) }),
    continues: t("allDay"),
    ends: t("until", { time: f.time(entry.endsAt) }),
  }[segment];

  return (
    <li className={cn("flex flex-col gap-1.5 px-4 py-3 sm:flex-row sm:items-start sm:gap-4 sm:px-5", entry.locked && "opacity-70")}>
      <div className="flex items-center gap-2 sm:w-36 sm:shrink-0 sm:flex-col sm:items-start sm:gap-0.5">
        <span className="text-sm font-medium whitespace-nowrap text-zinc-900 tabular-nums">{hours}</span>
        {segment === "starts" || segment === "continues" ? (
          <span className="text-xs whitespace-nowrap text-zinc-500">{t("untilDay", { time: f.dayTime(entry.endsAt) })}</span>
        ) : null}
      </div>
      <div className="flex min-w-0 flex-1 items-start gap-3">
        <EscalationBadge order={entry.escalationOrder} label={t("escalation", { order: entry.escalationOrder })} />
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-zinc-900">
            <span className="break-words">{entry.personName}</span>
            {onNow ? <Badge tone="green">{t("onNow")}</Badge> : null}
          </p>
          <div className="mt-0.5">
            <PersonContacts phone={entry.phone} email={entry.email} />
          </div>
          {entry.note ? <p className="mt-1 text-sm break-words whitespace-pre-line text-zinc-500">{entry.note}</p> : null}
        </div>
        {entry.locked ? (
          <span className="p-2 text-zinc-400" title={t("lockedHint")}>
            <LockIcon className="size-4" />
            <span className="sr-only">{t("lockedHint")}</span>
          </span>
        ) : canEdit ? (
          <div className="-my-1 -mr-2 flex shrink-0 items-center">
            <Button variant="ghost" size="icon" className="size-8 text-zinc-400 hover:text-zinc-700" onClick={() => onEdit(entry)}>
              <PencilIcon />
              <span className="sr-only">{t("editNamed", { name: entry.personName })}</span>
            </Button>
            <Button variant="ghost" size="icon" className="size-8 text-zinc-400 hover:text-red-600" onClick={() => onDelete(entry)}>
              <TrashIcon />
              <span className="sr-only">{t("deleteNamed", { name: entry.personName })}</span>
            </Button>
          </div>
        ) : null}
      </div>
    </li>
  );
}
