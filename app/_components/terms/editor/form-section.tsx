"use client";

import { useTranslations } from "next-intl";
import { Controller, useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { Badge } from "@/app/_components/ui/badge";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { FIELD_TYPES, RANGE_TYPES, type FieldType } from "@/server/terms/call-form.schema";
import { fieldKeyFrom } from "@/server/terms/field-key";
import type { TermsDocumentInput } from "@/server/terms/terms.schema";
import { TextArea } from "../text-area";
import { CheckField, NumberField, SelectField, TextField, useFieldError } from "./fields";
import { AddRow, ItemCard } from "./item-card";
import { SectionPart } from "./section-shell";

/** The call form the operator fills: typed fields in order, with required flags and checks. */
export function FormSection({ readOnly }: { readOnly: boolean }) {
  const t = useTranslations("terms.form");
  const { control } = useFormContext<TermsDocumentInput>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "form.fields" });
  const add = () => append({ key: "", label: "", type: "TEXT", required: false }, { shouldFocus: true, focusName: `form.fields.${fields.length}.label` });
  return (
    <SectionPart title={t("title")} description={t("hint")}>
      <ol className="space-y-3">
        {fields.map((field, i) => (
          <ItemCard key={field.id} index={i} count={fields.length} readOnly={readOnly} onMove={move} onRemove={() => remove(i)} title={<FieldTitle index={i} />} badge={<TypeBadge index={i} />}>
            <FieldEditor index={i} />
          </ItemCard>
        ))}
      </ol>
      <AddRow label={t("add")} empty={t("empty")} onAdd={add} readOnly={readOnly} count={fields.length} />
    </SectionPart>
  );
}

function FieldTitle({ index }: { index: number }) {
  const t = useTranslations("terms.form");
  const label = useWatch<TermsDocumentInput>({ name: `form.fields.${index}.label` }) as string | undefined;
  return <>{label || t("untitled")}</>;
}

function TypeBadge({ index }: { index: number }) {
  const t = useTranslations("terms.fieldType");
  const type = useWatch<TermsDocumentInput>({ name: `form.fields.${index}.type` }) as FieldType | undefined;
  return type ? <Badge tone="sky">{t(type)}</Badge> : null;
}

function FieldEditor({ index }: { index: number }) {
  const t = useTranslations("terms.form");
  const tt = useTranslations("terms.fieldType");
  const { control, getValues, setValue, register } = useFormContext<TermsDocumentInput>();
  const base = `form.fields.${index}` as const;
  const type = useWatch({ control, name: `${base}.type` });
  const optionsError = useFieldError(`${base}.options`);
  const ranged = RANGE_TYPES.includes(type);

  // Settings that do not apply to the new type are dropped, so the document never carries stale ones.
  const onType = (next: string) => {
    const opts = { shouldDirty: true };
    if (next !== "SELECT") setValue(`${base}.options`, undefined, opts);
    else if (!getValues(`${base}.options`)?.length) setValue(`${base}.options`, [""], opts);
    if (!RANGE_TYPES.includes(next as FieldType)) {
      setValue(`${base}.min`, undefined, opts);
      setValue(`${base}.max`, undefined, opts);
    }
    if (next !== "TEXT") setValue(`${base}.pattern`, undefined, opts);
  };
  // A new field gets a key from its label; an existing key is never renamed behind the person's back.
  const labelField = register(`${base}.label`, {
    onBlur: () => {
      if (getValues(`${base}.key`)) return;
      const taken = getValues("form.fields").map((f) => f.key);
      setValue(`${base}.key`, fieldKeyFrom(getValues(`${base}.label`), taken), { shouldDirty: true });
    },
  });

  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("label")} error={useFieldError(`${base}.label`)}>
          <Input {...labelField} />
        </FormField>
        <TextField name={`${base}.key`} label={t("key")} hint={t("keyHint")} autoComplete="off" spellCheck={false} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name={`${base}.type`} label={t("type")} options={FIELD_TYPES.map((v) => ({ value: v, label: tt(v) }))} onValue={onType} />
        <div className="flex items-end pb-2">
          <CheckField name={`${base}.required`} label={t("required")} />
        </div>
      </div>
      <TextField name={`${base}.help`} label={t("help")} hint={t("helpHint")} />
      {type === "SELECT" ? (
        <Controller
          control={control}
          name={`${base}.options`}
          render={({ field }) => (
            <FormField label={t("options")} hint={t("optionsHint")} error={optionsError}>
              <TextArea
                rows={4}
                value={(field.value ?? []).join("\n")}
                onChange={(e) => field.onChange(e.target.value.split("\n"))}
                onBlur={() => {
                  field.onChange((field.value ?? []).map((o) => o.trim()).filter(Boolean));
                  field.onBlur();
                }}
                ref={field.ref}
                name={field.name}
              />
            </FormField>
          )}
        />
      ) : null}
      {ranged ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField name={`${base}.min`} optional label={type === "NUMBER" ? t("minValue") : t("minLength")} />
          <NumberField name={`${base}.max`} optional label={type === "NUMBER" ? t("maxValue") : t("maxLength")} />
        </div>
      ) : null}
      {type === "TEXT" ? <TextField name={`${base}.pattern`} label={t("pattern")} hint={t("patternHint")} autoComplete="off" spellCheck={false} className="font-mono" /> : null}
    </>
  );
}
