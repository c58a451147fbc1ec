"use client";

import { useTranslations } from "next-intl";
import { useId, type ComponentProps, type ReactNode } from "react";
import { get, useFormContext, useFormState, type Path } from "react-hook-form";
import { FieldError } from "@/app/_components/ui/field-error";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
import type { TermsDocumentInput } from "@/server/terms/terms.schema";
import { CheckBox } from "../check-box";
import { TextArea } from "../text-area";

export type DocPath = Path<TermsDocumentInput>;

/**
 * The error at a path of the document form. An array's own error (an empty option list, a holiday without
 * hours) sits on `root` when the array is a field array, else on the array itself.
 */
export function useFieldError(name: string): string | undefined {
  const { errors } = useFormState<TermsDocumentInput>({ name: name as DocPath });
  type E = { message?: string; root?: { message?: string } } | undefined;
  const error = get(errors, name) as E | E[];
  // A list of plain values (select options) carries its items' errors in an array: show the first.
  if (Array.isArray(error)) return error.find((e) => e?.message)?.message;
  return error?.message ?? error?.root?.message;
}

/** The error of a path that is not one input (a group of checkboxes, a list), translated, under the group. */
export function GroupError({ name }: { name: string }) {
  const t = useTranslations();
  const id = useId();
  const error = useFieldError(name);
  const message = error && error.startsWith("validation.") && t.has(error as never) ? t(error as never) : error;
  return <FieldError id={id} message={message} />;
}

type Labelled = { name: DocPath; label: ReactNode; hint?: ReactNode; labelAside?: ReactNode };

export function TextField({
  name,
  label,
  hint,
  labelAside,
  setValueAs,
  ...props
}: Labelled & { setValueAs?: (value: string) => string } & Omit<ComponentProps<typeof Input>, "name">) {
  const { register } = useFormContext<TermsDocumentInput>();
  return (
    <FormField label={label} hint={hint} error={useFieldError(name)} labelAside={labelAside}>
      <Input {...props} {...register(name, setValueAs ? { setValueAs } : undefined)} />
    </FormField>
  );
}

export function TextAreaField({ name, label, hint, ...props }: Labelled & Omit<ComponentProps<typeof TextArea>, "name">) {
  const { register } = useFormContext<TermsDocumentInput>();
  return (
    <FormField label={label} hint={hint} error={useFieldError(name)}>
      <TextArea {...props} {...register(name)} />
    </FormField>
  );
}

/** A number; an empty box is "not set" (undefined) when `optional`, else an error the schema names. */
export function NumberField({ name, label, hint, suffix, optional = false, ...props }: Labelled & { suffix?: string; optional?: boolean } & Omit<ComponentProps<typeof Input>, "name">) {
  const { register } = useFormContext<TermsDocumentInput>();
  const field = register(name, { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? (optional ? undefined : Number.NaN) : Number(v)) });
  return (
    <FormField label={label} hint={hint} error={useFieldError(name)}>
      <div className="relative">
        <Input type="number" inputMode="decimal" className={suffix ? "pr-12" : undefined} {...props} {...field} />
        {suffix ? <span className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm text-zinc-500">{suffix}</span> : null}
      </div>
    </FormField>
  );
}

export function SelectField({ name, label, hint, options, onValue }: Labelled & { options: { value: string; label: string }[]; onValue?: (value: string) => void }) {
  const { register } = useFormContext<TermsDocumentInput>();
  const field = register(name, { onChange: onValue ? (e: { target: { value: string } }) => onValue(e.target.value) : undefined });
  return (
    <FormField label={label} hint={hint} error={useFieldError(name)}>
      <Select {...field}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </FormField>
  );
}

export function CheckField({ name, label, hint, onValue }: { name: DocPath; label: ReactNode; hint?: ReactNode; onValue?: (checked: boolean) => void }) {
  const { register } = useFormContext<TermsDocumentInput>();
  return <CheckBox label={label} hint={hint} {...register(name, { onChange: onValue ? (e: { target: { checked: boolean } }) => onValue(e.target.checked) : undefined })} />;
}
