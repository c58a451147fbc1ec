"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "@/app/_trpc/client";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardFooter } from "@/app/_components/ui/card";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { signInAndGo } from "@/app/_lib/sign-in-and-go";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { signUpSchema } from "@/server/auth/auth.schema";

const FIELDS = ["name", "email", "password", "agencyName"] as const;

export function SignUpForm() {
  const t = useTranslations("signup");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const form = useForm<z.input<typeof signUpSchema>, unknown, z.output<typeof signUpSchema>>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: "", email: "", password: "", agencyName: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { agencySlug } = await signUp.mutateAsync(values);
      setRedirecting(true);
      if (!(await signInAndGo(values.email, values.password, `/a/${agencySlug}`))) window.location.assign("/signin");
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS, tc("unexpectedError")));
    }
  });

  return (
    <Card>
      <form onSubmit={onSubmit} method="post" noValidate>
        <CardContent className="space-y-5 pt-6 sm:pt-7">
          <div>
            <h1 className="text-xl font-semibold tracking-tight text-zinc-900">{t("title")}</h1>
            <p className="mt-1 text-sm text-zinc-500">{t("subtitle")}</p>
          </div>
          {formError ? <Alert>{formError}</Alert> : null}
          <FormField label={t("name")} error={errors.name?.message}>
            <Input autoComplete="name" autoFocus {...form.register("name")} />
          </FormField>
          <FormField label={t("email")} error={errors.email?.message}>
            <Input type="email" autoComplete="email" inputMode="email" {...form.register("email")} />
          </FormField>
          <FormField label={t("password")} hint={t("passwordHint")} error={errors.password?.message}>
            <Input type="password" autoComplete="new-password" {...form.register("password")} />
          </FormField>
          <FormField label={t("agencyName")} hint={t("agencyNameHint")} error={errors.agencyName?.message}>
            <Input autoComplete="organization" {...form.register("agencyName")} />
          </FormField>
          <Button type="submit" size="lg" className="w-full" loading={isSubmitting || redirecting}>
            {t("submit")}
          </Button>
          <p className="text-center text-xs text-zinc-500">{t("ownerNote")}</p>
        </CardContent>
        <CardFooter className="justify-center rounded-b-xl bg-zinc-50/60 text-sm text-zinc-600">
          {t("haveAccount")}{" "}
          <Link href="/signin" className="font-medium text-indigo-600 hover:text-indigo-500">
            {t("signIn")}
          </Link>
        </CardFooter>
      </form>
    </Card>
  );
}
