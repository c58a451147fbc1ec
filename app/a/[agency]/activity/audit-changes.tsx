"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ArrowRightIcon } from "@/app/_components/icons";
import { RoleBadge } from "@/app/_components/role-badge";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Snapshot = Record<string, Json>;

// The e-mail is already in the sentence and ids mean nothing to a person.
const HIDDEN = new Set(["email", "invitationId"]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function asSnapshot(value: unknown): Snapshot {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Snapshot) : {};
}

/** What changed, field by field: "Role: Operator → Supervisor"; a side that did not exist shows a dash. */
export function AuditChanges({ before, after, timeZone }: { before: unknown; after: unknown; timeZone?: string }) {
  const t = useTranslations("activity.fields");
  const format = useFormatter();
  const b = asSnapshot(before);
  const a = asSnapshot(after);
  const afterGone = Object.keys(a).length === 0;
  // Fields only in "before" are context (a revoked invitation's role did not vanish) unless the whole thing is gone.
  const keys = (afterGone ? Object.keys(b) : Object.keys(a)).filter((k) => !HIDDEN.has(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]));
  if (keys.length === 0) return null;

  const show = (key: string, value: Json | undefined) => {
    if (value === undefined || value === null) return <span className="text-zinc-400">—</span>;
    if (key === "role" && typeof value === "string") return <RoleBadge role={value} />;
    if (typeof value === "string" && ISO_DATE.test(value)) {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime())) return <span>{format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone })}</span>;
    }
    if (key === "status" && typeof value === "string" && t.has(`statusValues.${value}` as never)) return <span>{t(`statusValues.${value}` as never)}</span>;
    return <span className="break-all">{typeof value === "string" ? value : JSON.stringify(value)}</span>;
  };

  return (
    <dl className="mt-2 flex flex-col gap-1.5">
      {keys.map((key) => (
        <div key={key} className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-600">
          <dt className="font-medium text-zinc-500">{t.has(key as never) ? t(key as never) : key}:</dt>
          <dd className="flex flex-wrap items-center gap-1.5">
            {key in b ? (
              <>
                {show(key, b[key])}
                <ArrowRightIcon className="size-3 text-zinc-400" aria-label={t("changedTo")} role="img" aria-hidden={false} />
              </>
            ) : null}
            {key in a ? show(key, a[key]) : <span className="text-zinc-400">—</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
