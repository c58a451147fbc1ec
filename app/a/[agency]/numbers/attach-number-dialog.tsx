"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogFooter } from "@/app/_components/ui/dialog";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { useToast } from "@/app/_components/ui/toast";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { useTRPCClient, useTRPC } from "@/app/_trpc/client";
import { formatPhone } from "@/server/lib/phone";
import { attachNumberSchema, type AttachNumberInput } from "@/server/numbers/numbers.schema";

/** Takes over a number the Twilio account already owns, by its PN… SID; our webhooks are set on it. */
export function AttachNumberDialog({ agencySlug, open, onClose }: { agencySlug: string; open: boolean; onClose: () => void }) {
  const t = useTranslations("numbers.attach");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const client = useTRPCClient();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AttachNumberInput>({ resolver: zodResolver(attachNumberSchema) });
  const { errors, isSubmitting } = form.formState;
  useEffect(() => {
    if (open) {
      setFormError(null);
      form.reset({ sid: "", friendlyName: "" });
    }
  }, [open, form]);

  const onSubmit = form.handleSubmit(async (v) => {
    setFormError(null);
    try {
      const row = await client.number.attach.mutate({ agencySlug, ...v });
      toast.success(t("done", { number: formatPhone(row.e164) }));
      await queryClient.invalidateQueries({ queryKey: trpc.number.list.queryKey({ agencySlug }) });
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["sid", "friendlyName"], tc("unexpectedError")));
    }
  });

  return (
    <Dialog open={open} onOpenChange={(o) => (o || isSubmitting ? undefined : onClose())} title={t("title")} description={t("description")}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {formError ? <Alert>{formError}</Alert> : null}
        <FormField label={t("sid")} hint={t("sidHint")} error={errors.sid?.message}>
          <Input autoComplete="off" spellCheck={false} placeholder="PN0123456789abcdef0123456789abcdef" className="font-mono" data-autofocus {...form.register("sid")} />
        </FormField>
        <FormField label={t("name")} labelAside={<span className="text-xs text-zinc-500">{t("optional")}</span>} error={errors.friendlyName?.message}>
          <Input autoComplete="off" {...form.register("friendlyName")} />
        </FormField>
        <DialogFooter>
          <Button variant="secondary" onClick={onClose} disabled={isSubmitting}>
            {tc("cancel")}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t("submit")}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
