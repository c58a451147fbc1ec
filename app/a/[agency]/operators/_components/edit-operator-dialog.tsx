"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { PlusIcon, TrashIcon } from "@/app/_components/icons";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogFooter } from "@/app/_components/ui/dialog";
import { FieldError } from "@/app/_components/ui/field-error";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
import { useToast } from "@/app/_components/ui/toast";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import { operatorFieldsSchema, type OperatorFields } from "@/server/operators/operators.schema";

export type Operator = {
  userId: string; name: string | null; email: string; languages: string[]; hireDate: string | null; presence: string;
  skills: { target: "HOTLINE" | "CLIENT"; targetId: string; level: number; name: string }[];
};
export type Targets = { hotlines: { id: string; name: string }[]; clients: { id: string; name: string }[] };

const splitLanguages = (v: unknown) => (typeof v === "string" ? v.split(/[\s,]+/).map((s) => s.trim().toLowerCase()).filter(Boolean) : v);

/** Languages, hire date and skills (hotline or client, level 1–5) of one operator, with errors at their fields. */
export function EditOperatorDialog({ agencySlug, operator, targets, onClose }: { agencySlug: string; operator: Operator; targets: Targets; onClose: () => void }) {
  const t = useTranslations("operators");
  const tc = useTranslations("common");
  const tAll = useTranslations();
  // Zod messages are keys (validation.*); the server's are already translated.
  const tr = (m?: string) => (m && m.startsWith("validation.") && tAll.has(m as never) ? tAll(m as never) : m);
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<OperatorFields>({
    resolver: zodResolver(operatorFieldsSchema),
    defaultValues: { languages: operator.languages, hireDate: operator.hireDate ?? "", skills: operator.skills.map(({ target, targetId, level }) => ({ target, targetId, level })) },
  });
  const skills = useFieldArray({ control: form.control, name: "skills" });
  const update = useMutation(trpc.operator.update.mutationOptions());
  const { errors, isSubmitting } = form.formState;
  const languageError = errors.languages?.message ?? (Array.isArray(errors.languages) ? errors.languages.find(Boolean)?.message : undefined);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await update.mutateAsync({ agencySlug, userId: operator.userId, ...values });
      toast.success(t("saved"));
      router.refresh();
      onClose();
    } catch (error) {
      const fields = ["languages", "hireDate", ...values.skills.flatMap((_, i) => [`skills.${i}.targetId`, `skills.${i}.level`])] as const;
      setFormError(applyServerErrors(error, form.setError, fields as never, tc("unexpectedError")));
    }
  });

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t("editTitle", { name: operator.name ?? operator.email })} description={t("editDescription")}>
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        {formError ? <Alert>{formError}</Alert> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("languages")} hint={t("languagesHint")} error={languageError}>
            <Input data-autofocus {...form.register("languages", { setValueAs: splitLanguages })} />
          </FormField>
          <FormField label={t("hireDate")} error={errors.hireDate?.message}>
            <Input type="date" {...form.register("hireDate")} />
          </FormField>
        </div>
        <fieldset className="space-y-2">
          <legend className="mb-1.5 text-sm font-medium text-zinc-900">{t("skills")}</legend>
          {skills.fields.length === 0 ? <p className="text-sm text-zinc-500">{t("noSkills")}</p> : null}
          {skills.fields.map((field, i) => {
            const target = form.watch(`skills.${i}.target`);
            const options = target === "HOTLINE" ? targets.hotlines : targets.clients;
            const err = errors.skills?.[i];
            return (
              <div key={field.id} className="rounded-lg bg-zinc-50 p-2 ring-1 ring-inset ring-zinc-200/70">
                <div className="grid grid-cols-[1fr_8rem_auto] gap-2">
                  <Select aria-label={t("hotline")} {...form.register(`skills.${i}.target`, { onChange: () => form.setValue(`skills.${i}.targetId`, "") })}>
                    <option value="HOTLINE">{t("hotline")}</option>
                    <option value="CLIENT">{t("client")}</option>
                  </Select>
                  <Select aria-label={target === "HOTLINE" ? t("hotline") : t("client")} aria-invalid={err?.targetId ? true : undefined} wrapperClassName="order-last col-span-3" {...form.register(`skills.${i}.targetId`)}>
                    <option value="">{t("pickTarget")}</option>
                    {options.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
                  </Select>
                  <Select aria-label={t("level")} {...form.register(`skills.${i}.level`, { valueAsNumber: true })}>
                    {[1, 2, 3, 4, 5].map((l) => <option key={l} value={l}>{t(`levels.${l}`)}</option>)}
                  </Select>
                  <Button variant="ghost" size="icon" onClick={() => skills.remove(i)} aria-label={t("removeSkill")}>
                    <TrashIcon />
                  </Button>
                </div>
                <FieldError id={`skill-${field.id}-error`} message={tr(err?.targetId?.message ?? err?.level?.message)} />
              </div>
            );
          })}
          <Button variant="secondary" size="sm" onClick={() => skills.append({ target: "HOTLINE", targetId: "", level: 3 })}>
            <PlusIcon />
            {t("addSkill")}
          </Button>
        </fieldset>
        <DialogFooter>
          <Button variant="secondary" onClick={onClose} disabled={isSubmitting}>{t("cancel")}</Button>
          <Button type="submit" loading={isSubmitting}>{t("save")}</Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
