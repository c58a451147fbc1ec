"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { CheckBox } from "@/app/_components/terms/check-box";
import { TextArea } from "@/app/_components/terms/text-area";
import { Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
import type { FormField as Field } from "@/server/terms/call-form.schema";
import type { DeskFormValues } from "./desk-form";

const inputType: Partial<Record<Field["type"], string>> = { PHONE: "tel", EMAIL: "email", NUMBER: "text", DATE: "date" };

/** The terms' call form plus notes, filled while talking; errors sit next to their fields. */
export function CallFormCard({ fields, form }: { fields: readonly Field[]; form: UseFormReturn<DeskFormValues> }) {
  const t = useTranslations("desk.form");
  const tr = useTranslations();
  const errors = form.formState.errors;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        {fields.map((f) => {
          const error = errors.form?.[f.key]?.message;
          const name = `form.${f.key}` as const;
          const label = (
            <span>
              {f.label}
              {f.required ? <span className="ml-0.5 text-red-600" aria-hidden="true">*</span> : null}
            </span>
          );
          if (f.type === "CHECKBOX") {
            const hint = error ? <span className="text-red-600">{tr.has(error as never) ? tr(error as never) : error}</span> : f.help;
            return <CheckBox key={f.key} label={label} hint={hint} {...form.register(name)} />;
          }
          const control =
            f.type === "LONG_TEXT" ? (
              <TextArea rows={3} {...form.register(name)} />
            ) : f.type === "SELECT" ? (
              <Select {...form.register(name)}>
                <option value="">{t("choose")}</option>
                {(f.options ?? []).map((o) => (
                  <option key={o}>{o}</option>
                ))}
              </Select>
            ) : (
              <Input type={inputType[f.type] ?? "text"} inputMode={f.type === "NUMBER" ? "decimal" : undefined} autoComplete="off" {...form.register(name)} />
            );
          return (
            <FormField key={f.key} label={label} hint={f.help} error={error}>
              {control}
            </FormField>
          );
        })}
        <FormField label={t("notes")} labelAside={<span className="text-xs text-zinc-500">{t("optional")}</span>} error={errors.notes?.message}>
          <TextArea rows={3} placeholder={t("notesPlaceholder")} {...form.register("notes")} />
        </FormField>
      </CardContent>
    </Card>
  );
}
