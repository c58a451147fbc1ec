"use client";

import { useQuery } from "@tanstack/react-query";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useMemo } from "react";
import { Button } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/input";
import { Label } from "@/app/_components/ui/label";
import { Select } from "@/app/_components/ui/select";
import { useTRPC } from "@/app/_trpc/client";
import { readAuditUrl, type AuditUrlFilter } from "@/server/audit-log/audit-filter";

/**
 * The viewer's filters live in the address bar (shareable, survive a reload). replaceState updates the URL
 * and useSearchParams without a server round trip; the list refetches with the new filter.
 */
export function useAuditFilters() {
  const params = useSearchParams();
  const pathname = usePathname();
  const filter = useMemo(() => readAuditUrl(new URLSearchParams(params.toString())), [params]);
  const set = useCallback(
    (next: AuditUrlFilter) => {
      const q = new URLSearchParams(Object.entries(next).filter(([, v]) => v) as [string, string][]).toString();
      window.history.replaceState(null, "", q ? `${pathname}?${q}` : pathname);
    },
    [pathname],
  );
  // Merged with the address bar as it is now, not as last rendered: two quick changes both stick.
  const patch = useCallback((p: Partial<AuditUrlFilter>) => set({ ...readAuditUrl(new URLSearchParams(window.location.search)), ...p }), [set]);
  return { filter, set, patch, active: Object.keys(filter).length > 0 };
}

export function AuditFilters({ agencySlug, filter, onPatch, onClear }: { agencySlug: string; filter: AuditUrlFilter; onPatch: (p: Partial<AuditUrlFilter>) => void; onClear: () => void }) {
  const t = useTranslations("activity");
  const trpc = useTRPC();
  const options = useQuery(trpc.audit.filterOptions.queryOptions({ agencySlug }));
  const patch = onPatch;
  const actionLabel = (a: string) => (t.has(`actions.${a.replace(".", "_")}`) ? t(`actions.${a.replace(".", "_")}` as "actions.unknown", { email: "…", action: a }) : a);

  return (
    <form className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end" role="search" aria-label={t("filters.title")} onSubmit={(e) => e.preventDefault()}>
      <div className="space-y-1">
        <Label htmlFor="audit-action">{t("filters.action")}</Label>
        <Select id="audit-action" value={filter.action ?? ""} onChange={(e) => patch({ action: e.target.value || undefined })}>
          <option value="">{t("filters.any")}</option>
          {options.data?.actions.map((a) => <option key={a} value={a}>{actionLabel(a)}</option>)}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="audit-actor">{t("filters.actor")}</Label>
        <Select id="audit-actor" value={filter.actor ?? ""} onChange={(e) => patch({ actor: e.target.value || undefined })}>
          <option value="">{t("filters.any")}</option>
          {options.data?.actors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="audit-entity">{t("filters.entity")}</Label>
        <Select id="audit-entity" value={filter.entity ?? ""} onChange={(e) => patch({ entity: e.target.value || undefined })}>
          <option value="">{t("filters.any")}</option>
          {options.data?.entityTypes.map((e) => <option key={e} value={e}>{t.has(`entities.${e}`) ? t(`entities.${e}` as "entities.Client") : e}</option>)}
        </Select>
      </div>
      <div className="grid grid-cols-2 gap-2 lg:col-span-2">
        <div className="space-y-1">
          <Label htmlFor="audit-from">{t("filters.from")}</Label>
          <Input id="audit-from" type="date" value={filter.from ?? ""} max={filter.to} onChange={(e) => patch({ from: e.target.value || undefined })} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="audit-to">{t("filters.to")}</Label>
          <Input id="audit-to" type="date" value={filter.to ?? ""} min={filter.from} onChange={(e) => patch({ to: e.target.value || undefined })} />
        </div>
      </div>
      {Object.keys(filter).length > 0 ? (
        <div className="sm:col-span-2 lg:col-span-5">
          <Button type="button" variant="secondary" onClick={onClear}>{t("filters.clear")}</Button>
        </div>
      ) : null}
    </form>
  );
}
