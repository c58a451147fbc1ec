"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import type { PlanInput } from "@/server/billing/plan.schema";
import { FormSection } from "../../hotlines/_components/form-section";
import type { PlanFormState } from "./plan-form-values";

type Form = UseFormReturn<PlanFormState, unknown, PlanInput>;
const BANDS = [
  ["afterHoursRatePerMinute", "afterHoursRate"],
  ["nightRatePerMinute", "nightRate"],
  ["holidayRatePerMinute", "holidayRate"],
  ["automatedRatePerMinute", "automatedRate"],
] as const;

/** Optional rates after hours, at night (with its hours), on holidays and for automated minutes; blank = standard. */
export function PlanBandFields({ form, currency, msg }: { form: Form; currency: string; msg: (m?: string) => string | undefined }) {
  const t = useTranslations("billing.plan.form");
  const { errors } = form.formState;
  return (
    <FormSection title={t("bands")} description={t("bandsHint")}>
      <div className="grid gap-4 sm:grid-cols-2">
        {BANDS.map(([field, label]) => (
          <FormField key={field} label={`${t(label)}, ${currency}`} error={msg(errors[field]?.message)}>
            <Input inputMode="decimal" autoComplete="off" {...form.register(field)} />
          </FormField>
        ))}
        <FormField label={t("nightFrom")} error={msg(errors.nightFromHour?.message)}>
          <Input type="number" inputMode="numeric" min={0} max={23} {...form.register("nightFromHour", { valueAsNumber: true })} />
        </FormField>
        <FormField label={t("nightTo")} error={msg(errors.nightToHour?.message)}>
          <Input type="number" inputMode="numeric" min={0} max={23} {...form.register("nightToHour", { valueAsNumber: true })} />
        </FormField>
      </div>
    </FormSection>
  );
}
