"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { SettingsFormCard } from "@/app/_components/ui/settings-form-card";
import { FormField } from "@/app/_components/ui/form-field";
import { Select } from "@/app/_components/ui/select";
import { useToast } from "@/app/_components/ui/toast";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import { DIGEST_FREQUENCIES, digestFrequencySchema, type DigestInput } from "@/server/reports/digest.schema";

/** The portal user's own e-mail digest: none, daily or weekly (each user of the client chooses for themselves). */
export function DigestPreference({ clientSlug, initial }: { clientSlug: string; initial: DigestInput["digest"] }) {
  const t = useTranslations("digest");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const toast = useToast();
  const save = useMutation(trpc.digest.set.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<DigestInput>({ resolver: zodResolver(digestFrequencySchema), defaultValues: { digest: initial } });
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = await save.mutateAsync({ clientSlug, ...values });
      form.reset(saved);
      toast.success(t("saved"));
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["digest"], tc("unexpectedError")));
    }
  });

  return (
    <SettingsFormCard title={t("title")} description={t("description")} onSubmit={onSubmit} formError={formError} saveLabel={t("save")} saving={isSubmitting} dirty={isDirty}>
      <FormField label={t("label")} error={errors.digest?.message}>
        <Select {...form.register("digest")} wrapperClassName="max-w-xs">
          {DIGEST_FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {t(`options.${f}`)}
            </option>
          ))}
        </Select>
      </FormField>
    </SettingsFormCard>
  );
}
