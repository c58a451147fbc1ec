"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, type Path } from "react-hook-form";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { useToast } from "@/app/_components/ui/toast";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import { clientFieldsSchema, type ClientFields, type ClientFieldsInput } from "@/server/clients/clients.schema";
import { ContactsFields } from "./contacts-fields";
import { detailDefaults } from "./form-defaults";
import { RegionFields } from "./region-fields";
import type { RegionOptions } from "./region-options";

type Props = {
  agencySlug: string;
  /** Set when editing an existing client. */
  clientSlug?: string;
  defaults: ClientFieldsInput;
  options: RegionOptions;
  /** The person may only look (not an admin, or the client ended); the reason, if the page does not say it already. */
  readOnly?: boolean;
  readOnlyReason?: string;
};

const FIELDS = ["name", "legalName", "taxId", "country", "timezone", "locale", "currency"] as const;
const contactFields = (n: number) =>
  Array.from({ length: n }, (_, i) => (["id", "name", "role", "email", "phone"] as const).map((f) => `contacts.${i}.${f}` as Path<ClientFieldsInput>)).flat();

/** Create or edit a client: the same zod schema as the procedure, so the errors are the same in both places. */
export function ClientForm({ agencySlug, clientSlug, defaults, options, readOnly = false, readOnlyReason }: Props) {
  const t = useTranslations("clients.form");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ClientFieldsInput, unknown, ClientFields>({ resolver: zodResolver(clientFieldsSchema), defaultValues: defaults });
  const { errors, isSubmitting, isDirty } = form.formState;
  const create = useMutation(trpc.client.create.mutationOptions());
  const update = useMutation(trpc.client.update.mutationOptions());

  // The procedure parses the same schema, so it gets what the person typed, not the parsed output.
  const onSubmit = form.handleSubmit(async () => {
    const values = form.getValues();
    setFormError(null);
    try {
      if (!clientSlug) {
        const created = await create.mutateAsync({ agencySlug, ...values });
        toast.success(t("created", { name: created.name }));
        router.push(`/a/${agencySlug}/clients/${created.slug}`);
        return;
      }
      const saved = await update.mutateAsync({ agencySlug, clientSlug, ...values });
      // Show what was stored (phones in E.164, the currency the country gave).
      form.reset(detailDefaults(saved));
      toast.success(t("saved"));
      router.refresh();
    } catch (error) {
      const fields = [...FIELDS, ...contactFields(form.getValues("contacts")?.length ?? 0)];
      setFormError(applyServerErrors(error, form.setError, fields, tc("unexpectedError")));
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-6">
        {readOnlyReason ? <Alert tone="info">{readOnlyReason}</Alert> : null}
        {formError ? <Alert>{formError}</Alert> : null}
        <fieldset disabled={readOnly} className="space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("company")}</CardTitle>
              <CardDescription>{t("companyHint")}</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-5 sm:grid-cols-2">
              <div className="sm:col-span-2">
                <FormField label={t("name")} hint={t("nameHint")} error={errors.name?.message}>
                  <Input autoComplete="organization" data-autofocus {...form.register("name")} />
                </FormField>
              </div>
              <FormField label={t("legalName")} hint={t("legalNameHint")} error={errors.legalName?.message}>
                <Input autoComplete="off" {...form.register("legalName")} />
              </FormField>
              <FormField label={t("taxId")} hint={t("taxIdHint")} error={errors.taxId?.message}>
                <Input autoComplete="off" inputMode="numeric" {...form.register("taxId")} />
              </FormField>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("region")}</CardTitle>
              <CardDescription>{t("regionHint")}</CardDescription>
            </CardHeader>
            <CardContent>
              <RegionFields options={options} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("contacts.title")}</CardTitle>
              <CardDescription>{t("contacts.description")}</CardDescription>
            </CardHeader>
            <CardContent>
              <ContactsFields disabled={readOnly} />
            </CardContent>
            {!readOnly ? (
              <CardFooter className="justify-end">
                {clientSlug ? (
                  <Button variant="secondary" disabled={!isDirty || isSubmitting} onClick={() => form.reset()}>
                    {t("discard")}
                  </Button>
                ) : (
                  <Button variant="secondary" disabled={isSubmitting} onClick={() => router.push(`/a/${agencySlug}/clients`)}>
                    {tc("cancel")}
                  </Button>
                )}
                <Button type="submit" loading={isSubmitting}>
                  {clientSlug ? t("save") : t("create")}
                </Button>
              </CardFooter>
            ) : null}
          </Card>
        </fieldset>
      </form>
    </FormProvider>
  );
}
