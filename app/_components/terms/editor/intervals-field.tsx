"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext, type FieldArrayPath } from "react-hook-form";
import { XIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/input";
import type { TermsDocumentInput } from "@/server/terms/terms.schema";
import { GroupError, useFieldError, type DocPath } from "./fields";

type IntervalsPath = Extract<FieldArrayPath<TermsDocumentInput>, `hours.weekly.${string}` | `hours.holidays.${number}.intervals`>;

/**
 * One day's opening intervals, "HH:MM"–"HH:MM" typed as text so that "24:00" (open until midnight) can
 * be entered. Errors (overlap, end before start) appear under the interval they are about.
 */
export function IntervalsField({ name, label, readOnly }: { name: IntervalsPath; label: string; readOnly: boolean }) {
  const t = useTranslations("terms.hours");
  const { control, register } = useFormContext<TermsDocumentInput>();
  const { fields, append, remove } = useFieldArray({ control, name });
  const addInterval = () => {
    const last = fields.at(-1) as unknown as { end?: string } | undefined;
    append(last?.end && last.end < "23:00" ? { start: last.end, end: "24:00" } : { start: "09:00", end: "18:00" }, { shouldFocus: true });
  };
  return (
    <div className="min-w-0 flex-1 space-y-2">
      {fields.length === 0 ? <p className="py-1.5 text-sm text-zinc-500">{t("closed")}</p> : null}
      {fields.map((field, i) => (
        <IntervalRow key={field.id} base={`${name}.${i}`} label={label} index={i} readOnly={readOnly} onRemove={() => remove(i)} register={register} />
      ))}
      <GroupError name={name} />
      {readOnly ? null : (
        <Button variant="link" size="sm" className="text-sm" onClick={addInterval}>
          {t("addInterval")}
        </Button>
      )}
    </div>
  );
}

function IntervalRow({
  base,
  label,
  index,
  readOnly,
  onRemove,
  register,
}: {
  base: string;
  label: string;
  index: number;
  readOnly: boolean;
  onRemove: () => void;
  register: ReturnType<typeof useFormContext<TermsDocumentInput>>["register"];
}) {
  const t = useTranslations("terms.hours");
  const startError = useFieldError(`${base}.start`);
  const endError = useFieldError(`${base}.end`);
  const time = { inputMode: "numeric" as const, placeholder: "09:00", maxLength: 5, className: "w-20 text-center tabular-nums", autoComplete: "off" };
  return (
    <div>
      <div className="flex items-center gap-2">
        <Input aria-label={t("from", { day: label, n: index + 1 })} aria-invalid={startError ? true : undefined} {...time} {...register(`${base}.start` as DocPath)} />
        <span className="text-zinc-400" aria-hidden="true">
          –
        </span>
        <Input aria-label={t("to", { day: label, n: index + 1 })} aria-invalid={endError ? true : undefined} {...time} {...register(`${base}.end` as DocPath)} />
        {readOnly ? null : (
          <Button variant="ghost" size="icon" className="size-8 text-zinc-400 hover:text-red-600" onClick={onRemove}>
            <XIcon className="size-4" />
            <span className="sr-only">{t("removeInterval", { day: label, n: index + 1 })}</span>
          </Button>
        )}
      </div>
      <GroupError name={`${base}.start`} />
      <GroupError name={`${base}.end`} />
    </div>
  );
}
