"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { FormField } from "@/app/_components/ui/form-field";
import { controlClass, Input } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
import { cn } from "@/app/_lib/cn";
import type { HotlineData, HotlineInput } from "@/server/hotlines/hotlines.schema";
import { FormSection } from "./form-section";

type Form = UseFormReturn<HotlineInput, unknown, HotlineData>;

function Checkbox({ form, name, label }: { form: Form; name: "recordingEnabled" | "menuEnabled"; label: string }) {
  return (
    <label className="flex items-center gap-2 text-sm font-medium text-zinc-800">
      <input type="checkbox" className="size-4 rounded border-zinc-300 text-indigo-600 focus:ring-indigo-500" {...form.register(name)} />
      {label}
    </label>
  );
}

export { Checkbox as HotlineCheckbox };

/** Overflow, after hours, recording and caller pricing: what happens besides "wait in the queue". */
export function RoutingFields({ form, currency }: { form: Form; currency: string }) {
  const t = useTranslations("hotlines.form");
  const { errors } = form.formState;
  const [overflow, afterHours, recording, pricing] = form.watch(["overflowAction", "afterHoursMode", "recordingEnabled", "callerPricing"]);
  const text = (name: "consentEn" | "consentRu", label: string) => (
    <FormField label={label} error={errors[name]?.message}>
      <textarea rows={2} placeholder={t("recording.placeholder")} className={cn(controlClass, "min-h-16 py-2")} {...form.register(name)} />
    </FormField>
  );
  return (
    <>
      <FormSection title={t("overflow.title")} description={t("overflow.description")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("overflow.action")} error={errors.overflowAction?.message}>
            <Select {...form.register("overflowAction")}>
              <option value="VOICEMAIL">{t("actions.VOICEMAIL")}</option>
              <option value="FORWARD">{t("actions.FORWARD")}</option>
            </Select>
          </FormField>
          {overflow === "FORWARD" ? (
            <FormField label={t("forwardTo")} error={errors.overflowForwardTo?.message}>
              <Input type="tel" inputMode="tel" autoComplete="off" {...form.register("overflowForwardTo")} />
            </FormField>
          ) : null}
        </div>
      </FormSection>
      <FormSection title={t("afterHours.title")} description={t("afterHours.description")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("afterHours.mode")} error={errors.afterHoursMode?.message}>
            <Select {...form.register("afterHoursMode")}>
              <option value="FROM_TERMS">{t("actions.FROM_TERMS")}</option>
              <option value="VOICEMAIL">{t("actions.VOICEMAIL")}</option>
              <option value="FORWARD">{t("actions.FORWARD")}</option>
            </Select>
          </FormField>
          {afterHours === "FORWARD" ? (
            <FormField label={t("forwardTo")} error={errors.afterHoursForwardTo?.message}>
              <Input type="tel" inputMode="tel" autoComplete="off" {...form.register("afterHoursForwardTo")} />
            </FormField>
          ) : null}
        </div>
      </FormSection>
      <FormSection title={t("recording.title")} description={t("recording.description")}>
        <Checkbox form={form} name="recordingEnabled" label={t("recording.enabled")} />
        {recording ? (
          <div className="grid gap-4 sm:grid-cols-2">
            {text("consentRu", t("recording.consentRu"))}
            {text("consentEn", t("recording.consentEn"))}
          </div>
        ) : null}
      </FormSection>
      <FormSection title={t("pricing.title")} description={t("pricing.description")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("pricing.mode")} error={errors.callerPricing?.message}>
            <Select {...form.register("callerPricing")}>
              <option value="FREE">{t("pricing.FREE")}</option>
              <option value="PER_MINUTE">{t("pricing.PER_MINUTE")}</option>
            </Select>
          </FormField>
          {pricing === "PER_MINUTE" ? (
            <FormField label={t("pricing.price", { currency })} hint={t("pricing.priceHint")} error={errors.callerPricePerMinute?.message}>
              <Input inputMode="decimal" autoComplete="off" placeholder="49.90" {...form.register("callerPricePerMinute")} />
            </FormField>
          ) : null}
        </div>
      </FormSection>
    </>
  );
}
