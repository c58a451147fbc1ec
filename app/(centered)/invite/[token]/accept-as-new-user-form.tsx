"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { signInAndGo } from "@/app/_lib/sign-in-and-go";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import { acceptAsNewUserSchema } from "@/server/team/team.schema";

const FIELDS = ["name", "password"] as const;

/** No account yet for the invited e-mail: a name and a password make one and join in one step. */
export function AcceptAsNewUserForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invite");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const accept = useMutation(trpc.invitation.acceptAsNewUser.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const form = useForm<z.input<typeof acceptAsNewUserSchema>, unknown, z.output<typeof acceptAsNewUserSchema>>({
    resolver: zodResolver(acceptAsNewUserSchema),
    defaultValues: { token, name: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await accept.mutateAsync(values);
      setRedirecting(true);
      if (!(await signInAndGo(result.email, values.password, result.landing))) window.location.assign("/signin");
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS, tc("unexpectedError")));
    }
  });

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-5">
      <p className="text-sm text-zinc-600">{t("createAccount")}</p>
      {formError ? <Alert>{formError}</Alert> : null}
      <FormField label={t("email")}>
        <Input type="email" value={email} readOnly autoComplete="username" />
      </FormField>
      <FormField label={t("name")} error={errors.name?.message}>
        <Input autoComplete="name" autoFocus {...form.register("name")} />
      </FormField>
      <FormField label={t("password")} hint={t("passwordHint")} error={errors.password?.message}>
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </FormField>
      <Button type="submit" size="lg" className="w-full" loading={isSubmitting || redirecting}>
        {t("accept")}
      </Button>
    </form>
  );
}
