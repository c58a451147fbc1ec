"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Button, buttonClass } from "@/app/_components/ui/button";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
import { FINAL_STATUSES } from "@/server/call-log/call-status";
import { portalCallFiltersSchema } from "@/server/reports/portal-calls.schema";

export type FilterValues = { from: string; to: string; result: string; outcome: string; caller: string };

/**
 * The call log's filters. Checked with the procedure's own schema before they go into the URL (the page
 * reads them from there), so a bad date shows next to its field instead of an empty list.
 */
export function PortalCallFilters({ values, errors, outcomes }: { values: FilterValues; errors: Record<string, string>; outcomes: { code: string; label: string }[] }) {
  const t = useTranslations("reports.calls.filters");
  const tr = useTranslations("reports.result");
  const router = useRouter();
  const pathname = usePathname();
  const form = useForm<FilterValues>({
    defaultValues: values,
    resolver: async (raw) => {
      const clean = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.trim() || undefined]));
      const result = await zodResolver(portalCallFiltersSchema)(clean, undefined, { fields: {}, shouldUseNativeValidation: false });
      return Object.keys(result.errors).length ? { values: {}, errors: result.errors } : { values: raw, errors: {} };
    },
  });
  const submit = form.handleSubmit((v) => {
    const q = new URLSearchParams(Object.entries(v).filter(([, x]) => x.trim() !== "").map(([k, x]) => [k, x.trim()]));
    router.push(q.size ? `${pathname}?${q}` : pathname);
  });
  const err = (k: keyof FilterValues) => form.formState.errors[k]?.message ?? errors[k];
  const active = Object.values(values).some(Boolean);
  return (
    <form onSubmit={submit} aria-label={t("label")} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-start" noValidate>
      <div className="col-span-2 sm:col-span-3 lg:col-span-2">
        <FormField label={t("caller")} error={err("caller")}>
          <Input type="search" placeholder={t("callerPlaceholder")} {...form.register("caller")} />
        </FormField>
      </div>
      <FormField label={t("from")} error={err("from")}>
        <Input type="date" {...form.register("from")} />
      </FormField>
      <FormField label={t("to")} error={err("to")}>
        <Input type="date" {...form.register("to")} />
      </FormField>
      <FormField label={t("result")} error={err("result")}>
        <Select {...form.register("result")}>
          <option value="">{t("anyResult")}</option>
          {FINAL_STATUSES.map((s) => <option key={s} value={s}>{tr(s)}</option>)}
        </Select>
      </FormField>
      <FormField label={t("outcome")} error={err("outcome")}>
        <Select {...form.register("outcome")}>
          <option value="">{t("anyOutcome")}</option>
          {outcomes.map((o) => <option key={o.code} value={o.code}>{o.label}</option>)}
        </Select>
      </FormField>
      <div className="col-span-2 flex gap-2 sm:col-span-3 lg:col-span-6">
        <Button type="submit">{t("apply")}</Button>
        {active ? (
          <a href={pathname} className={buttonClass({ variant: "secondary" })}>
            {t("clear")}
          </a>
        ) : null}
      </div>
    </form>
  );
}
