"use client";

import { useTranslations } from "next-intl";
import { CheckCircleIcon } from "@/app/_components/icons";
import { Badge } from "@/app/_components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { cn } from "@/app/_lib/cn";
import type { DiffItem } from "@/server/terms/diff";
import { useWeekdayNames } from "./editor/hours-section";
import { DiffValueText } from "./diff-value";
import { TermsStateBadge } from "./state-badge";
import type { TermsContact, TermsDiffView } from "./terms-api";

const CHANGE_TONE = { added: "green", removed: "red", changed: "amber" } as const;
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/**
 * Two versions side by side, section by section: only what differs, the older version on the left.
 * Each changed item lists its changed fields with the value in each version.
 */
export function DiffView({ data }: { data: TermsDiffView }) {
  const t = useTranslations("terms.diff");
  const ts = useTranslations("terms.sections");
  if (data.sections.length === 0) {
    return (
      <Card>
        <EmptyState icon={<CheckCircleIcon className="size-5" />} title={t("sameTitle")} description={t("sameHint", { a: data.a.number, b: data.b.number })} />
      </Card>
    );
  }
  return (
    <div className="space-y-4">
      <div className="hidden grid-cols-[10rem_minmax(0,1fr)_minmax(0,1fr)] gap-4 px-9 text-xs font-medium text-zinc-500 md:grid">
        <span />
        <span className="flex items-center gap-2">
          {t("versionN", { number: data.a.number })} <TermsStateBadge state={data.a.state} />
        </span>
        <span className="flex items-center gap-2">
          {t("versionN", { number: data.b.number })} <TermsStateBadge state={data.b.state} />
        </span>
      </div>
      {data.sections.map((section) => (
        <Card key={section.section}>
          <CardHeader>
            <CardTitle>{ts(section.section)}</CardTitle>
          </CardHeader>
          <CardContent className="space-y-5">
            {section.items.map((item) => (
              <DiffItemRows key={`${item.change}-${item.key}`} item={item} contacts={data.client.contacts} a={data.a.number} b={data.b.number} />
            ))}
          </CardContent>
        </Card>
      ))}
    </div>
  );
}

function DiffItemRows({ item, contacts, a, b }: { item: DiffItem; contacts: TermsContact[]; a: number; b: number }) {
  const t = useTranslations("terms.diff");
  const days = useWeekdayNames();
  const label = (field: string) => {
    const day = WEEKDAYS.indexOf(field);
    if (day >= 0) return days[day];
    return t.has(`fields.${field}` as never) ? t(`fields.${field}` as never) : field;
  };
  return (
    <div>
      {item.label || item.change !== "changed" ? (
        <div className="mb-2 flex flex-wrap items-center gap-2">
          <Badge tone={CHANGE_TONE[item.change]}>{t(`change.${item.change}`)}</Badge>
          <p className="text-sm font-medium text-zinc-900">{item.label}</p>
        </div>
      ) : null}
      <dl className="divide-y divide-zinc-100 rounded-lg ring-1 ring-zinc-950/[0.08]">
        {item.fields.map((f) => (
          <div key={f.field} className="grid gap-1 px-3 py-2.5 text-sm md:grid-cols-[10rem_minmax(0,1fr)_minmax(0,1fr)] md:gap-4">
            <dt className="font-medium text-zinc-500 first-letter:uppercase">{label(f.field)}</dt>
            <dd className={cn("rounded px-2 py-1 text-zinc-700", item.change !== "added" && "bg-red-50/70")}>
              <span className="mr-1 text-xs text-zinc-400 md:hidden">{t("versionN", { number: a })}:</span>
              <DiffValueText field={f.field} value={f.before} contacts={contacts} />
            </dd>
            <dd className={cn("rounded px-2 py-1 text-zinc-900", item.change !== "removed" && "bg-emerald-50/70")}>
              <span className="mr-1 text-xs text-zinc-400 md:hidden">{t("versionN", { number: b })}:</span>
              <DiffValueText field={f.field} value={f.after} contacts={contacts} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
