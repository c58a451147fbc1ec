"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { DialogFooter } from "@/app/_components/ui/dialog";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { DOCUMENT_KINDS, documentFormSchema, type DocumentFormValues } from "@/server/documents/document.schema";

const FIELDS = ["kind", "title", "number", "issuer", "validFrom", "validUntil"] as const;
export const EMPTY_DOCUMENT: DocumentFormValues = { kind: "CONTRACT", title: "", number: "", issuer: "", validFrom: "", validUntil: "" };

/**
 * The details of a document, with the procedure's own schema. Server refusals land next to their field;
 * one without a field (the file) shows above the form. `top` renders above the fields (the file).
 */
export function DocumentForm({
  defaultValues,
  submitLabel,
  onSubmit,
  onCancel,
  cancelLabel,
  top,
}: {
  defaultValues: DocumentFormValues;
  submitLabel: string;
  onSubmit: (values: z.output<typeof documentFormSchema>) => Promise<void>;
  onCancel: () => void;
  cancelLabel: string;
  top?: ReactNode;
}) {
  const t = useTranslations("documents.form");
  const tk = useTranslations("documents.kinds");
  const tc = useTranslations("common");
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<DocumentFormValues, unknown, z.output<typeof documentFormSchema>>({ resolver: zodResolver(documentFormSchema), defaultValues });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS, tc("unexpectedError")));
    }
  });

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {formError ? <Alert>{formError}</Alert> : null}
      {top}
      <FormField label={t("kind")} error={errors.kind?.message}>
        <Select {...form.register("kind")}>
          {DOCUMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {tk(k)}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField label={t("title")} hint={t("titleHint")} error={errors.title?.message}>
        <Input autoComplete="off" placeholder={t("titlePlaceholder")} {...form.register("title")} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("number")} error={errors.number?.message}>
          <Input autoComplete="off" placeholder={t("numberPlaceholder")} {...form.register("number")} />
        </FormField>
        <FormField label={t("issuer")} error={errors.issuer?.message}>
          <Input autoComplete="off" placeholder={t("issuerPlaceholder")} {...form.register("issuer")} />
        </FormField>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("validFrom")} error={errors.validFrom?.message}>
          <Input type="date" {...form.register("validFrom")} />
        </FormField>
        <FormField label={t("validUntil")} hint={t("validUntilHint")} error={errors.validUntil?.message}>
          <Input type="date" {...form.register("validUntil")} />
        </FormField>
      </div>
      <DialogFooter>
        <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
          {cancelLabel}
        </Button>
        <Button type="submit" loading={isSubmitting}>
          {submitLabel}
        </Button>
      </DialogFooter>
    </form>
  );
}
