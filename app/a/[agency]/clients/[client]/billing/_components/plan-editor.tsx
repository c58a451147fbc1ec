"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
import { useToast } from "@/app/_components/ui/toast";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { useTRPCClient } from "@/app/_trpc/client";
import type { PlanInput } from "@/server/billing/plan.schema";
import type { PlanView } from "@/server/billing/plan-view";
import { FormSection } from "../../hotlines/_components/form-section";
import { PlanBandFields } from "./plan-band-fields";
import { initialValues, PLAN_FIELDS, planResolver, type PlanFormState } from "./plan-form-values";
import { PlanTierFields } from "./plan-tier-fields";

/** A new plan version (ADMIN+), prefilled from the latest one; amounts typed in the client's currency. */
export function PlanEditor({ agencySlug, clientSlug, currency, current, timeZone }: { agencySlug: string; clientSlug: string; currency: string; current: PlanView | null; timeZone: string }) {
  const t = useTranslations("billing.plan.form");
  const tc = useTranslations("common");
  const tt = useTranslations();
  const api = useTRPCClient();
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(current === null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PlanFormState, unknown, PlanInput>({ resolver: planResolver(currency), defaultValues: initialValues(current, currency, timeZone) });
  const { errors, isSubmitting } = form.formState;
  const mode = form.watch("chargeMode");
  const msg = (m?: string) => (m && tt.has(m as never) ? tt(m as never) : m);
  const money = (field: "monthlyFeeMinor" | "setupFeeMinor" | "ratePerMinute" | "perCallPrice", label: string, hint?: string) => (
    <FormField label={`${label}, ${currency}`} hint={hint} error={msg(errors[field]?.message)}>
      <Input inputMode="decimal" autoComplete="off" {...form.register(field)} />
    </FormField>
  );
  const int = (field: "includedMinutes" | "minimumSeconds" | "freeUnderSeconds", label: string, hint?: string) => (
    <FormField label={label} hint={hint} error={msg(errors[field]?.message)}>
      <Input type="number" inputMode="numeric" min={0} {...form.register(field, { valueAsNumber: true })} />
    </FormField>
  );

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = await api.billing.client.savePlan.mutate({ agencySlug, clientSlug, ...values });
      toast.success(t("saved", { version: saved.version }), t("savedDescription"));
      setOpen(false);
      router.refresh();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, PLAN_FIELDS, tc("unexpectedError")));
    }
  });

  if (!open) {
    return (
      <div className="flex justify-end">
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t("open")}
        </Button>
      </div>
    );
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate className="px-5 pt-4 pb-5 sm:px-6">
        {formError ? <Alert className="mb-6">{formError}</Alert> : null}
        <FormSection title={t("pricing")}>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField label={t("effectiveFrom")} hint={t("effectiveFromHint", { timeZone: timeZone.replaceAll("_", " ") })} error={msg(errors.effectiveFrom?.message)}>
              <Input type="date" {...form.register("effectiveFrom")} />
            </FormField>
            <FormField label={t("chargeMode")} error={msg(errors.chargeMode?.message)}>
              <Select {...form.register("chargeMode")}>
                {(["PER_MINUTE", "PER_CALL"] as const).map((m) => (
                  <option key={m} value={m}>
                    {t(`chargeModes.${m}`)}
                  </option>
                ))}
              </Select>
            </FormField>
            {money("monthlyFeeMinor", t("monthlyFee"))}
            {money("setupFeeMinor", t("setupFee"))}
            {mode === "PER_CALL" ? money("perCallPrice", t("perCallPrice")) : int("includedMinutes", t("includedMinutes"), t("includedHint"))}
            {mode === "PER_MINUTE" ? money("ratePerMinute", t("ratePerMinute")) : null}
          </div>
        </FormSection>
        <FormSection title={t("counting")}>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField label={t("incrementSeconds")} error={msg(errors.incrementSeconds?.message)}>
              <Select {...form.register("incrementSeconds", { valueAsNumber: true })}>
                {[1, 6, 30, 60].map((s) => (
                  <option key={s} value={s}>
                    {t(`increments.${s}` as "increments.1")}
                  </option>
                ))}
              </Select>
            </FormField>
            <FormField label={t("billableTime")} error={msg(errors.billableTime?.message)}>
              <Select {...form.register("billableTime")}>
                {(["TALK", "TALK_WRAP_UP", "WHOLE_CALL"] as const).map((b) => (
                  <option key={b} value={b}>
                    {t(`billableTimes.${b}`)}
                  </option>
                ))}
              </Select>
            </FormField>
            {int("minimumSeconds", t("minimumSeconds"))}
            {int("freeUnderSeconds", t("freeUnderSeconds"), t("freeUnderHint"))}
          </div>
        </FormSection>
        {mode === "PER_MINUTE" ? <PlanTierFields form={form} currency={currency} msg={msg} /> : null}
        <PlanBandFields form={form} currency={currency} msg={msg} />
        <div className="flex flex-col-reverse gap-2 border-t border-zinc-200 pt-6 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => setOpen(false)} disabled={isSubmitting}>
            {t("cancel")}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t("save")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
