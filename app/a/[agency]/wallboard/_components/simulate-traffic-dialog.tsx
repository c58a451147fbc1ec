"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogFooter } from "@/app/_components/ui/dialog";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { useToast } from "@/app/_components/ui/toast";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import { simulateTrafficSchema, type SimulateTrafficInput } from "@/server/wallboard/wallboard.schema";
import type { Tile } from "./wallboard-types";

const FIELDS = ["callsPerMinute", "minutes", "hotlineIds"] as const;

/** Demo: the carrier emulator calls the chosen hotlines (all when none is ticked) for a few minutes. */
export function SimulateTrafficDialog({ agencySlug, hotlines, open, onOpenChange }: { agencySlug: string; hotlines: Tile[]; open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations("wallboard.traffic");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const simulate = useMutation(trpc.wallboard.simulateTraffic.mutationOptions());
  const form = useForm<SimulateTrafficInput>({ resolver: zodResolver(simulateTrafficSchema), defaultValues: { callsPerMinute: 6, minutes: 5, hotlineIds: [] } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const run = await simulate.mutateAsync({ agencySlug, ...values, hotlineIds: values.hotlineIds ?? [] });
      toast.success(t("started"), t("startedText", { numbers: run.numbers }));
      onOpenChange(false);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS, tc("unexpectedError")));
    }
  });

  return (
    <Dialog open={open} onOpenChange={(next) => (isSubmitting ? undefined : onOpenChange(next))} title={t("title")} description={t("description")}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {formError ? <Alert>{formError}</Alert> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("rate")} hint={t("rateHint")} error={errors.callsPerMinute?.message}>
            <Input type="number" inputMode="numeric" min={1} max={120} data-autofocus {...form.register("callsPerMinute")} />
          </FormField>
          <FormField label={t("minutes")} error={errors.minutes?.message}>
            <Input type="number" inputMode="numeric" min={1} max={60} {...form.register("minutes")} />
          </FormField>
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-zinc-900">{t("hotlines")}</legend>
          <p className="text-sm text-zinc-500">{t("hotlinesHint")}</p>
          <div className="mt-2 max-h-48 space-y-1.5 overflow-y-auto">
            {hotlines.map((h) => (
              <label key={h.id} className="flex items-center gap-2 text-sm text-zinc-700">
                <input type="checkbox" value={h.id} className="size-4 rounded border-zinc-300 text-indigo-600" {...form.register("hotlineIds")} />
                {h.name} <span className="text-zinc-400">· {h.clientName}</span>
              </label>
            ))}
          </div>
          {errors.hotlineIds?.message ? <p className="mt-1 text-sm text-red-600">{errors.hotlineIds.message}</p> : null}
        </fieldset>
        <DialogFooter>
          <Button variant="secondary" onClick={() => onOpenChange(false)} disabled={isSubmitting}>
            {tc("cancel")}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t("start")}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
