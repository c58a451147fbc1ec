"use client";

import { useTranslations } from "next-intl";
import { ArrowRightIcon } from "@/app/_components/icons";
import { displayPhone, useRosterFormat } from "./use-roster-format";

/** An entry as the audit log keeps it (server/oncall/entry-store.ts auditSnapshot). */
export type Snapshot = {
  personName?: string;
  phone?: string | null;
  email?: string | null;
  startsAt?: string;
  endsAt?: string;
  escalationOrder?: number;
  note?: string | null;
};

export function asSnapshot(value: unknown): Snapshot | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Snapshot) : null;
}

const FIELDS = ["personName", "escalationOrder", "startsAt", "endsAt", "phone", "email", "note"] as const;

function useShow(timeZone: string) {
  const f = useRosterFormat(timeZone);
  return (field: (typeof FIELDS)[number], value: Snapshot[keyof Snapshot]) => {
    if (value === null || value === undefined || value === "") return "—";
    if (field === "startsAt" || field === "endsAt") return f.dayTime(new Date(String(value)));
    if (field === "phone") return displayPhone(String(value));
    if (field === "escalationOrder") return `#${value}`;
    return String(value);
  };
}

/** A created or deleted entry in one line: order, times and contacts. */
export function SnapshotSummary({ snapshot, timeZone }: { snapshot: Snapshot; timeZone: string }) {
  const show = useShow(timeZone);
  const parts = [
    show("escalationOrder", snapshot.escalationOrder),
    `${show("startsAt", snapshot.startsAt)} – ${show("endsAt", snapshot.endsAt)}`,
    snapshot.phone ? show("phone", snapshot.phone) : null,
    snapshot.email || null,
  ].filter(Boolean);
  return <p className="mt-1 text-xs break-words text-zinc-500">{parts.join(" · ")}</p>;
}

/** What an update changed, field by field: "Ends: Sun, 8 Mar, 8:00 → Sun, 8 Mar, 9:00". */
export function SnapshotDiff({ before, after, timeZone }: { before: Snapshot; after: Snapshot; timeZone: string }) {
  const t = useTranslations("oncall.history.fields");
  const show = useShow(timeZone);
  const changed = FIELDS.filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null));
  if (changed.length === 0) return null;
  return (
    <dl className="mt-1.5 flex flex-col gap-1">
      {changed.map((k) => (
        <div key={k} className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs text-zinc-600">
          <dt className="font-medium text-zinc-500">{t(k)}:</dt>
          <dd className="flex min-w-0 flex-wrap items-center gap-1.5">
            <span className="break-words text-zinc-500 line-through decoration-zinc-300">{show(k, before[k])}</span>
            <ArrowRightIcon className="size-3 text-zinc-400" aria-label={t("changedTo")} role="img" aria-hidden={false} />
            <span className="break-words text-zinc-800">{show(k, after[k])}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
