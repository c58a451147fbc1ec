"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { PlusIcon, TrashIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { FieldError } from "@/app/_components/ui/field-error";
import { FormField } from "@/app/_components/ui/form-field";
import { controlClass, Input } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
import { cn } from "@/app/_lib/cn";
import { HOTLINE_LANGUAGES, type HotlineData, type HotlineInput } from "@/server/hotlines/hotlines.schema";
import { FormSection } from "./form-section";
import { HotlineCheckbox } from "./routing-fields";

const DIGITS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"];

/** The optional menu: a prompt per language and up to ten options (a digit, what it is for, its language). */
export function MenuEditor({ form }: { form: UseFormReturn<HotlineInput, unknown, HotlineData> }) {
  const t = useTranslations("hotlines.form.menu");
  const tv = useTranslations();
  const tl = useTranslations("hotlines.languages");
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "menuOptions" });
  const enabled = form.watch("menuEnabled");
  const { errors } = form.formState;
  const used = new Set(form.watch("menuOptions").map((o) => o.digit));
  const tr = (m?: string) => (m && m.startsWith("validation.") && tv.has(m as never) ? tv(m as never) : m);
  return (
    <FormSection title={t("title")} description={t("description")}>
      <HotlineCheckbox form={form} name="menuEnabled" label={t("enabled")} />
      {enabled ? (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            {(["menuPromptRu", "menuPromptEn"] as const).map((name) => (
              <FormField key={name} label={t(name)} error={errors[name]?.message}>
                <textarea rows={2} placeholder={t("promptPlaceholder")} className={cn(controlClass, "min-h-16 py-2")} {...form.register(name)} />
              </FormField>
            ))}
          </div>
          <fieldset>
            <legend className="mb-2 text-sm font-medium text-zinc-800">{t("options")}</legend>
            <ul className="space-y-2">
              {fields.map((f, i) => {
                const e = errors.menuOptions?.[i];
                return (
                  <li key={f.id} className="grid grid-cols-[4.5rem_1fr_auto] gap-2 sm:grid-cols-[4.5rem_1fr_9rem_auto]">
                    <Select aria-label={t("digit")} {...form.register(`menuOptions.${i}.digit`)}>
                      {DIGITS.map((d) => (
                        <option key={d} value={d}>
                          {d}
                        </option>
                      ))}
                    </Select>
                    <Input aria-label={t("label")} placeholder={t("labelPlaceholder")} {...form.register(`menuOptions.${i}.label`)} />
                    <Select aria-label={t("language")} wrapperClassName="col-span-2 row-start-2 sm:col-span-1 sm:row-start-auto" {...form.register(`menuOptions.${i}.language`)}>
                      {HOTLINE_LANGUAGES.map((l) => (
                        <option key={l} value={l}>
                          {tl(l)}
                        </option>
                      ))}
                    </Select>
                    <Button variant="ghost" size="icon" className="size-9 text-zinc-500 hover:text-red-600" onClick={() => remove(i)}>
                      <TrashIcon />
                      <span className="sr-only">{t("remove", { digit: f.digit })}</span>
                    </Button>
                    {e ? (
                      <div className="col-span-full">
                        <FieldError id={`menu-${i}`} message={tr(e.digit?.message ?? e.label?.message ?? e.language?.message)} />
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
            <FieldError id="menu-options" message={tr(errors.menuOptions?.message ?? errors.menuOptions?.root?.message)} />
            <Button
              variant="secondary"
              size="sm"
              className="mt-3"
              disabled={fields.length >= 10}
              onClick={() => append({ digit: DIGITS.find((d) => !used.has(d)) ?? "1", label: "", language: form.getValues("languages")[0] ?? "ru" })}
            >
              <PlusIcon />
              {t("add")}
            </Button>
          </fieldset>
        </>
      ) : null}
    </FormSection>
  );
}
