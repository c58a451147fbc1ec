"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/app/_components/ui/alert";
import { Button, buttonClass } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
import { useToast } from "@/app/_components/ui/toast";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { useTRPCClient } from "@/app/_trpc/client";
import { hotlineSchema, LIMITS, type HotlineData, type HotlineInput } from "@/server/hotlines/hotlines.schema";
import { FormSection } from "./form-section";
import { LanguageFields } from "./language-fields";
import { MenuEditor } from "./menu-editor";
import { RoutingFields } from "./routing-fields";

export type HotlineFormProps = {
  agencySlug: string;
  clientSlug: string;
  client: { country: string; currency: string };
  initial: HotlineInput;
  hotlineId?: string;
};

// Server field errors land next to these fields; others show above the form.
const FIELDS = [
  "name", "languages", "priority", "maxWaitSeconds", "maxQueueSize", "wrapUpSeconds", "overflowAction", "overflowForwardTo", "afterHoursMode",
  "afterHoursForwardTo", "recordingEnabled", "consentEn", "consentRu", "menuEnabled", "menuPromptEn", "menuPromptRu", "menuOptions", "callerPricing",
  "callerPricePerMinute",
] as const satisfies readonly (keyof HotlineInput)[];

/** Create or edit a hotline. The form checks with the server's schema (in the client's country); the server checks again. */
export function HotlineForm({ agencySlug, clientSlug, client, initial, hotlineId }: HotlineFormProps) {
  const t = useTranslations("hotlines.form");
  const tc = useTranslations("common");
  const api = useTRPCClient();
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(() => hotlineSchema(client.country), [client.country]);
  const form = useForm<HotlineInput, unknown, HotlineData>({ resolver: zodResolver(schema), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const base = `/a/${agencySlug}/clients/${clientSlug}/hotlines`;

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    const values = form.getValues();
    try {
      const s = { agencySlug, clientSlug };
      const saved = hotlineId ? await api.hotline.update.mutate({ ...s, hotlineId, ...values }) : await api.hotline.create.mutate({ ...s, ...values });
      toast.success(t(hotlineId ? "saved" : "created", { name: saved.name }));
      router.push(`${base}/${saved.id}`);
      router.refresh();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS, tc("unexpectedError")));
    }
  });

  const num = (field: keyof typeof LIMITS, label: string, hint: string) => (
    <FormField label={label} hint={hint} error={errors[field]?.message}>
      <Input type="number" inputMode="numeric" min={LIMITS[field][0]} max={LIMITS[field][1]} {...form.register(field)} />
    </FormField>
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Card className="p-5 sm:p-6">
        {formError ? <Alert className="mb-6">{formError}</Alert> : null}
        <FormSection title={t("basics.title")} description={t("basics.description")}>
          <FormField label={t("basics.name")} error={errors.name?.message}>
            <Input autoComplete="off" placeholder={t("basics.namePlaceholder")} data-autofocus {...form.register("name")} />
          </FormField>
          <LanguageFields form={form} />
        </FormSection>
        <FormSection title={t("queue.title")} description={t("queue.description")}>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField label={t("queue.priority")} hint={t("queue.priorityHint")} error={errors.priority?.message}>
              <Select {...form.register("priority")}>
                {Array.from({ length: 10 }, (_, i) => String(i + 1)).map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </Select>
            </FormField>
            {num("maxWaitSeconds", t("queue.maxWait"), t("queue.maxWaitHint"))}
            {num("maxQueueSize", t("queue.maxSize"), t("queue.maxSizeHint"))}
            {num("wrapUpSeconds", t("queue.wrapUp"), t("queue.wrapUpHint"))}
          </div>
        </FormSection>
        <RoutingFields form={form} currency={client.currency} />
        <MenuEditor form={form} />
        <div className="flex flex-col-reverse gap-2 border-t border-zinc-200 pt-6 sm:flex-row sm:justify-end">
          <Link href={hotlineId ? `${base}/${hotlineId}` : base} className={buttonClass({ variant: "secondary" })}>
            {tc("cancel")}
          </Link>
          <Button type="submit" loading={isSubmitting}>
            {t(hotlineId ? "save" : "create")}
          </Button>
        </div>
      </Card>
    </form>
  );
}
