"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { useToast } from "@/app/_components/ui/toast";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { useTRPCClient } from "@/app/_trpc/client";
import { restrictedKeySchema } from "@/server/billing/policy.schema";

type Values = z.infer<typeof restrictedKeySchema>;

/** The other way in: the agency's own restricted key (rk_…), checked by Stripe before we seal and keep it. */
export function RestrictedKeyForm({ agencySlug }: { agencySlug: string }) {
  const t = useTranslations("billing.connection.key");
  const tt = useTranslations();
  const tc = useTranslations("common");
  const api = useTRPCClient();
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(restrictedKeySchema), defaultValues: { key: "" } });
  const { errors, isSubmitting } = form.formState;
  const keyError = errors.key?.message;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await api.billing.connectWithKey.mutate({ agencySlug, ...values });
      toast.success(t("saved"));
      form.reset();
      router.refresh();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["key"], tc("unexpectedError")));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 border-t border-zinc-100 pt-5 lg:border-t-0 lg:border-l lg:pt-0 lg:pl-6">
      {formError ? <Alert>{formError}</Alert> : null}
      <FormField label={t("label")} hint={t("hint")} error={keyError && tt.has(keyError as never) ? tt(keyError as never) : keyError}>
        <Input type="password" autoComplete="off" spellCheck={false} placeholder="rk_live_…" {...form.register("key")} />
      </FormField>
      <Button type="submit" variant="secondary" loading={isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}
