"use client";

import { useTranslations } from "next-intl";
import { CheckIcon, ChevronsUpDownIcon, PlusIcon } from "@/app/_components/icons";
import { DropdownItem, DropdownLabel, DropdownMenu, DropdownSeparator } from "@/app/_components/ui/dropdown-menu";
import { cn } from "@/app/_lib/cn";

type AgencyRef = { slug: string; name: string; role: string };
type PortalRef = { slug: string; name: string; agencyName: string; role: string };

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

/**
 * The header's switcher: the person's agencies and the client portals they may open (one person can be
 * staff of one agency and a client user of another). `current` is the agency or portal on screen.
 */
/** A client portal's initial: green, so a portal is never mistaken for an agency in the list. */
function PortalInitial({ name }: { name: string }) {
  return (
    <span aria-hidden="true" className="flex size-6 shrink-0 items-center justify-center rounded-md bg-emerald-50 text-xs font-semibold text-emerald-700 ring-1 ring-inset ring-emerald-600/20">
      {name.trim().slice(0, 1).toUpperCase()}
    </span>
  );
}

export function AgencySwitcher({
  current,
  agencies,
  portals = [],
}: {
  current: { slug: string; name: string; kind?: "agency" | "portal" };
  agencies: AgencyRef[];
  portals?: PortalRef[];
}) {
  const t = useTranslations("shell");
  const tr = useTranslations("roles");
  const kind = current.kind ?? "agency";
  const isCurrent = (k: "agency" | "portal", slug: string) => kind === k && slug === current.slug;
  return (
    <DropdownMenu
      triggerLabel={t("switchAgency", { name: current.name })}
      triggerClassName="max-w-[11rem] px-1.5 py-1 hover:bg-zinc-100 sm:max-w-xs"
      trigger={
        <>
          {kind === "portal" ? <PortalInitial name={current.name} /> : <AgencyInitial name={current.name} />}
          <span className="truncate text-sm font-medium text-zinc-900">{current.name}</span>
          <ChevronsUpDownIcon className="size-3.5 shrink-0 text-zinc-400" />
        </>
      }
    >
      {agencies.length > 0 ? <DropdownLabel>{t("yourAgencies")}</DropdownLabel> : null}
      {agencies.map((a) => (
        <DropdownItem key={a.slug} href={`/a/${a.slug}`} current={isCurrent("agency", a.slug)}>
          <AgencyInitial name={a.name} />
          <span className="min-w-0 flex-1">
            <span className="block truncate">{a.name}</span>
            <span className="block text-xs font-normal text-zinc-500">{tr(a.role as never)}</span>
          </span>
          {isCurrent("agency", a.slug) ? <CheckIcon className="size-4 text-indigo-600" /> : null}
        </DropdownItem>
      ))}
      {portals.length > 0 ? (
        <>
          {agencies.length > 0 ? <DropdownSeparator /> : null}
          <DropdownLabel>{t("clientPortals")}</DropdownLabel>
          {portals.map((p) => (
            <DropdownItem key={p.slug} href={`/portal/${p.slug}`} current={isCurrent("portal", p.slug)}>
              <PortalInitial name={p.name} />
              <span className="min-w-0 flex-1">
                <span className="block truncate">{p.name}</span>
                <span className="block truncate text-xs font-normal text-zinc-500">{t("portalOf", { agency: p.agencyName, role: tr(p.role as never) })}</span>
              </span>
              {isCurrent("portal", p.slug) ? <CheckIcon className="size-4 text-indigo-600" /> : null}
            </DropdownItem>
          ))}
        </>
      ) : null}
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
