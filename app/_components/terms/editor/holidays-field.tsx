"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import type { TermsDocumentInput } from "@/server/terms/terms.schema";
import { newItemId } from "../new-id";
import { CheckField, TextField } from "./fields";
import { IntervalsField } from "./intervals-field";
import { AddRow, ItemCard } from "./item-card";
import { SectionPart } from "./section-shell";

/** Holidays: one-off or every year, closed all day or with their own hours (which replace the weekday's). */
export function HolidaysField({ readOnly }: { readOnly: boolean }) {
  const t = useTranslations("terms.holidays");
  const { control } = useFormContext<TermsDocumentInput>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "hours.holidays" });
  const add = () =>
    append({ id: newItemId("h"), date: "", name: "", recurring: false, closedAllDay: true, intervals: [] }, { shouldFocus: true, focusName: `hours.holidays.${fields.length}.date` });

  return (
    <SectionPart title={t("title")} description={t("hint")}>
      <ol className="space-y-3">
        {fields.map((field, i) => (
          <ItemCard key={field.id} index={i} count={fields.length} readOnly={readOnly} onMove={move} onRemove={() => remove(i)} title={<HolidayTitle index={i} />}>
            <HolidayFields index={i} readOnly={readOnly} />
          </ItemCard>
        ))}
      </ol>
      <AddRow label={t("add")} empty={t("empty")} onAdd={add} readOnly={readOnly} count={fields.length} />
    </SectionPart>
  );
}

function HolidayTitle({ index }: { index: number }) {
  const t = useTranslations("terms.holidays");
  const name = useWatch<TermsDocumentInput>({ name: `hours.holidays.${index}.name` }) as string | undefined;
  return <>{name || t("untitled")}</>;
}

function HolidayFields({ index, readOnly }: { index: number; readOnly: boolean }) {
  const t = useTranslations("terms.holidays");
  const { control, setValue } = useFormContext<TermsDocumentInput>();
  const closed = useWatch({ control, name: `hours.holidays.${index}.closedAllDay` });
  const name = useWatch({ control, name: `hours.holidays.${index}.name` });
  const onClosed = (checked: boolean) => {
    // The hours of a closed day mean nothing; an open one starts with a typical short day.
    setValue(`hours.holidays.${index}.intervals`, checked ? [] : [{ start: "10:00", end: "16:00" }], { shouldDirty: true });
  };
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-[12rem_minmax(0,1fr)]">
        <TextField name={`hours.holidays.${index}.date`} type="date" label={t("date")} />
        <TextField name={`hours.holidays.${index}.name`} label={t("name")} placeholder={t("namePlaceholder")} />
      </div>
      <div className="flex flex-col gap-3 sm:flex-row sm:gap-8">
        <CheckField name={`hours.holidays.${index}.recurring`} label={t("recurring")} hint={t("recurringHint")} />
        <CheckField name={`hours.holidays.${index}.closedAllDay`} label={t("closedAllDay")} onValue={onClosed} />
      </div>
      {closed ? null : (
        <div>
          <p className="mb-1.5 text-sm font-medium text-zinc-800">{t("hours")}</p>
          <IntervalsField name={`hours.holidays.${index}.intervals`} label={name || t("untitled")} readOnly={readOnly} />
        </div>
      )}
    </>
  );
}
