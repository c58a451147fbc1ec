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
import { useToast } from "@/app/_components/ui/toast";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { useTRPCClient } from "@/app/_trpc/client";
import { RETENTION_MAX_DAYS, RETENTION_MIN_DAYS, retentionFormSchema } from "@/server/data/retention.schema";

const FIELDS = ["recordingRetentionDays"] as const;
type FormValues = { recordingRetentionDays: string };

/** How long call recordings and voicemails are kept (ADMIN+); empty keeps them forever. */
export function RetentionForm({ agencySlug, initialDays }: { agencySlug: string; initialDays: number | null }) {
  const t = useTranslations("data.retention");
  const tt = useTranslations();
  const tc = useTranslations("common");
  const api = useTRPCClient();
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<FormValues, unknown, z.output<typeof retentionFormSchema>>({
    resolver: zodResolver(retentionFormSchema),
    defaultValues: { recordingRetentionDays: initialDays === null ? "" : String(initialDays) },
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const msg = (m?: string) => (m && tt.has(m as never) ? tt(m as never) : m);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = await api.dataPolicy.setRetention.mutate({ agencySlug, recordingRetentionDays: values.recordingRetentionDays });
      toast.success(t("saved"));
      form.reset({ recordingRetentionDays: saved.recordingRetentionDays === null ? "" : String(saved.recordingRetentionDays) });
      router.refresh();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS, tc("unexpectedError")));
    }
  });

  return (
    <SettingsFormCard title={t("title")} description={t("description")} onSubmit={onSubmit} formError={formError} saveLabel={t("save")} saving={isSubmitting} dirty={isDirty} footerClassName="justify-end">
      <FormField label={t("days")} hint={t("hint", { min: RETENTION_MIN_DAYS, max: RETENTION_MAX_DAYS })} error={msg(errors.recordingRetentionDays?.message)}>
        <Input type="text" inputMode="numeric" placeholder={t("forever")} className="max-w-40" {...form.register("recordingRetentionDays")} />
      </FormField>
      <p className="text-sm text-zinc-500">{t("carrier")}</p>
    </SettingsFormCard>
  );
}
