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
import { useToast } from "@/app/_components/ui/toast";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { requestChangesSchema } from "@/server/terms/inputs.schema";
import { TextArea } from "./text-area";
import { useTermsApi, type TermsScope } from "./terms-api";

const schema = requestChangesSchema.pick({ comment: true });
type Values = z.input<typeof schema>;

/** Sends a submitted version back to draft, with a comment saying what should change (it is e-mailed). */
export function RequestChangesDialog({ scope, number, open, onOpenChange }: { scope: TermsScope; number: number; open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations("terms.requestChanges");
  const tc = useTranslations("common");
  const api = useTermsApi(scope);
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { comment: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (v) => {
    setFormError(null);
    try {
      await api.requestChanges(number, v.comment);
      toast.success(t("done", { number }));
      onOpenChange(false);
      form.reset();
      router.refresh();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["comment"], tc("unexpectedError")));
    }
  });

  return (
    <Dialog open={open} onOpenChange={(next) => (isSubmitting ? undefined : onOpenChange(next))} title={t("title", { number })} description={t("description")}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {formError ? <Alert>{formError}</Alert> : null}
        <FormField label={t("comment")} error={errors.comment?.message}>
          <TextArea rows={5} data-autofocus placeholder={t("placeholder")} {...form.register("comment")} />
        </FormField>
        <DialogFooter>
          <Button variant="secondary" onClick={() => onOpenChange(false)} disabled={isSubmitting}>
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
