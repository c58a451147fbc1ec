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
import { Select } from "@/app/_components/ui/select";
import { useToast } from "@/app/_components/ui/toast";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { useTRPC, useTRPCClient } from "@/app/_trpc/client";
import { formatPhone } from "@/server/lib/phone";
import { forwardingInstructions } from "@/server/numbers/forwarding";
import { forwardedLineSchema, LINE_COUNTRIES, type ForwardedLineInput } from "@/server/numbers/numbers.schema";
import { ForwardingInstructions } from "./forwarding-instructions";
import type { NumberItem } from "./numbers-types";

const FIELDS = ["phone", "country", "forwardsToId", "friendlyName"] as const;

/**
 * Adds a client's own line that its carrier forwards to one of our numbers, then shows how to set the
 * forwarding up on that line (the same instructions stay on the numbers list).
 */
export function ForwardedLineDialog({ agencySlug, open, onClose, targets }: { agencySlug: string; open: boolean; onClose: () => void; targets: NumberItem[] }) {
  const t = useTranslations("numbers.forwarded");
  const tb = useTranslations("numbers.buy.countries");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const client = useTRPCClient();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState<{ country: string; target: string } | null>(null);
  const form = useForm<ForwardedLineInput>({ resolver: zodResolver(forwardedLineSchema) });
  const { errors, isSubmitting } = form.formState;
  // Reset only when the dialog opens: the list refetched after adding must not wipe the instructions step.
  const firstTarget = targets[0]?.id ?? "";
  useEffect(() => {
    if (!open) return;
    setFormError(null);
    setAdded(null);
    form.reset({ phone: "", country: "RU", forwardsToId: firstTarget, friendlyName: "" });
  }, [open, form, firstTarget]);

  const onSubmit = form.handleSubmit(async (v) => {
    setFormError(null);
    try {
      const row = await client.number.addForwarded.mutate({ agencySlug, ...v });
      toast.success(t("done", { number: formatPhone(row.e164) }));
      await queryClient.invalidateQueries({ queryKey: trpc.number.list.queryKey({ agencySlug }) });
      setAdded({ country: v.country, target: targets.find((n) => n.id === v.forwardsToId)?.e164 ?? "" });
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS, tc("unexpectedError")));
    }
  });

  return (
    <Dialog open={open} onOpenChange={(o) => (o || isSubmitting ? undefined : onClose())} title={t("title")} description={added ? t("nextStep") : t("description")} className="sm:max-w-lg">
      {added ? (
        <>
          <ForwardingInstructions instructions={forwardingInstructions(added.country, added.target)} target={added.target} carrier="EMULATOR" />
          <DialogFooter>
            <Button onClick={onClose} data-autofocus>
              {t("finish")}
            </Button>
          </DialogFooter>
        </>
      ) : (
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {formError ? <Alert>{formError}</Alert> : null}
          <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
            <FormField label={t("phone")} error={errors.phone?.message}>
              <Input type="tel" inputMode="tel" autoComplete="off" placeholder="+7 495 123-45-67" data-autofocus {...form.register("phone")} />
            </FormField>
            <FormField label={t("country")} error={errors.country?.message}>
              <Select {...form.register("country")}>
                {LINE_COUNTRIES.map((c) => (
                  <option key={c} value={c}>
                    {tb(c)}
                  </option>
                ))}
              </Select>
            </FormField>
          </div>
          <FormField label={t("target")} hint={t("targetHint")} error={errors.forwardsToId?.message}>
            <Select {...form.register("forwardsToId")}>
              {targets.map((n) => (
                <option key={n.id} value={n.id}>
                  {formatPhone(n.e164)}
                  {n.hotline ? ` — ${n.hotline.client.name}, ${n.hotline.name}` : ""}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label={t("name")} labelAside={<span className="text-xs text-zinc-500">{t("optional")}</span>} error={errors.friendlyName?.message}>
            <Input autoComplete="off" placeholder={t("namePlaceholder")} {...form.register("friendlyName")} />
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
      )}
    </Dialog>
  );
}
