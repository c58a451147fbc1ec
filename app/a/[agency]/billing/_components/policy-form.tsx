"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { SettingsFormCard } from "@/app/_components/ui/settings-form-card";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
import { useToast } from "@/app/_components/ui/toast";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { useTRPCClient } from "@/app/_trpc/client";
import { FAILED_PAYMENT_ACTIONS, PRORATION_BEHAVIORS, policyInputSchema, type PolicyInput } from "@/server/billing/policy.schema";

const FIELDS = ["failedPaymentAction", "suspendAfterDays", "prorationBehavior"] as const;

/** What happens when a client does not pay, and how plan changes are prorated. Read-only below ADMIN. */
export function PolicyForm({ agencySlug, initial, canManage }: { agencySlug: string; initial: PolicyInput; canManage: boolean }) {
  const t = useTranslations("billing.policy");
  const tt = useTranslations();
  const tc = useTranslations("common");
  const api = useTRPCClient();
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PolicyInput, unknown, z.output<typeof policyInputSchema>>({ resolver: zodResolver(policyInputSchema), defaultValues: initial });
  const { errors, isSubmitting, isDirty } = form.formState;
  const action = form.watch("failedPaymentAction");
  const msg = (m?: string) => (m && tt.has(m as never) ? tt(m as never) : m);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await api.billing.updatePolicy.mutate({ agencySlug, ...values });
      toast.success(t("saved"));
      form.reset(values);
      router.refresh();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS, tc("unexpectedError")));
    }
  });

  return (
    <SettingsFormCard title={t("title")} description={t("description")} onSubmit={onSubmit} formError={formError} saveLabel={canManage ? t("save") : null} saving={isSubmitting} dirty={isDirty} footerClassName="justify-end">
      <fieldset disabled={!canManage} className="grid gap-4 sm:grid-cols-3">
        <FormField label={t("failedPaymentAction")} error={msg(errors.failedPaymentAction?.message)}>
          <Select {...form.register("failedPaymentAction")}>
            {FAILED_PAYMENT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`action.${a}`)}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label={t("suspendAfterDays")} hint={action === "SUSPEND" ? t("suspendHint") : t("warnHint")} error={msg(errors.suspendAfterDays?.message)}>
          <Input type="number" inputMode="numeric" min={1} max={90} disabled={action !== "SUSPEND" || !canManage} {...form.register("suspendAfterDays")} />
        </FormField>
        <FormField label={t("prorationBehavior")} hint={t("prorationHint")} error={msg(errors.prorationBehavior?.message)}>
          <Select {...form.register("prorationBehavior")}>
            {PRORATION_BEHAVIORS.map((p) => (
              <option key={p} value={p}>
                {t(`proration.${p}`)}
              </option>
            ))}
          </Select>
        </FormField>
      </fieldset>
    </SettingsFormCard>
  );
}
