"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/app/_components/ui/button";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { cn } from "@/app/_lib/cn";
import { PERIOD_KEYS, type PeriodKey } from "@/server/metrics/periods";
import { periodInputSchema } from "@/server/metrics/periods.schema";

type Custom = { period: "custom"; from: string; to: string };

/**
 * Today … last month as links (the period lives in the URL, so a dashboard can be bookmarked and shared),
 * and a custom range checked with the procedure's schema, errors next to the dates. `keep`: the page's other
 * URL parameters (the agency report's tab, the dashboard's hotline), carried over to every period.
 */
export function PeriodPicker({ period, from, to, keep = {} }: { period: PeriodKey; from?: string; to?: string; keep?: Record<string, string> }) {
  const t = useTranslations("reports.period");
  const pathname = usePathname();
  const router = useRouter();
  const [custom, setCustom] = useState(period === "custom");
  const form = useForm<Custom>({ defaultValues: { period: "custom", from: from ?? "", to: to ?? "" }, resolver: zodResolver(periodInputSchema) as never });
  const apply = form.handleSubmit((v) => router.push(`${pathname}?${new URLSearchParams({ ...keep, period: "custom", from: v.from, to: v.to })}`));
  const tab = (active: boolean) =>
    cn(
      "rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:outline-indigo-600",
      active ? "bg-white text-zinc-900 shadow-xs ring-1 ring-zinc-950/10" : "text-zinc-600 hover:text-zinc-900",
    );
  return (
    <div className="space-y-3">
      <nav aria-label={t("label")} className="-mx-1 overflow-x-auto px-1">
        <div className="inline-flex gap-1 rounded-lg bg-zinc-100 p-1">
          {PERIOD_KEYS.filter((k) => k !== "custom").map((k) => (
            <Link key={k} href={`${pathname}?${new URLSearchParams({ ...keep, period: k })}`} aria-current={!custom && period === k ? "page" : undefined} className={tab(!custom && period === k)} onClick={() => setCustom(false)}>
              {t(k)}
            </Link>
          ))}
          <button type="button" aria-expanded={custom} className={tab(custom)} onClick={() => setCustom(true)}>
            {t("custom")}
          </button>
        </div>
      </nav>
      {custom ? (
        <form onSubmit={apply} noValidate className="flex flex-wrap items-start gap-3">
          <div className="w-40">
            <FormField label={t("from")} error={form.formState.errors.from?.message}>
              <Input type="date" {...form.register("from")} />
            </FormField>
          </div>
          <div className="w-40">
            <FormField label={t("to")} error={form.formState.errors.to?.message}>
              <Input type="date" {...form.register("to")} />
            </FormField>
          </div>
          <Button type="submit" className="mt-6">
            {t("apply")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
