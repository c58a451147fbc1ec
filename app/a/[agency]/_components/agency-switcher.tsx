"use client";

import { useTranslations } from "next-intl";
import { CheckIcon, ChevronsUpDownIcon, PlusIcon } from "@/app/_components/icons";
import { DropdownItem, DropdownLabel, DropdownMenu, DropdownSeparator } from "@/app/_components/ui/dropdown-menu";
import { cn } from "@/app/_lib/cn";

type AgencyRef = { slug: string; name: string; role: string };

export function AgencyInitial({ name, className }: { name: string; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn("flex shrink-0 items-center justify-center rounded-md bg-indigo-50 text-xs font-semibold text-indigo-700 ring-1 ring-inset ring-indigo-600/15", className ?? "size-6")}
    >
      {name.trim().slice(0, 1).toUpperCase()}
    </span>
  );
}

export function AgencySwitcher({ current, agencies }: { current: { slug: string; name: string }; agencies: AgencyRef[] }) {
  const t = useTranslations("shell");
  const tr = useTranslations("roles");
  return (
    <DropdownMenu
      triggerLabel={t("switchAgency", { name: current.name })}
      triggerClassName="max-w-[11rem] px-1.5 py-1 hover:bg-zinc-100 sm:max-w-xs"
      trigger={
        <>
          <AgencyInitial name={current.name} />
          <span className="truncate text-sm font-medium text-zinc-900">{current.name}</span>
          <ChevronsUpDownIcon className="size-3.5 shrink-0 text-zinc-400" />
        </>
      }
    >
      <DropdownLabel>{t("yourAgencies")}</DropdownLabel>
      {agencies.map((a) => (
        <DropdownItem key={a.slug} href={`/a/${a.slug}`} current={a.slug === current.slug}>
          <AgencyInitial name={a.name} />
          <span className="min-w-0 flex-1">
            <span className="block truncate">{a.name}</span>
            <span className="block text-xs font-normal text-zinc-500">{tr(a.role as never)}</span>
          </span>
          {a.slug === current.slug ? <CheckIcon className="size-4 text-indigo-600" /> : null}
        </DropdownItem>
      ))}
      <DropdownSeparator />
      <DropdownItem href="/new-agency">
        <span className="flex size-6 items-center justify-center rounded-md border border-dashed border-zinc-300 text-zinc-500" aria-hidden="true">
          <PlusIcon className="size-3.5" />
        </span>
        {t("createAgency")}
      </DropdownItem>
    </DropdownMenu>
  );
}
