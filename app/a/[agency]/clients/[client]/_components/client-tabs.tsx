"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/app/_lib/cn";

/** The client's sections. Users (portal access) is for admins, like the procedures behind it. */
export function ClientTabs({ base, canManage }: { base: string; canManage: boolean }) {
  const t = useTranslations("clients.tabs");
  const pathname = usePathname();
  const tabs = [
    { href: base, label: t("overview"), exact: true },
    { href: `${base}/details`, label: t("details") },
    { href: `${base}/terms`, label: t("terms") },
    { href: `${base}/on-call`, label: t("onCall") },
    { href: `${base}/documents`, label: t("documents") },
    ...(canManage ? [{ href: `${base}/users`, label: t("users") }] : []),
  ];
  return (
    <nav aria-label={t("label")} className="-mx-4 mt-6 overflow-x-auto border-b border-zinc-200 px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1">
        {tabs.map((tab) => {
          const active = tab.exact ? pathname === tab.href : pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "-mb-px block border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap transition-colors focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600",
                  active ? "border-indigo-600 text-indigo-700" : "border-transparent text-zinc-500 hover:border-zinc-300 hover:text-zinc-800",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
