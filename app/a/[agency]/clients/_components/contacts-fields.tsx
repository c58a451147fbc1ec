"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import { PlusIcon, TrashIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { CONTACTS_MAX, type ClientFieldsInput } from "@/server/clients/clients.schema";

/** The client's contacts: one card per person, added and removed in place; phones are saved in E.164. */
export function ContactsFields({ disabled }: { disabled?: boolean }) {
  const t = useTranslations("clients.form.contacts");
  const { control, register, formState: { errors } } = useFormContext<ClientFieldsInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "contacts", keyName: "key" });
  const rowErrors = errors.contacts;

  return (
    <div className="space-y-4">
      {fields.length === 0 ? <p className="rounded-lg border border-dashed border-zinc-300 px-4 py-6 text-center text-sm text-zinc-500">{t("none")}</p> : null}
      <ol className="space-y-4">
        {fields.map((field, i) => {
          const e = Array.isArray(rowErrors) ? rowErrors[i] : undefined;
          return (
            <li key={field.key} className="rounded-lg bg-zinc-50/70 p-4 ring-1 ring-inset ring-zinc-200">
              <div className="mb-3 flex items-center justify-between gap-3">
                <p className="text-sm font-medium text-zinc-700">{t("number", { n: i + 1 })}</p>
                {!disabled ? (
                  <Button variant="ghost" size="sm" className="-my-1 text-zinc-500 hover:text-red-600" onClick={() => remove(i)}>
                    <TrashIcon />
                    {t("remove")}
                    <span className="sr-only">{t("removeNumber", { n: i + 1 })}</span>
                  </Button>
                ) : null}
              </div>
              <input type="hidden" {...register(`contacts.${i}.id`)} />
              <div className="grid gap-4 sm:grid-cols-2">
                <FormField label={t("name")} error={e?.name?.message}>
                  <Input autoComplete="off" {...register(`contacts.${i}.name`)} />
                </FormField>
                <FormField label={t("role")} hint={t("roleHint")} error={e?.role?.message}>
                  <Input autoComplete="off" {...register(`contacts.${i}.role`)} />
                </FormField>
                <FormField label={t("email")} error={e?.email?.message}>
                  <Input type="email" inputMode="email" autoComplete="off" {...register(`contacts.${i}.email`)} />
                </FormField>
                <FormField label={t("phone")} hint={t("phoneHint")} error={e?.phone?.message}>
                  <Input type="tel" inputMode="tel" autoComplete="off" placeholder="+7 912 345-67-89" {...register(`contacts.${i}.phone`)} />
                </FormField>
              </div>
            </li>
          );
        })}
      </ol>
      {!disabled && fields.length < CONTACTS_MAX ? (
        <Button variant="secondary" size="sm" onClick={() => append({ name: "", role: "", email: "", phone: "" }, { shouldFocus: true })}>
          <PlusIcon />
          {t("add")}
        </Button>
      ) : null}
    </div>
  );
}
