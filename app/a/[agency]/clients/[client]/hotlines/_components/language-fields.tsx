"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { FormField } from "@/app/_components/ui/form-field";
import { Select } from "@/app/_components/ui/select";
import { HOTLINE_LANGUAGES, type HotlineData, type HotlineInput, type HotlineLanguage } from "@/server/hotlines/hotlines.schema";

/** The main language (what callers hear first) and whether the other one is offered too. */
export function LanguageFields({ form }: { form: UseFormReturn<HotlineInput, unknown, HotlineData> }) {
  const t = useTranslations("hotlines.form.basics");
  const tl = useTranslations("hotlines.languages");
  const languages = form.watch("languages") as HotlineLanguage[];
  const main = languages[0] ?? "ru";
  const other = HOTLINE_LANGUAGES.find((l) => l !== main)!;
  const set = (next: HotlineLanguage[]) => form.setValue("languages", next, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  // The other language stays offered (now second) when it was.
  const choose = (next: HotlineLanguage) => set(languages.length > 1 ? [next, HOTLINE_LANGUAGES.find((l) => l !== next)!] : [next]);
  return (
    <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
      <FormField label={t("mainLanguage")} error={form.formState.errors.languages?.message}>
        <Select value={main} onChange={(e) => choose(e.target.value as HotlineLanguage)}>
          {HOTLINE_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {tl(l)}
            </option>
          ))}
        </Select>
      </FormField>
      <label className="flex h-9 items-center gap-2 text-sm text-zinc-700">
        <input
          type="checkbox"
          className="size-4 rounded border-zinc-300 text-indigo-600 focus:ring-indigo-500"
          checked={languages.includes(other)}
          onChange={(e) => set(e.target.checked ? [main, other] : [main])}
        />
        {t("alsoOffer", { language: tl(other) })}
      </label>
    </div>
  );
}
