"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { useTRPCClient } from "@/app/_trpc/client";
import { HOTLINE_LANGUAGES, testCallFields, type TestCallInput } from "@/server/hotlines/hotlines.schema";
import { TestCallLive } from "./test-call-live";

type Props = { agencySlug: string; clientSlug: string; hotlineId: string; canManage: boolean; carrier: "TWILIO" | "EMULATOR"; hasNumber: boolean; languages: string[]; timeZone: string };
const FIELDS = ["from", "language", "digits", "staySeconds"] as const;

/**
 * "Place a test call": the carrier emulator rings the hotline as a caller would (number, language, digits
 * pressed at the menu, how long they stay), and the call's events appear below as the call path records them.
 */
export function TestCallPanel({ agencySlug, clientSlug, hotlineId, canManage, carrier, hasNumber, languages, timeZone }: Props) {
  const t = useTranslations("hotlines.testCall");
  const tl = useTranslations("hotlines.languages");
  const tc = useTranslations("common");
  const api = useTRPCClient();
  const [callSid, setCallSid] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TestCallInput>({
    resolver: zodResolver(testCallFields),
    defaultValues: { from: "+7 916 123-45-67", language: (languages[0] ?? "ru") as "ru", digits: "", staySeconds: "30" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    setFormError(null);
    try {
      const r = await api.hotline.placeTestCall.mutate({ agencySlug, clientSlug, hotlineId, ...v });
      setCallSid(r.callSid);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS, tc("unexpectedError")));
    }
  });
  const blocked = carrier === "TWILIO" ? t("needsEmulator") : !canManage ? t("adminsOnly") : !hasNumber ? t("needsNumber") : null;

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {blocked ? (
          <Alert tone="info">{blocked}</Alert>
        ) : (
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            {formError ? <Alert>{formError}</Alert> : null}
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField label={t("from")} error={errors.from?.message}>
                <Input type="tel" inputMode="tel" autoComplete="off" {...form.register("from")} />
              </FormField>
              <FormField label={t("language")} error={errors.language?.message}>
                <Select {...form.register("language")}>
                  {HOTLINE_LANGUAGES.map((l) => (
                    <option key={l} value={l}>
                      {tl(l)}
                    </option>
                  ))}
                </Select>
              </FormField>
              <FormField label={t("digits")} hint={t("digitsHint")} error={errors.digits?.message}>
                <Input inputMode="tel" autoComplete="off" placeholder="1" {...form.register("digits")} />
              </FormField>
              <FormField label={t("stay")} hint={t("stayHint")} error={errors.staySeconds?.message}>
                <Input type="number" inputMode="numeric" min={5} max={600} {...form.register("staySeconds")} />
              </FormField>
            </div>
            <Button type="submit" loading={isSubmitting}>
              {t("place")}
            </Button>
          </form>
        )}
        {callSid ? <TestCallLive agencySlug={agencySlug} clientSlug={clientSlug} hotlineId={hotlineId} callSid={callSid} timeZone={timeZone} /> : null}
      </CardContent>
    </Card>
  );
}
