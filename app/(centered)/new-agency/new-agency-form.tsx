"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { ChevronLeftIcon } from "@/app/_components/icons";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardFooter } from "@/app/_components/ui/card";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import { agencyNameSchema } from "@/server/auth/auth.schema";

const schema = z.object({ name: agencyNameSchema });

export function NewAgencyForm({ email, backTo }: { email: string; backTo: { slug: string; name: string } | null }) {
  const t = useTranslations("newAgency");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.agency.create.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { name: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const agency = await create.mutateAsync(values);
      router.push(`/a/${agency.slug}`);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["name"], tc("unexpectedError")));
    }
  });

  return (
    <>
      {backTo ? (
        <Link href={`/a/${backTo.slug}`} className="mb-3 inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-800">
          <ChevronLeftIcon />
          {t("backTo", { name: backTo.name })}
        </Link>
      ) : null}
      <Card>
        <form onSubmit={onSubmit} noValidate>
          <CardContent className="space-y-5 pt-6 sm:pt-7">
            <div>
              <h1 className="text-xl font-semibold tracking-tight text-zinc-900">{t("title")}</h1>
              <p className="mt-1 text-sm text-zinc-500">{backTo ? t("subtitle") : t("subtitleFirst")}</p>
            </div>
            {formError ? <Alert>{formError}</Alert> : null}
            <FormField label={t("name")} hint={t("nameHint")} error={errors.name?.message}>
              <Input autoComplete="organization" autoFocus {...form.register("name")} />
            </FormField>
            <Button type="submit" size="lg" className="w-full" loading={isSubmitting || create.isSuccess}>
              {t("submit")}
            </Button>
          </CardContent>
          <CardFooter className="flex-wrap justify-center gap-x-1 rounded-b-xl bg-zinc-50/60 text-sm text-zinc-600">
            {t("signedInAs", { email })}
            <button type="button" onClick={() => signOut({ callbackUrl: "/signin" })} className="font-medium text-indigo-600 hover:text-indigo-500 focus-visible:rounded-sm focus-visible:outline-2 focus-visible:outline-indigo-600">
              {tc("signOut")}
            </button>
          </CardFooter>
        </form>
      </Card>
    </>
  );
}
