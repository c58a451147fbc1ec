"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogFooter } from "@/app/_components/ui/dialog";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { useToast } from "@/app/_components/ui/toast";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { CheckBox } from "./check-box";
import { useTermsApi, type TermsScope } from "./terms-api";

const schema = z
  .object({ later: z.boolean(), date: z.string(), time: z.string() })
  .refine((v) => !v.later || /^\d{4}-\d{2}-\d{2}$/.test(v.date), { message: "validation.terms.date", path: ["date"] })
  .refine((v) => !v.later || /^\d{2}:\d{2}$/.test(v.time), { message: "validation.terms.time", path: ["time"] });
type Values = z.infer<typeof schema>;

/**
 * Approves a submitted version, now or from a date and time in the client's time zone (a new script
 * "from Monday 09:00"). For agency staff the approval is on the client's behalf, and the dialog says so.
 */
export function ApproveDialog({ scope, number, timezone, open, onOpenChange }: { scope: TermsScope; number: number; timezone: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations("terms.approve");
  const tc = useTranslations("common");
  const api = useTermsApi(scope);
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { later: false, date: "", time: "09:00" } });
  const later = form.watch("later");
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (v) => {
    setFormError(null);
    try {
      await api.approve(number, v.later ? `${v.date}T${v.time}` : undefined);
      toast.success(t("done", { number }), scope.kind === "agency" ? t("doneOnBehalf") : undefined);
      onOpenChange(false);
      router.refresh();
    } catch (error) {
      // The server names the combined field; it belongs next to the date.
      const message = applyServerErrors<{ effectiveFromLocal: string }>(error, (_field, e) => form.setError("date", e, { shouldFocus: true }), ["effectiveFromLocal"], tc("unexpectedError"));
      setFormError(message);
    }
  });

  return (
    <Dialog open={open} onOpenChange={(next) => (isSubmitting ? undefined : onOpenChange(next))} title={t("title", { number })} description={scope.kind === "agency" ? t("descriptionAgency") : t("descriptionPortal")}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {formError ? <Alert>{formError}</Alert> : null}
        {scope.kind === "agency" ? <Alert tone="warning">{t("onBehalfNote")}</Alert> : null}
        <CheckBox label={t("later")} hint={t("laterHint")} {...form.register("later")} />
        {later ? (
          <div className="grid grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)] gap-3">
            <FormField label={t("date")} error={errors.date?.message}>
              <Input type="date" data-autofocus {...form.register("date")} />
            </FormField>
            <FormField label={t("time")} error={errors.time?.message}>
              <Input type="time" {...form.register("time")} />
            </FormField>
          </div>
        ) : null}
        <p className="text-sm text-zinc-500">{later ? t("zone", { zone: timezone }) : t("now")}</p>
        <DialogFooter>
          <Button variant="secondary" onClick={() => onOpenChange(false)} disabled={isSubmitting}>
            {tc("cancel")}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {scope.kind === "agency" ? t("submitOnBehalf") : t("submit")}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
