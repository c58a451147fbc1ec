"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogFooter } from "@/app/_components/ui/dialog";
import { FormField } from "@/app/_components/ui/form-field";
import { Input, controlClass } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
import { useToast } from "@/app/_components/ui/toast";
import { cn } from "@/app/_lib/cn";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { onCallEntrySchema, type OnCallEntryData, type OnCallEntryInput } from "@/server/oncall/oncall.schema";
import { MAX_ESCALATION_ORDER } from "@/server/oncall/rules";
import { DateTimeField } from "./date-time-field";
import { editEntryDefaults, newEntryDefaults } from "./entry-defaults";
import type { OnCallApi, RosterEntry } from "./on-call-api";

export type EntryDialogMode = { kind: "create"; day?: string } | { kind: "edit"; entry: RosterEntry };
const FIELDS = ["personName", "phone", "email", "startDate", "startTime", "endDate", "endTime", "escalationOrder", "note"] as const;

/**
 * Add or edit one entry. Times are typed in the client's zone (said above the fields); the form checks
 * with the same schema as the server, which then also checks overlaps and puts its answer at the field.
 */
export function EntryDialog({
  mode,
  onClose,
  api,
  client,
}: {
  mode: EntryDialogMode | null;
  onClose: () => void;
  api: OnCallApi;
  client: { timeZone: string; country: string };
}) {
  const t = useTranslations("oncall.form");
  const tc = useTranslations("common");
  const locale = useLocale();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const editing = mode?.kind === "edit" ? mode.entry : null;
  // Rebuilt each time the dialog opens, so "not in the past" is measured from then.
  const schema = useMemo(
    () =>
      onCallEntrySchema({
        country: client.country,
        timeZone: client.timeZone,
        now: new Date(),
        originalStartsAt: mode?.kind === "edit" ? mode.entry.startsAt : undefined,
      }),
    [client.country, client.timeZone, mode],
  );
  const form = useForm<OnCallEntryInput, unknown, OnCallEntryData>({ resolver: zodResolver(schema) });
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    if (!mode) return;
    setFormError(null);
    form.reset(mode.kind === "edit" ? editEntryDefaults(mode.entry, client.timeZone) : newEntryDefaults(client.timeZone, mode.day, new Date()));
  }, [mode, client.timeZone, form]);

  const countryName = useMemo(() => new Intl.DisplayNames([locale], { type: "region" }).of(client.country) ?? client.country, [locale, client.country]);

  // The schema checked the values; the server gets them as typed and checks them again.
  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    const values = form.getValues();
    try {
      if (editing) await api.update(editing.id, values);
      else await api.create(values);
      await queryClient.invalidateQueries({ queryKey: api.key });
      toast.success(editing ? t("saved", { name: values.personName.trim() }) : t("added", { name: values.personName.trim() }));
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS, tc("unexpectedError")));
    }
  });

  return (
    <Dialog
      open={mode !== null}
      onOpenChange={(open) => (open || isSubmitting ? undefined : onClose())}
      title={editing ? t("editTitle") : t("addTitle")}
      description={t("zone", { zone: client.timeZone })}
    >
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {formError ? <Alert>{formError}</Alert> : null}
        <FormField label={t("person")} error={errors.personName?.message}>
          <Input autoComplete="off" placeholder={t("personPlaceholder")} data-autofocus {...form.register("personName")} />
        </FormField>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("phone")} error={errors.phone?.message}>
            <Input type="tel" inputMode="tel" autoComplete="off" {...form.register("phone")} />
          </FormField>
          <FormField label={t("email")} labelAside={<span className="text-xs text-zinc-500">{t("optional")}</span>} error={errors.email?.message}>
            <Input type="email" inputMode="email" autoComplete="off" {...form.register("email")} />
          </FormField>
          <p className="-mt-2 text-sm text-zinc-500 sm:col-span-2">{t("contactHint", { country: countryName })}</p>
        </div>
        <div className="space-y-4">
          <DateTimeField label={t("starts")} dateProps={form.register("startDate")} timeProps={form.register("startTime")} error={errors.startDate?.message ?? errors.startTime?.message} />
          <DateTimeField label={t("ends")} dateProps={form.register("endDate")} timeProps={form.register("endTime")} error={errors.endDate?.message ?? errors.endTime?.message} />
        </div>
        <FormField label={t("order")} hint={t("orderHint")} error={errors.escalationOrder?.message}>
          <Select {...form.register("escalationOrder")}>
            {Array.from({ length: MAX_ESCALATION_ORDER }, (_, i) => i + 1).map((n) => (
              <option key={n} value={String(n)}>
                {n === 1 ? t("orderFirst") : n === 2 ? t("orderSecond") : t("orderNth", { n })}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label={t("note")} labelAside={<span className="text-xs text-zinc-500">{t("optional")}</span>} error={errors.note?.message}>
          <textarea rows={2} placeholder={t("notePlaceholder")} className={cn(controlClass, "min-h-16 py-2")} {...form.register("note")} />
        </FormField>
        <DialogFooter>
          <Button variant="secondary" onClick={onClose} disabled={isSubmitting}>
            {tc("cancel")}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {editing ? t("save") : t("add")}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
