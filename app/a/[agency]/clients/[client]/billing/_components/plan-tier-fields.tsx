"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { PlusIcon, TrashIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import type { PlanInput } from "@/server/billing/plan.schema";
import { FormSection } from "../../hotlines/_components/form-section";
import type { PlanFormState } from "./plan-form-values";

type Form = UseFormReturn<PlanFormState, unknown, PlanInput>;

/** Graduated tiers beyond the included minutes; the last one is open-ended ("up to" left empty). */
export function PlanTierFields({ form, currency, msg }: { form: Form; currency: string; msg: (m?: string) => string | undefined }) {
  const t = useTranslations("billing.plan.form");
  const tiers = useFieldArray({ control: form.control, name: "tiers" });
  const errors = form.formState.errors.tiers;
  return (
    <FormSection title={t("tiers")} description={t("lastTierHint")}>
      {tiers.fields.map((field, i) => (
        <div key={field.id} className="grid grid-cols-[1fr_1fr_auto] items-end gap-3">
          <FormField label={t("tierUpTo")} error={msg(errors?.[i]?.upToMinutes?.message)}>
            <Input
              type="number"
              inputMode="numeric"
              min={0}
              {...form.register(`tiers.${i}.upToMinutes`, { setValueAs: (v: string) => (v === "" || v === null ? null : Number(v)) })}
            />
          </FormField>
          <FormField label={`${t("tierRate")}, ${currency}`} error={msg(errors?.[i]?.ratePerMinute?.message)}>
            <Input inputMode="decimal" autoComplete="off" {...form.register(`tiers.${i}.ratePerMinute`)} />
          </FormField>
          <Button variant="ghost" size="icon" aria-label={t("removeTier")} onClick={() => tiers.remove(i)}>
            <TrashIcon className="size-4" />
          </Button>
        </div>
      ))}
      {msg(errors?.message) ? <p className="text-sm text-red-600">{msg(errors?.message)}</p> : null}
      <Button variant="secondary" size="sm" onClick={() => tiers.append({ upToMinutes: null, ratePerMinute: "" })}>
        <PlusIcon className="size-4" />
        {t("addTier")}
      </Button>
    </FormSection>
  );
}
