"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardFooter } from "@/app/_components/ui/card";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { emailSchema } from "@/server/auth/auth.schema";

// server/auth.ts LOCKED_PREFIX: next-auth hands the thrown message back as the error code.
const LOCKED_PREFIX = "LOCKED:";

const signInSchema = z.object({ email: emailSchema, password: z.string().min(1, "validation.required") });
type SignInValues = z.input<typeof signInSchema>;

export function SignInForm({ callbackUrl, initialError, initialEmail }: { callbackUrl: string; initialError: string | null; initialEmail: string }) {
  const t = useTranslations("signin");
  const format = useFormatter();
  const [errorCode, setErrorCode] = useState<string | null>(initialError);
  const [redirecting, setRedirecting] = useState(false);
  const form = useForm<SignInValues, unknown, z.output<typeof signInSchema>>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: initialEmail, password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const describe = (code: string): string => {
    if (code.startsWith(LOCKED_PREFIX)) {
      const until = new Date(code.slice(LOCKED_PREFIX.length));
      if (!Number.isNaN(until.getTime())) {
        // The person's own clock and time zone: they read it against the clock on their screen.
        const time = format.dateTime(until, { hour: "2-digit", minute: "2-digit", timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
        return t("locked", { time });
      }
    }
    if (code === "CredentialsSignin") return t("wrongCredentials");
    return t("failed");
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setErrorCode(null);
    const result = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
    if (result?.ok && !result.error) {
      // A full navigation: the session cookie and the person's saved language apply to everything at once.
      setRedirecting(true);
      window.location.assign(callbackUrl);
      return;
    }
    setErrorCode(result?.error ?? "failed");
    form.setValue("password", "");
    form.setFocus("password");
  });

  return (
    <Card>
      <form onSubmit={onSubmit} method="post" noValidate>
        <CardContent className="space-y-5 pt-6 sm:pt-7">
          <div>
            <h1 className="text-xl font-semibold tracking-tight text-zinc-900">{t("title")}</h1>
            <p className="mt-1 text-sm text-zinc-500">{t("subtitle")}</p>
          </div>
          {errorCode ? <Alert>{describe(errorCode)}</Alert> : null}
          <FormField label={t("email")} error={errors.email?.message}>
            <Input type="email" autoComplete="email" inputMode="email" autoFocus={!initialEmail} {...form.register("email")} />
          </FormField>
          <FormField label={t("password")} error={errors.password?.message}>
            <Input type="password" autoComplete="current-password" autoFocus={Boolean(initialEmail)} {...form.register("password")} />
          </FormField>
          <Button type="submit" size="lg" className="w-full" loading={isSubmitting || redirecting}>
            {t("submit")}
          </Button>
        </CardContent>
        <CardFooter className="justify-center bg-zinc-50/60 text-sm text-zinc-600 rounded-b-xl">
          {t("noAccount")}{" "}
          <Link href="/signup" className="font-medium text-indigo-600 hover:text-indigo-500">
            {t("createAccount")}
          </Link>
        </CardFooter>
      </form>
    </Card>
  );
}
