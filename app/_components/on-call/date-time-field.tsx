"use client";

import { useTranslations } from "next-intl";
import { useId, type ComponentProps } from "react";
import { FieldError } from "@/app/_components/ui/field-error";
import { Input } from "@/app/_components/ui/input";

type InputProps = ComponentProps<typeof Input>;

/**
 * A date and a time typed side by side (native pickers: keyboard and phone friendly), under one label,
 * with the error of either below them. Errors may be `validation.*` keys or translated messages.
 */
export function DateTimeField({ label, dateProps, timeProps, error }: { label: string; dateProps: InputProps; timeProps: InputProps; error?: string }) {
  const t = useTranslations();
  const id = useId();
  const message = error && error.startsWith("validation.") && t.has(error as never) ? t(error as never) : error;
  const invalid = message ? true : undefined;
  const describedBy = message ? `${id}-error` : undefined;
  return (
    <fieldset>
      <legend className="mb-1.5 block text-sm font-medium text-zinc-800">{label}</legend>
      <div className="grid grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)] gap-2">
        <Input type="date" aria-label={t("oncall.form.date", { field: label })} aria-invalid={invalid} aria-describedby={describedBy} {...dateProps} />
        <Input type="time" aria-label={t("oncall.form.time", { field: label })} aria-invalid={invalid} aria-describedby={describedBy} {...timeProps} />
      </div>
      <FieldError id={`${id}-error`} message={message} />
    </fieldset>
  );
}
