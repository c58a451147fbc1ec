"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
import { Button } from "@/app/_components/ui/button";
import { buildCallFormSchema, type CallFormValues } from "@/server/terms/call-form";
import type { FormField as Field } from "@/server/terms/call-form.schema";
import { CheckBox } from "../check-box";
import { TextArea } from "../text-area";

const inputType: Partial<Record<Field["type"], string>> = { PHONE: "tel", EMAIL: "email", NUMBER: "text", DATE: "date" };

/**
 * The call form as the desk will render it, with the same checks: the agency and the client can try it
 * before approving. Nothing typed here is saved.
 */
export function CallFormPreview({ fields }: { fields: Field[] }) {
  const t = useTranslations("terms.preview");
  const [values, setValues] = useState<CallFormValues>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState(false);
  const schema = useMemo(() => {
    try {
      return buildCallFormSchema(fields.filter((f) => f.key));
    } catch {
      return null; // a pattern being typed may not compile yet
    }
  }, [fields]);
  if (fields.length === 0) return <p className="py-6 text-center text-sm text-zinc-500">{t("noForm")}</p>;

  const set = (key: string, value: string | boolean) => setValues((v) => ({ ...v, [key]: value }));
  const check = () => {
    const result = schema?.safeParse(values);
    setChecked(Boolean(result?.success));
    setErrors(result && !result.success ? Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message])) : {});
  };

  return (
    <form noValidate onSubmit={(e) => (e.preventDefault(), check())} className="space-y-3">
      {fields.map((f, i) => (
        <PreviewField key={`${f.key}-${i}`} field={f} value={values[f.key]} error={errors[f.key]} onChange={(v) => set(f.key, v)} />
      ))}
      <div className="flex items-center gap-3 pt-1">
        <Button type="submit" size="sm" variant="secondary" disabled={!schema}>
          {t("checkForm")}
        </Button>
        {checked ? <span className="text-xs font-medium text-emerald-700">{t("formOk")}</span> : null}
      </div>
    </form>
  );
}

function PreviewField({ field, value, error, onChange }: { field: Field; value: string | boolean | undefined; error?: string; onChange: (v: string | boolean) => void }) {
  const t = useTranslations("terms.preview");
  const tr = useTranslations();
  const id = useId();
  const label = (
    <span>
      {field.label || field.key}
      {field.required ? <span className="ml-0.5 text-red-600" aria-hidden="true">*</span> : null}
    </span>
  );
  if (field.type === "CHECKBOX") {
    return (
      <div>
        <CheckBox label={label} hint={error ? <span className="text-red-600">{tr.has(error as never) ? tr(error as never) : error}</span> : field.help} checked={value === true} onChange={(e) => onChange(e.target.checked)} />
      </div>
    );
  }
  const text = typeof value === "string" ? value : "";
  const control =
    field.type === "LONG_TEXT" ? (
      <TextArea rows={2} value={text} onChange={(e) => onChange(e.target.value)} />
    ) : field.type === "SELECT" ? (
      <Select value={text} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("choose")}</option>
        {(field.options ?? []).filter(Boolean).map((o) => (
          <option key={o}>{o}</option>
        ))}
      </Select>
    ) : (
      <Input id={id} type={inputType[field.type] ?? "text"} inputMode={field.type === "NUMBER" ? "decimal" : undefined} value={text} onChange={(e) => onChange(e.target.value)} />
    );
  return (
    <FormField label={label} hint={field.help} error={error}>
      {control}
    </FormField>
  );
}
