"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { FilterIcon, SearchIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { FieldError } from "@/app/_components/ui/field-error";
import { Input } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
import { cn } from "@/app/_lib/cn";
import { useDebouncedValue } from "@/app/_lib/use-debounced-value";
import { CALL_ROUTES, CALL_STATUSES } from "@/server/call-log/call-status";
import { activeFilterCount, type CallFilterValues } from "./call-filters-params";
import { QuickRanges } from "./quick-ranges";

type Options = { clients: { slug: string; name: string }[]; hotlines: { id: string; name: string; clientSlug: string; clientName: string }[] };

/**
 * The filter bar. The caller box searches as you type (debounced); the rest apply at once. On phones
 * everything but the caller box folds behind a "Filters" button that shows how many are active.
 */
export function CallFilters({
  filters,
  errors,
  options,
  timeZone,
  onChange,
}: {
  filters: CallFilterValues;
  errors: Record<string, string>;
  options: Options;
  timeZone: string;
  onChange: (patch: Partial<CallFilterValues>) => void;
}) {
  const t = useTranslations("calls.filters");
  const ts = useTranslations("calls.status");
  const tr = useTranslations("calls.route");
  const [caller, setCaller] = useState(filters.caller);
  const [open, setOpen] = useState(false);
  const debounced = useDebouncedValue(caller, 300);
  useEffect(() => {
    if (debounced.trim() !== filters.caller) onChange({ caller: debounced.trim() });
    // Only the typed value drives this; `filters.caller` changes when we push it (or on "clear").
  }, [debounced]);
  useEffect(() => {
    if (filters.caller === "") setCaller("");
  }, [filters.caller]);

  const invalid = (key: string) => (errors[key] ? { "aria-invalid": true, "aria-describedby": `filter-${key}-error` } : {});
  const count = activeFilterCount(filters) - (filters.caller ? 1 : 0);
  const hotlines = filters.client ? options.hotlines.filter((h) => h.clientSlug === filters.client) : options.hotlines;
  return (
    <section aria-label={t("label")} className="mb-4 space-y-3">
      <div className="flex gap-2">
        <div className="relative min-w-0 flex-1 sm:max-w-xs">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400" />
          <Input
            type="search"
            aria-label={t("caller")}
            placeholder={t("callerPlaceholder")}
            value={caller}
            onChange={(e) => setCaller(e.target.value)}
            {...invalid("caller")}
            className="pl-9"
          />
        </div>
        <Button variant="secondary" className="sm:hidden" aria-expanded={open} aria-controls="call-filters-more" onClick={() => setOpen(!open)}>
          <FilterIcon />
          {count ? t("active", { count }) : t("toggle")}
        </Button>
        <QuickRanges filters={filters} timeZone={timeZone} onChange={onChange} className="hidden sm:ml-auto sm:flex" />
      </div>
      <FieldError id="filter-caller-error" message={errors.caller} />

      <div id="call-filters-more" className={cn("grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-[8.75rem_8.75rem_repeat(4,minmax(0,1fr))]", !open && "hidden sm:grid")}>
        <QuickRanges filters={filters} timeZone={timeZone} onChange={onChange} className="col-span-2 flex justify-self-start sm:hidden" />
        <Field id="from" label={t("from")} error={errors.from}>
          <Input id="filter-from" type="date" value={filters.from} max={filters.to || undefined} onChange={(e) => onChange({ from: e.target.value })} {...invalid("from")} />
        </Field>
        <Field id="to" label={t("to")} error={errors.to}>
          <Input id="filter-to" type="date" value={filters.to} min={filters.from || undefined} onChange={(e) => onChange({ to: e.target.value })} {...invalid("to")} />
        </Field>
        <Field id="client" label={t("client")} error={errors.client}>
          <Select id="filter-client" value={filters.client} onChange={(e) => onChange({ client: e.target.value, hotline: "" })} {...invalid("client")}>
            <option value="">{t("allClients")}</option>
            {options.clients.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="hotline" label={t("hotline")} error={errors.hotline}>
          <Select id="filter-hotline" value={filters.hotline} onChange={(e) => onChange({ hotline: e.target.value })} {...invalid("hotline")}>
            <option value="">{t("allHotlines")}</option>
            {hotlines.map((h) => (
              <option key={h.id} value={h.id}>
                {filters.client ? h.name : `${h.clientName} · ${h.name}`}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="status" label={t("status")} error={errors.status}>
          <Select id="filter-status" value={filters.status} onChange={(e) => onChange({ status: e.target.value as CallFilterValues["status"] })}>
            <option value="">{t("allStatuses")}</option>
            {CALL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="route" label={t("route")} error={errors.route}>
          <Select id="filter-route" value={filters.route} onChange={(e) => onChange({ route: e.target.value as CallFilterValues["route"] })}>
            <option value="">{t("allRoutes")}</option>
            {CALL_ROUTES.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </section>
  );
}

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <label htmlFor={`filter-${id}`} className="mb-1 block text-xs font-medium text-zinc-500">
        {label}
      </label>
      {children}
      <FieldError id={`filter-${id}-error`} message={error} />
    </div>
  );
}
