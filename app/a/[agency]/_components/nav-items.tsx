"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActivityIcon, BriefcaseIcon, FileTextIcon, HashIcon, HomeIcon, PhoneIncomingIcon, UsersIcon } from "@/app/_components/icons";
import { MonitorIcon } from "@/app/_components/icons";
import { HeadsetIcon } from "@/app/_components/icons";
import { PhoneIcon } from "@/app/_components/icons";
import { ReportsIcon } from "@/app/_components/icons";
import { CreditCardIcon } from "@/app/_components/icons";
import { LockIcon } from "@/app/_components/icons";
import { cn } from "@/app/_lib/cn";

/** Which sections a member's role opens: the audit log for admins, numbers and calls for supervisors. */
export type NavSections = { activity: boolean; telephony: boolean };

/** Only sections that exist and the member may open. */
export function NavItems({ slug, sections, onNavigate }: { slug: string; sections: NavSections; onNavigate?: () => void }) {
  const t = useTranslations("nav");
  const tData = useTranslations("data.settings");
  const pathname = usePathname();
  const base = `/a/${slug}`;
  const items = [
    { href: base, label: t("home"), icon: HomeIcon, exact: true },
    { href: `${base}/desk`, label: t("desk"), icon: PhoneIcon, exact: false },
    { href: `${base}/clients`, label: t("clients"), icon: BriefcaseIcon, exact: false },
    ...(sections.telephony
      ? [
          { href: `${base}/numbers`, label: t("numbers"), icon: HashIcon, exact: false },
          { href: `${base}/calls`, label: t("calls"), icon: PhoneIncomingIcon, exact: false },
          { href: `${base}/wallboard`, label: t("wallboard"), icon: MonitorIcon, exact: false },
          { href: `${base}/operators`, label: t("operators"), icon: HeadsetIcon, exact: false },
          { href: `${base}/reports`, label: t("reports"), icon: ReportsIcon, exact: false },
          { href: `${base}/billing`, label: t("billing"), icon: CreditCardIcon, exact: false },
        ]
      : []),
    { href: `${base}/documents`, label: t("documents"), icon: FileTextIcon, exact: false },
    { href: `${base}/team`, label: t("team"), icon: UsersIcon, exact: false },
    ...(sections.activity ? [{ href: `${base}/activity`, label: t("activity"), icon: ActivityIcon, exact: false }] : []),
    // Settings (the data rules) are for ADMIN and up, like the audit log.
    ...(sections.activity ? [{ href: `${base}/settings`, label: tData("nav"), icon: LockIcon, exact: false }] : []),
  ];
  return (
    <ul className="space-y-0.5">
      {items.map(({ href, label, icon: Icon, exact }) => {
        const active = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
        return (
          <li key={href}>
            <Link
              href={href}
              onClick={onNavigate}
              aria-current={active ? "page" : undefined}
              className={cn(
                "group flex items-center gap-2.5 rounded-md px-2.5 py-2 text-sm font-medium transition-colors",
                active ? "bg-white text-indigo-700 shadow-xs ring-1 ring-zinc-950/[0.06]" : "text-zinc-600 hover:bg-zinc-200/50 hover:text-zinc-900",
              )}
            >
              <Icon className={cn("size-4", active ? "text-indigo-600" : "text-zinc-400 group-hover:text-zinc-500")} />
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
