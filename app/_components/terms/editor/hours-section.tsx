"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { GlobeIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { cn } from "@/app/_lib/cn";
import { WEEKDAYS } from "@/server/terms/hours";
import { AFTER_HOURS_ACTIONS } from "@/server/terms/hours.schema";
import type { TermsDocumentInput } from "@/server/terms/terms.schema";
import { CheckField, SelectField, TextAreaField, TextField } from "./fields";
import { HolidaysField } from "./holidays-field";
import { IntervalsField } from "./intervals-field";
import { SectionPart } from "./section-shell";

/** Weekday names in the reader's language, Monday first (1 January 2024 was a Monday). */
export function useWeekdayNames(style: "long" | "short" = "long") {
  const locale = useLocale();
  const format = new Intl.DateTimeFormat(locale, { weekday: style, timeZone: "UTC" });
  return WEEKDAYS.map((_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

export function HoursSection({ timezone, readOnly }: { timezone: string; readOnly: boolean }) {
  const t = useTranslations("terms.hours");
  const ta = useTranslations("terms.afterHours");
  const { control, getValues, setValue } = useFormContext<TermsDocumentInput>();
  const alwaysOpen = useWatch({ control, name: "hours.alwaysOpen" });
  const action = useWatch({ control, name: "hours.afterHours.action" });
  const days = useWeekdayNames();
  const copyMonday = () => {
    const monday = getValues("hours.weekly.mon");
    for (const day of ["tue", "wed", "thu", "fri"] as const) setValue(`hours.weekly.${day}`, structuredClone(monday), { shouldDirty: true, shouldValidate: true });
  };

  return (
    <div className="space-y-8">
      <p className="flex items-center gap-1.5 text-sm text-zinc-600">
        <GlobeIcon className="size-4 text-zinc-400" />
        <span>{t.rich("zone", { zone: timezone, b: (c) => <span className="font-medium text-zinc-900">{c}</span> })}</span>
      </p>
      <SectionPart
        title={t("weekly")}
        description={t("weeklyHint")}
        aside={
          readOnly || alwaysOpen ? null : (
            <Button variant="secondary" size="sm" onClick={copyMonday}>
              {t("copyMonday")}
            </Button>
          )
        }
      >
        <CheckField name="hours.alwaysOpen" label={t("alwaysOpen")} hint={t("alwaysOpenHint")} />
        <ul className={cn("divide-y divide-zinc-100 rounded-lg ring-1 ring-zinc-950/[0.08]", alwaysOpen && "opacity-50")} aria-disabled={alwaysOpen || undefined}>
          {WEEKDAYS.map((day, i) => (
            <li key={day} className="flex flex-col gap-2 px-3 py-3 sm:flex-row sm:items-start sm:gap-4 sm:px-4">
              <span className="w-32 shrink-0 pt-1.5 text-sm font-medium text-zinc-800 capitalize">{days[i]}</span>
              <IntervalsField name={`hours.weekly.${day}`} label={days[i]!} readOnly={readOnly} />
            </li>
          ))}
        </ul>
      </SectionPart>

      <HolidaysField readOnly={readOnly} />

      <SectionPart title={ta("title")} description={ta("hint")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField name="hours.afterHours.action" label={ta("action")} options={AFTER_HOURS_ACTIONS.map((a) => ({ value: a, label: ta(`actions.${a}`) }))} />
          {action === "FORWARD" ? <TextField name="hours.afterHours.forwardTo" label={ta("forwardTo")} hint={ta("forwardToHint")} inputMode="tel" autoComplete="off" placeholder="+79161234567" /> : null}
        </div>
        <TextAreaField name="hours.afterHours.message" rows={2} label={ta("message")} hint={ta("messageHint")} />
      </SectionPart>
    </div>
  );
}
